-- Estate: a new partnership's reference data, and what a camera may name (its site, recorder and maker).
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- seed_estate_reference: made by V2.
CREATE OR REPLACE FUNCTION public.seed_estate_reference(p character varying)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
declare
    maker record;
    maker_id bigint;
    alias_text text;
begin
    for maker in select * from (values
        ('Hikvision', array['HIKVISION', 'Hangzhou Hikvision Digital Technology', 'Hik Vision', 'HiLook', 'EZVIZ']),
        ('Dahua', array['Dahua Technology', 'Zhejiang Dahua Technology', 'Imou']),
        ('Huawei', array['Huawei Technologies']),
        ('ZTE', array['ZTE Corporation']),
        ('Hytera', array['Hytera Communications']),
        ('Uniview', array['Zhejiang Uniview Technologies', 'UNV']),
        ('Axis Communications', array['Axis']),
        ('Bosch Security Systems', array['Bosch', 'Bosch Security']),
        ('Hanwha Vision', array['Hanwha Techwin', 'Samsung Techwin', 'Wisenet']),
        ('Avigilon', array['Motorola Solutions Avigilon']),
        ('i-PRO', array['Panasonic i-PRO', 'Panasonic']),
        ('Sony', array['Sony Electronics']),
        ('Vivotek', array[]::text[]),
        ('Mobotix', array[]::text[]),
        ('Milestone Systems', array['Milestone']),
        ('Genetec', array[]::text[]),
        ('Synectics', array['Synectics Security']),
        ('Videalert', array[]::text[]),
        ('Dell Technologies', array['Dell']),
        ('Hewlett Packard Enterprise', array['HPE', 'HP'])
    ) as m(name, aliases) loop
        maker_id := nextval('manufacturer_seq');
        insert into manufacturer (id, partnership_id, name) values (maker_id, p, maker.name);
        foreach alias_text in array maker.aliases || maker.name loop
            insert into manufacturer_alias (id, partnership_id, manufacturer_id, alias, alias_key)
            values (nextval('manufacturer_alias_seq'), p, maker_id, alias_text,
                    regexp_replace(lower(alias_text), '[^a-z0-9]', '', 'g'))
            on conflict (partnership_id, alias_key) do nothing;
        end loop;
    end loop;
    insert into operating_system (id, partnership_id, name, end_of_support)
    select nextval('operating_system_seq'), p, os.name, os.eos from (values
        ('Windows 7 SP1', date '2020-01-14'),
        ('Windows 10', date '2025-10-14'),
        ('Windows 11', null),
        ('Windows Server 2008 R2', date '2020-01-14'),
        ('Windows Server 2012 R2', date '2023-10-10'),
        ('Windows Server 2016', date '2027-01-12'),
        ('Windows Server 2019', date '2029-01-09'),
        ('Windows Server 2022', date '2031-10-14'),
        ('Windows Server 2025', date '2034-10-10'),
        ('Ubuntu 20.04 LTS', date '2025-05-31'),
        ('Ubuntu 22.04 LTS', date '2027-06-30'),
        ('Ubuntu 24.04 LTS', date '2029-06-30'),
        ('Red Hat Enterprise Linux 8', date '2029-05-31'),
        ('Red Hat Enterprise Linux 9', date '2032-05-31'),
        ('Vendor embedded firmware', null)
    ) as os(name, eos);
end $function$;

-- seed_estate_reference_for_new_partnership: made by V2.
CREATE OR REPLACE FUNCTION public.seed_estate_reference_for_new_partnership()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform seed_estate_reference(new.id);
    return new;
end $function$;

