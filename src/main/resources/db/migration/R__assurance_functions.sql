-- Assurance: switch-off notices and the stamp on assurance rows.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- raise_switch_off_notices: made by V13.
CREATE OR REPLACE FUNCTION public.raise_switch_off_notices(p_now timestamp with time zone, p_today date, p_offline_after interval, p_funding_days integer)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
declare
    v_partner varchar := app_partner();
    v_raised integer := 0;
    v_notice bigint;
    r record;
begin
    if v_partner = '' then
        raise exception 'switch-off notices are raised for a partner';
    end if;
    perform pg_advisory_xact_lock(hashtext('switch-off-notice'), hashtext(v_partner));
    for r in
        select c.id as change_id, c.camera_id, c.to_status as kind
        from camera_status_change c join camera cam on cam.id = c.camera_id and cam.status = c.to_status
        where c.partner_id = v_partner and c.to_status in ('DECOMMISSIONED', 'OFFLINE')
          and (c.to_status = 'DECOMMISSIONED' or c.changed_at <= p_now - p_offline_after)
          and not exists (select 1 from switch_off_notice_camera nc where nc.status_change_id = c.id)
          and not exists (select 1 from camera_status_change later where later.camera_id = c.camera_id
              and (later.changed_at, later.id) > (c.changed_at, c.id))
        order by c.changed_at, c.id
    loop
        select n.id into v_notice from switch_off_notice n
        where n.partner_id = v_partner and n.kind = r.kind
          and not exists (select 1 from switch_off_acknowledgement a where a.notice_id = n.id)
        order by n.raised_at desc, n.id desc limit 1;
        if v_notice is null then
            v_notice := nextval('switch_off_notice_seq');
            insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
            values (v_notice, v_partner, r.kind, 'change:' || r.change_id, case r.kind
                when 'DECOMMISSIONED' then 'Cameras decommissioned'
                else 'Cameras offline for more than ' || justify_interval(p_offline_after)::text end, p_now);
            v_raised := v_raised + 1;
        end if;
        insert into switch_off_notice_camera (notice_id, partner_id, camera_id, status_change_id, added_at)
        values (v_notice, v_partner, r.camera_id, r.change_id, p_now);
    end loop;

    for r in
        select b.id, b.camera_group, b.cancelled_at from booking b
        where b.partner_id = v_partner and b.status = 'CANCELLED' and b.decided_at is not null
          and not exists (select 1 from switch_off_notice n where n.partner_id = v_partner
              and n.kind = 'MONITORING_CANCELLED' and n.source_key = 'booking:' || b.id)
    loop
        v_notice := nextval('switch_off_notice_seq');
        insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
        values (v_notice, v_partner, 'MONITORING_CANCELLED', 'booking:' || r.id,
            'Approved monitoring of ' || r.camera_group || ' cancelled', p_now);
        insert into switch_off_notice_camera (notice_id, partner_id, camera_id, added_at)
        select v_notice, v_partner, bc.camera_id, p_now from booking_camera bc where bc.booking_id = r.id;
        v_raised := v_raised + 1;
    end loop;

    for r in
        select p.funding_end_date from partner p
        where p.id = v_partner and p.funding_end_date <= p_today + p_funding_days
          and not exists (select 1 from switch_off_notice n where n.partner_id = v_partner
              and n.kind = 'FUNDING_ENDING' and n.source_key = 'funding:' || p.funding_end_date)
    loop
        insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
        values (nextval('switch_off_notice_seq'), v_partner, 'FUNDING_ENDING', 'funding:' || r.funding_end_date,
            case when r.funding_end_date < p_today then 'Funding ended on ' else 'Funding ends on ' end
                || to_char(r.funding_end_date, 'FMDD FMMonth YYYY'), p_now);
        v_raised := v_raised + 1;
    end loop;
    -- The estate at risk when funding ends: every camera in service, including those added since the notice.
    insert into switch_off_notice_camera (notice_id, partner_id, camera_id, added_at)
    select n.id, v_partner, c.id, p_now
    from switch_off_notice n join partner p on p.id = n.partner_id
        and n.source_key = 'funding:' || p.funding_end_date
    join camera c on c.partner_id = v_partner and c.status <> 'DECOMMISSIONED'
    where n.partner_id = v_partner and n.kind = 'FUNDING_ENDING'
      and not exists (select 1 from switch_off_acknowledgement a where a.notice_id = n.id)
    on conflict (notice_id, camera_id) where status_change_id is null do nothing;
    return v_raised;
