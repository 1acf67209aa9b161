-- The service operator: the company that runs the portal opens partnerships, suspends and reopens them, and manages
-- each partnership's admins at its PCC office, in a scope of its own (app.scope = 'service'), and reads nothing else.
--
-- 1. partnership gets a status (OPEN, SUSPENDED) and a timeline (partnership_change: opened, suspended, reopened and
--    its admins' changes, with who and when), written only by owner's-rights functions that check the scope:
--    partnership_open (the partnership and its PCC office, LIVE from the opening), partnership_set_status (suspend or
--    reopen, with a reason) and partnership_record (an admin invited, deactivated, reactivated or sent the invitation
--    again). The partnership's own members read its timeline.
-- 2. At service scope the portal's role reads every partnership, the PCC_OFFICE partner rows, the people of the PCC
--    offices (whom it invites, deactivates and reactivates), and writes the PCC office's audit trail; nothing else.
--    The counts per partnership come from each owning feature's function (partner_counts_per_partnership,
--    person_counts_per_partnership, camera_counts_per_partnership), which refuse outside the service scope.
-- 3. The platform scope (scheduled jobs) keeps its reads; its write policies on partnership and partner now bind the
--    owner alone (migrations, upkeep), so the portal opens a partnership only through partnership_open.
-- The functions' current definitions live in R__partner_governance.sql, R__people_functions.sql and
-- R__estate_reference.sql.

alter table partnership add column status varchar(20) not null default 'OPEN'
    check (status in ('OPEN', 'SUSPENDED'));

create table partnership_change (
    id              bigint        primary key,
    partnership_id  varchar(64)   not null references partnership (id),
    action          varchar(32)   not null check (action in ('OPENED', 'SUSPENDED', 'REOPENED', 'ADMIN_INVITED',
                                      'ADMIN_DEACTIVATED', 'ADMIN_REACTIVATED', 'ADMIN_INVITATION_SENT')),
    summary         varchar(500)  not null check (btrim(summary) <> ''),
    reason          varchar(500),
    changed_by      varchar(200)  not null,
    changed_at      timestamptz   not null
);
create index partnership_change_partnership_idx on partnership_change (partnership_id, changed_at, id);
create sequence partnership_change_seq;

-- ---- The platform scope: reads for the scheduled jobs; writes by the owner only --------------------------------

drop policy partnership_provision on partnership;
drop policy partner_provision on partner;
create policy partnership_platform_read on partnership for select using (app_scope() = 'platform');
create policy partner_platform_read on partner for select using (app_scope() = 'platform');
create policy partnership_upkeep on partnership for all to current_user
    using (app_scope() = 'platform') with check (app_scope() = 'platform');
create policy partner_upkeep on partner for all to current_user
    using (app_scope() = 'platform') with check (app_scope() = 'platform');
revoke insert, update on partnership from ${portal_role};

-- ---- The service scope ------------------------------------------------------------------------------------------

-- Every partnership (name, region, status), and the PCC office of each: nothing else of the partner table.
create policy partnership_service on partnership for select using (app_scope() = 'service');
create policy partner_service on partner for select using (app_scope() = 'service' and kind = 'PCC_OFFICE');

-- The people of the PCC offices: the partnership admins the service operator invites and manages.
create policy person_service on person for all
    using (app_scope() = 'service' and partner_id in (select p.id from partner p where p.kind = 'PCC_OFFICE'))
    with check (app_scope() = 'service' and partner_id in (select p.id from partner p where p.kind = 'PCC_OFFICE'));

-- What the service operator does is written in the PCC office's audit trail (and read there by its auditors).
create policy audit_event_service on audit_event for insert
    with check (app_scope() = 'service' and partner_id in (select p.id from partner p where p.kind = 'PCC_OFFICE'));

alter table partnership_change enable row level security;
alter table partnership_change force row level security;
create policy partnership_change_own on partnership_change for select using (partnership_id = app_partnership());
create policy partnership_change_service on partnership_change for select using (app_scope() = 'service');
-- The owner's functions below write it, at service scope only.
create policy partnership_change_recorded on partnership_change for insert to current_user
    with check (app_scope() = 'service');
grant select on partnership_change to ${portal_role};

-- The owner's functions open and change partnerships and insert the PCC office at service scope (FORCE binds it);
-- the admission trigger then writes the PCC office's first phase row; the count functions read every row they count.
create policy partnership_opened on partnership for all to current_user
    using (app_scope() = 'service') with check (app_scope() = 'service');
create policy partner_opened on partner for insert to current_user
    with check (app_scope() = 'service' and kind = 'PCC_OFFICE' and status = 'LIVE');
create policy partner_counted on partner for select to current_user using (app_scope() = 'service');
create policy partner_phase_change_opened on partner_phase_change for insert to current_user
    with check (app_scope() = 'service');
