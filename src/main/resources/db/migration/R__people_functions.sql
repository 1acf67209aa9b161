-- People: the partners' people the portal manages in Keycloak.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- person_partner_in_partnership: made by V21 (the person table's PCC office policy uses it). PL/pgSQL, so that its
-- plan is kept (see R__tenancy_functions): every request reads the signed-in person under this policy.
CREATE OR REPLACE FUNCTION public.person_partner_in_partnership(p_partner character varying)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    return exists (select 1 from partner where id = p_partner and partnership_id = app_partnership()
                                             and app_partnership() <> '');
end
$function$;

-- person_counts_per_partnership: made by V23 (the service operator's counts: people per partnership).
CREATE OR REPLACE FUNCTION public.person_counts_per_partnership()
 RETURNS TABLE(partnership_id character varying, people bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'people are counted per partnership for the service operator only' using errcode = '42501';
    end if;
    return query select p.partnership_id, count(*) from person n join partner p on p.id = n.partner_id
        where n.state <> 'DEACTIVATED' group by p.partnership_id;
end
$function$;

-- person_name: made by V36 (what the people feature publishes for other features' reads: a person's name, under the
-- caller's row-level security; the rota shows its operators by it).
CREATE OR REPLACE FUNCTION public.person_name(p_person uuid)
 RETURNS character varying
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$ select first_name || ' ' || last_name from person where id = p_person $function$;

-- person_of_partner: made by V36 (whether a person is one of a partner's, under the caller's row-level security; the
-- rota's operator_profile_person_check asks it).
CREATE OR REPLACE FUNCTION public.person_of_partner(p_person uuid, p_partner character varying)
 RETURNS boolean
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$ select exists (select 1 from person where id = p_person and partner_id = p_partner) $function$;

-- person_roles_fit_kind: made by V38 (the roles a person may hold by their partner's kind, as RoleGrants says).
CREATE OR REPLACE FUNCTION public.person_roles_fit_kind()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_kind varchar;
    v_allowed varchar[];
    v_role varchar;
begin
    select kind into v_kind from partner where id = new.partner_id;
    v_allowed := array['partner-manager', 'partner-viewer', 'auditor'] || case v_kind
        when 'PCC_OFFICE' then array['partnership-admin', 'pcc-analyst', 'evidence-officer']
        when 'OPERATOR' then array['hub-supervisor', 'operator', 'evidence-officer']
        when 'COUNCIL' then array['evidence-officer']
        when 'POLICE_FORCE' then array['evidence-officer']
        else array[]::varchar[] end;
    foreach v_role in array coalesce(string_to_array(nullif(btrim(new.roles), ''), ','), '{}') loop
        if not btrim(v_role) = any(v_allowed) then
            raise exception 'a person of a % partner cannot hold the role %', coalesce(lower(v_kind), 'unknown'),
                btrim(v_role) using errcode = 'insufficient_privilege';
        end if;
    end loop;
    return new;
end $function$;
-- person_holding_role: made here (what the people feature publishes so another feature can reach the holders of a
-- role: notify's recipients). The people of one partner of the caller's partnership, or of every partner of it when
-- p_partner is null, who hold p_role and are not deactivated. Owner's rights (V40's policy lets the owner read a
-- partnership's people); never another partnership's.
CREATE OR REPLACE FUNCTION public.person_holding_role(p_partner character varying, p_role character varying)
 RETURNS TABLE(id uuid, partner_id character varying, email character varying, first_name character varying,
        last_name character varying, state character varying)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select n.id, n.partner_id, n.email, n.first_name, n.last_name, n.state from person n
        where (p_partner is null or n.partner_id = p_partner) and person_partner_in_partnership(n.partner_id)
          and n.state in ('INVITED', 'ACTIVE') and p_role = any (string_to_array(n.roles, ','))
        order by n.partner_id, lower(n.last_name), lower(n.first_name)
$function$;
revoke all on function public.person_holding_role(character varying, character varying) from public;
grant execute on function public.person_holding_role(character varying, character varying) to ${portal_role};
