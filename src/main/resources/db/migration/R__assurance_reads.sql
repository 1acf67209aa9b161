-- Assurance: what it publishes for other features' statements to read, so that they never name its tables.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes).

-- assurance_partnership_stamp: made here. The partnership's highest assurance stamp (null before any assurance row
-- was written): it moves whenever a row of the PCC office's assurance summary changes, so the dashboard reads it in
-- the same statement as its figures' taking to know whether its kept summary is current. The caller's own rights:
-- row-level security on assurance_stamp and partner decides what it sees. The partnership is a bound value, so its
-- partners' stamps are read by index.
CREATE OR REPLACE FUNCTION public.assurance_partnership_stamp(p_partnership text)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$
    select max(s.version) from assurance_stamp s join partner p on p.id = s.partner_id
    where p.partnership_id = p_partnership
$function$;