-- camera_counts_per_partnership: made by V23 (the service operator's counts: cameras per partnership).
CREATE OR REPLACE FUNCTION public.camera_counts_per_partnership()
 RETURNS TABLE(partnership_id character varying, cameras bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'cameras are counted per partnership for the service operator only' using errcode = '42501';
    end if;
    return query select p.partnership_id, count(*) from camera c join partner p on p.id = c.partner_id
        where c.status <> 'DECOMMISSIONED' group by p.partnership_id;
end
$function$;

-- camera_references_exist: made by V83: a statement's new or re-pointed cameras name their own partner's site and recorder and a maker of their
-- partnership, checked together (the foreign keys checked them row by row).
CREATE OR REPLACE FUNCTION public.camera_references_exist()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    bad record;
begin
    -- The cameras whose references are new: every inserted one, and an updated one only when a reference changed.
    if tg_op = 'INSERT' then
        perform 1 from site s
          where (s.id, s.partner_id) in (select n.site_id, n.partner_id from new_cameras n)
          for key share of s;
        perform 1 from recorder r
          where (r.id, r.partner_id) in (select n.recorder_id, n.partner_id from new_cameras n
                                          where n.recorder_id is not null)
          for key share of r;
        perform 1 from manufacturer m
          where m.id in (select n.manufacturer_id from new_cameras n where n.manufacturer_id is not null)
          for key share of m;
        select n.id, n.partner_id, n.site_id, n.recorder_id, n.manufacturer_id into bad
          from new_cameras n
         where not exists (select 1 from site s where s.id = n.site_id and s.partner_id = n.partner_id)
            or (n.recorder_id is not null
                and not exists (select 1 from recorder r where r.id = n.recorder_id and r.partner_id = n.partner_id))
            or (n.manufacturer_id is not null
                and not exists (select 1 from manufacturer m where m.id = n.manufacturer_id))
         limit 1;
    else
        perform 1 from site s
          where (s.id, s.partner_id) in (select n.site_id, n.partner_id from new_cameras n
                                          join old_cameras o on o.id = n.id
                                         where (n.site_id, n.partner_id) is distinct from (o.site_id, o.partner_id))
          for key share of s;
        perform 1 from recorder r
          where (r.id, r.partner_id) in (select n.recorder_id, n.partner_id from new_cameras n
                                          join old_cameras o on o.id = n.id
                                         where n.recorder_id is not null
                                           and (n.recorder_id, n.partner_id)
                                               is distinct from (o.recorder_id, o.partner_id))
          for key share of r;
        perform 1 from manufacturer m
          where m.id in (select n.manufacturer_id from new_cameras n join old_cameras o on o.id = n.id
                          where n.manufacturer_id is distinct from o.manufacturer_id)
          for key share of m;
        select n.id, n.partner_id, n.site_id, n.recorder_id, n.manufacturer_id into bad
          from new_cameras n join old_cameras o on o.id = n.id
         where ((n.site_id, n.partner_id) is distinct from (o.site_id, o.partner_id)
                and not exists (select 1 from site s where s.id = n.site_id and s.partner_id = n.partner_id))
            or (n.recorder_id is not null
                and (n.recorder_id, n.partner_id) is distinct from (o.recorder_id, o.partner_id)
                and not exists (select 1 from recorder r where r.id = n.recorder_id and r.partner_id = n.partner_id))
            or (n.manufacturer_id is not null and n.manufacturer_id is distinct from o.manufacturer_id
                and not exists (select 1 from manufacturer m where m.id = n.manufacturer_id))
         limit 1;
    end if;
    if found then
        raise exception 'camera % of partner % names site %, recorder % and maker %, not all of them its partner''s'
            ' (a foreign key violation)', bad.id, bad.partner_id, bad.site_id, bad.recorder_id, bad.manufacturer_id
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $function$;

-- camera_reference_kept: made by V83: a site, recorder or maker stays while a camera names it, whoever deletes it (as the
-- owner with the service's scope, which reads every partner's cameras).
CREATE OR REPLACE FUNCTION public.camera_reference_kept()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    named boolean;
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    if tg_op = 'UPDATE' then
        if tg_table_name = 'manufacturer' then
            if new.id = old.id then
                return new;
            end if;
        elsif (new.id, new.partner_id) = (old.id, old.partner_id) then
            return new;
        end if;
    end if;
    perform set_config('app.scope', 'service', true);
    if tg_table_name = 'site' then
        select exists (select 1 from camera c where c.partner_id = old.partner_id and c.site_id = old.id) into named;
    elsif tg_table_name = 'recorder' then
        select exists (select 1 from camera c where c.recorder_id = old.id) into named;
    else
        select exists (select 1 from camera c join partner p on p.id = c.partner_id
                        where p.partnership_id = old.partnership_id and c.manufacturer_id = old.id) into named;
    end if;
    -- Put back as it was (an error undoes it with the transaction or savepoint that set it).
    perform set_config('app.scope', previous, true);
    if named then
        raise exception '% % is named by cameras: it stays while they name it (a foreign key violation)',
            tg_table_name, old.id using errcode = 'foreign_key_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $function$;