end
$function$;

-- switch_off_notice_in_partnership: made by V13, changed by V16.
CREATE OR REPLACE FUNCTION public.switch_off_notice_in_partnership(notice bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select exists (select 1 from switch_off_notice n join partner p on p.id = n.partner_id
        where n.id = notice and p.partnership_id = app_partnership() and app_partnership() <> '')
$function$;

-- assurance_stamp_rows: made by V14, changed by V16.
CREATE OR REPLACE FUNCTION public.assurance_stamp_rows()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if tg_op <> 'DELETE' then
        insert into assurance_stamp (partner_id, version)
        select c.partner_id, nextval('assurance_stamp_seq')
        from (select distinct partner_id from changed_new order by partner_id) c
        on conflict (partner_id) do update set version = excluded.version;
    end if;
    if tg_op <> 'INSERT' then
        insert into assurance_stamp (partner_id, version)
        select c.partner_id, nextval('assurance_stamp_seq')
        from (select distinct partner_id from changed_old order by partner_id) c
        on conflict (partner_id) do update set version = excluded.version;
    end if;
    return null;
end
$function$;

-- assurance_stamp_partner: made by V14, changed by V16.
CREATE OR REPLACE FUNCTION public.assurance_stamp_partner()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    insert into assurance_stamp (partner_id, version)
    values (case when tg_op = 'DELETE' then old.id else new.id end, nextval('assurance_stamp_seq'))
    on conflict (partner_id) do update set version = excluded.version;
    return null;
end
$function$;

-- raise_withdrawal_notice: made by V22.
CREATE OR REPLACE FUNCTION public.raise_withdrawal_notice(p_partner character varying, p_effective date, p_at timestamp with time zone)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_raised integer;
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office raises a withdrawal notice' using errcode = '42501';
    end if;
    if not exists (select 1 from partner p where p.id = p_partner and p.partnership_id = app_partnership()
            and p.status = 'WITHDRAWN') then
        raise exception 'partner % of this partnership has not withdrawn', p_partner using errcode = 'P0002';
    end if;
    insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
    values (nextval('switch_off_notice_seq'), p_partner, 'WITHDRAWN', 'withdrawn:' || p_effective,
        'Withdrew from the partnership on ' || to_char(p_effective, 'FMDD FMMonth YYYY'), p_at)
    on conflict (partner_id, kind, source_key) do nothing;
    get diagnostics v_raised = row_count;
    return v_raised;
end
$function$;

-- raise_hub_service_notice: made by V34.
CREATE OR REPLACE FUNCTION public.raise_hub_service_notice(p_hub bigint, p_partner varchar, p_summary varchar, p_key varchar,
        p_at timestamptz)
    returns integer language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    v_raised integer;
begin
    if not hub_operated_by_caller(p_hub) then
        raise exception 'only the hub''s operator ends its service' using errcode = '42501';
    end if;
    if not exists (select 1 from partner p join hub h on h.partnership_id = p.partnership_id
            where p.id = p_partner and h.id = p_hub) then
        raise exception 'partner % is not of the hub''s partnership', p_partner using errcode = 'P0002';
    end if;
    insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
    values (nextval('switch_off_notice_seq'), p_partner, 'HUB_SERVICE_ENDED', 'hub:' || p_hub || ':' || p_key,
        p_summary, p_at)
    on conflict (partner_id, kind, source_key) do nothing;
    get diagnostics v_raised = row_count;
    return v_raised;
end
$$;