-- A new partnership's reference data (seed_estate_reference, the partnership's insert trigger) is written as the
-- owner while partnership_open runs.
-- (insert ... on conflict reads the rows it might conflict with, so the owner reads them too).
create policy manufacturer_seeded on manufacturer for all to current_user
    using (app_scope() = 'service') with check (app_scope() = 'service');
create policy manufacturer_alias_seeded on manufacturer_alias for all to current_user
    using (app_scope() = 'service') with check (app_scope() = 'service');
create policy operating_system_seeded on operating_system for all to current_user
    using (app_scope() = 'service') with check (app_scope() = 'service');
create policy person_counted on person for select to current_user using (app_scope() = 'service');
create policy camera_counted on camera for select to current_user using (app_scope() = 'service');

create function partnership_open(p_id character varying, p_name character varying, p_region character varying, p_office_id character varying, p_office_name character varying, p_opened_at timestamp with time zone, p_by character varying, p_at timestamp with time zone)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator opens a partnership' using errcode = '42501';
    end if;
    if coalesce(btrim(p_name), '') = '' or coalesce(btrim(p_region), '') = ''
            or coalesce(btrim(p_office_name), '') = '' then
        raise exception 'a partnership needs a name, a region and its PCC office''s name' using errcode = '22023';
    end if;
    if p_opened_at > p_at then
        raise exception 'a partnership opens now or on a past date' using errcode = '22023';
    end if;
    insert into partnership (id, name, region, status, created_at)
    values (p_id, btrim(p_name), btrim(p_region), 'OPEN', p_opened_at);
    -- LIVE from the opening: the admission trigger (partner_phase_admitted) writes its first timeline row.
    insert into partner (id, partnership_id, name, kind, status, created_at, updated_at)
    values (p_office_id, p_id, btrim(p_office_name), 'PCC_OFFICE', 'LIVE', p_opened_at, p_opened_at);
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (nextval('partnership_change_seq'), p_id, 'OPENED', 'Opened with ' || btrim(p_office_name)
        || ' as its PCC office', null, p_by, p_opened_at);
    return p_id;
end
$function$;

create function partnership_set_status(p_id character varying, p_to character varying, p_reason character varying, p_by character varying, p_at timestamp with time zone)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_before varchar;
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator suspends or reopens a partnership' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'suspending or reopening a partnership needs a reason' using errcode = '22023';
    end if;
    select s.status into v_before from partnership s where s.id = p_id for update;
    if not found then
        raise exception 'no partnership %', p_id using errcode = 'P0002';
    end if;
    if not ((v_before = 'OPEN' and p_to = 'SUSPENDED') or (v_before = 'SUSPENDED' and p_to = 'OPEN')) then
        raise exception 'a partnership cannot move from % to %', v_before, p_to using errcode = '22023';
    end if;
    update partnership s set status = p_to where s.id = p_id;
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (nextval('partnership_change_seq'), p_id, case p_to when 'SUSPENDED' then 'SUSPENDED' else 'REOPENED' end,
        case p_to when 'SUSPENDED' then 'Suspended' else 'Reopened' end, btrim(p_reason), p_by, p_at);
    return v_before;
end
$function$;

create function partnership_record(p_id character varying, p_action character varying, p_summary character varying, p_by character varying, p_at timestamp with time zone)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_id bigint := nextval('partnership_change_seq');
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator records a change of a partnership''s admins'
            using errcode = '42501';
    end if;
    if p_action not like 'ADMIN\_%' then
        raise exception 'partnership_record records the admins'' changes only, not %', p_action
            using errcode = '22023';
    end if;
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (v_id, p_id, p_action, p_summary, null, p_by, p_at);
    return v_id;
end
$function$;

create function partner_counts_per_partnership()
 RETURNS TABLE(partnership_id character varying, partners bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'partners are counted per partnership for the service operator only' using errcode = '42501';
    end if;
    return query select p.partnership_id, count(*) from partner p group by p.partnership_id;
end
$function$;

create function person_counts_per_partnership()
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

create function camera_counts_per_partnership()
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

revoke all on function partnership_open(varchar, varchar, varchar, varchar, varchar, timestamptz, varchar,
    timestamptz) from public;
grant execute on function partnership_open(varchar, varchar, varchar, varchar, varchar, timestamptz, varchar,
    timestamptz) to ${portal_role};
revoke all on function partnership_set_status(varchar, varchar, varchar, varchar, timestamptz) from public;
grant execute on function partnership_set_status(varchar, varchar, varchar, varchar, timestamptz) to ${portal_role};
revoke all on function partnership_record(varchar, varchar, varchar, varchar, timestamptz) from public;
grant execute on function partnership_record(varchar, varchar, varchar, varchar, timestamptz) to ${portal_role};
revoke all on function partner_counts_per_partnership() from public;
grant execute on function partner_counts_per_partnership() to ${portal_role};
revoke all on function person_counts_per_partnership() from public;
grant execute on function person_counts_per_partnership() to ${portal_role};
revoke all on function camera_counts_per_partnership() from public;
grant execute on function camera_counts_per_partnership() to ${portal_role};
