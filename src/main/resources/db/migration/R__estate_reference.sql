-- Estate: a new partnership's reference data.
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
