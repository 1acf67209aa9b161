-- Monitoring across hubs. A hub is a partnership row run by its operator partner; a booking belongs to the partner
-- that made it (partner_id, row-level security) and is read and decided by the hub's operator through policies bound
-- to that operator. Each booking is expanded (by the portal, in Europe/London) into UTC occurrences; approved ones
-- are checked against the hub's capacity by a trigger that first locks the hub row, so no two approvals can overbook
-- a hub whatever path writes them.

create extension if not exists btree_gist;

create table hub (
    id                    bigint        primary key,
    partnership_id        varchar(64)   not null references partnership (id),
    operator_partner_id   varchar(64)   not null references partner (id),
    name                  varchar(120)  not null,
    address               varchar(400)  not null,
    consoles              integer       not null check (consoles between 1 and 200),
    cameras_per_operator  integer       not null check (cameras_per_operator between 1 and 100),
    opening_pattern       varchar(400)  not null,
    version               integer       not null default 0
);
create unique index hub_name_idx on hub (partnership_id, lower(name));
create sequence hub_seq increment by 50;

create table hub_served_partner (
    hub_id      bigint       not null references hub (id) on delete cascade,
    partner_id  varchar(64)  not null references partner (id),
    primary key (hub_id, partner_id)
);
create index hub_served_partner_idx on hub_served_partner (partner_id);

-- The staffing plan: consoles staffed per ISO weekday (1 = Monday) and local hour band [start_hour, end_hour).
create table hub_staffing (
    id          bigint   primary key,
    hub_id      bigint   not null references hub (id) on delete cascade,
    weekday     integer  not null check (weekday between 1 and 7),
    start_hour  integer  not null check (start_hour between 0 and 23),
    end_hour    integer  not null check (end_hour between 1 and 24),
    consoles    integer  not null check (consoles between 0 and 200),
    check (end_hour > start_hour)
);
create index hub_staffing_idx on hub_staffing (hub_id, weekday);
create sequence hub_staffing_seq increment by 50;

create table booking (
    id               bigint         primary key,
    partner_id       varchar(64)    not null references partner (id),
    hub_id           bigint         not null references hub (id),
    camera_group     varchar(200)   not null,
    cameras          integer        not null check (cameras between 1 and 1000),
    recurrence       varchar(8)     not null check (recurrence in ('ONE_OFF', 'WEEKLY')),
    starts_at        timestamptz,
    ends_at          timestamptz,
    weekdays         varchar(60),
    local_start      time,
    local_end        time,
    first_date       date,
    last_date        date,
    priority         varchar(8)     not null check (priority in ('ROUTINE', 'HIGH', 'URGENT')),
    customer_kind    varchar(8)     not null check (customer_kind in ('PUBLIC', 'BUSINESS')),
    notes            varchar(2000),
    status           varchar(10)    not null
        check (status in ('REQUESTED', 'APPROVED', 'DECLINED', 'CANCELLED')),
    decision_reason  varchar(1000),
    requested_by     varchar(200)   not null,
    requested_at     timestamptz    not null,
    decided_by       varchar(200),
    decided_at       timestamptz,
    cancelled_by     varchar(200),
    cancelled_at     timestamptz,
    version          integer        not null default 0,
    check (recurrence <> 'ONE_OFF' or (starts_at is not null and ends_at > starts_at)),
    check (recurrence <> 'WEEKLY' or (weekdays is not null and local_start is not null and local_end is not null
        and local_start <> local_end and first_date is not null and last_date >= first_date)),
    check (status <> 'DECLINED' or length(btrim(coalesce(decision_reason, ''))) > 0)
);
create index booking_partner_idx on booking (partner_id, requested_at desc);
create index booking_hub_status_idx on booking (hub_id, status);
create sequence booking_seq increment by 50;

-- One row per occurrence, half-open [start, end) in UTC, so touching occurrences never overlap.
create table booking_occurrence (
    id          bigint       primary key,
    booking_id  bigint       not null references booking (id),
    partner_id  varchar(64)  not null references partner (id),
    hub_id      bigint       not null references hub (id),
    cameras     integer      not null check (cameras > 0),
    period      tstzrange    not null check (not isempty(period) and lower_inc(period) and not upper_inc(period)
        and not lower_inf(period) and not upper_inf(period)),
    approved    boolean      not null default false
);
create sequence booking_occurrence_seq;
alter table booking_occurrence alter column id set default nextval('booking_occurrence_seq');
create index booking_occurrence_booking_idx on booking_occurrence (booking_id);
create index booking_occurrence_partner_idx on booking_occurrence (partner_id, lower(period));
-- Covering (cameras included), so the capacity check reads only the index: an index-only scan per hub and period.
create index booking_occurrence_approved_idx on booking_occurrence using gist (hub_id, period) include (cameras)
    where approved;

-- The approved load of each hub as non-overlapping segments of constant cameras, kept by the triggers below as
-- occurrences are approved and released, so a capacity check reads a few segments per period instead of every
-- overlapping occurrence. Only the owner's functions touch it (no grant to the portal role).
create table hub_load (
    hub_id   bigint     not null references hub (id) on delete cascade,
    period   tstzrange  not null check (not isempty(period)),
    cameras  integer    not null
);
create index hub_load_idx on hub_load using gist (hub_id, period) include (cameras);
alter table hub_load enable row level security;

-- Tariffs per partnership: one rate per customer kind from a date; the basis says what it is a rate for.
create table monitoring_tariff (
    id              bigint          primary key,
    partnership_id  varchar(64)     not null references partnership (id),
    customer_kind   varchar(8)      not null check (customer_kind in ('PUBLIC', 'BUSINESS')),
    basis           varchar(14)     not null check (basis in ('CAMERA_HOUR', 'CONSOLE_HOUR', 'MONTHLY_FIXED')),
    rate            numeric(12, 2)  not null check (rate >= 0),
    effective_from  date            not null,
    unique (partnership_id, customer_kind, effective_from)
);
create sequence monitoring_tariff_seq increment by 50;

-- ---- Capacity ----------------------------------------------------------------------------------------------------

-- What a hub can watch at given instants: staffed consoles (from the staffing plan, in local time, never more than
-- the hub has) times the cameras one operator watches. The single source of capacity, set-based so a check asks once
-- for all its instants: the rota replaces this function's body and nothing else.
create function hub_capacity_at(p_hub bigint, p_instants timestamptz[])
        returns table (at timestamptz, capacity integer) language sql stable as $$
    with instants as materialized (
        select i.at, extract(isodow from i.at at time zone 'Europe/London')::integer as weekday,
            extract(hour from i.at at time zone 'Europe/London')::integer as hour
        from unnest(p_instants) as i(at)
    ), plan as materialized (
        select weekday, start_hour, end_hour, consoles from hub_staffing where hub_id = p_hub
    )
    select i.at, coalesce(least(max(s.consoles), h.consoles) * h.cameras_per_operator, 0)::integer
    from instants i
    join hub h on h.id = p_hub
    left join plan s on s.weekday = i.weekday and i.hour >= s.start_hour and i.hour < s.end_hour
    group by i.at, h.consoles, h.cameras_per_operator
$$;

-- The capacity at one instant.
create function hub_capacity(p_hub bigint, p_at timestamptz) returns integer language sql stable as $$
    select capacity from hub_capacity_at(p_hub, array[p_at])
$$;

-- Adds p_delta cameras to the hub's load over p_period: the segments it overlaps are cut at its bounds, the parts
-- inside (and the gaps) get the delta, empty-load parts are dropped. Callers hold the hub's lock.
create function hub_load_add(p_hub bigint, p_period tstzrange, p_delta integer) returns void
        language sql volatile security definer set search_path = public, pg_catalog as $$
    with old as (
        delete from hub_load where hub_id = p_hub and period && p_period returning period, cameras
    ), pieces as (
        select unnest(tstzmultirange(o.period) - tstzmultirange(p_period)) as period, o.cameras from old o
        union all
        select o.period * p_period, o.cameras + p_delta from old o
        union all
        select unnest(tstzmultirange(p_period) - coalesce((select range_agg(period) from old), '{}'::tstzmultirange)),
            p_delta
    )
    insert into hub_load (hub_id, period, cameras)
    select p_hub, period, cameras from pieces where not isempty(period) and cameras <> 0
$$;

-- The instants within each period at which the approved cameras at the hub, plus p_extra, exceed its capacity. The
-- load is constant within a segment of hub_load and capacity changes only on the hour, so a segment's start and each
-- hour are the only instants to look at. Touching periods do not overlap ([start, end)).
--
-- It runs as the tables' owner (security definer) because capacity is about every partner's bookings at the hub,
-- not only those the caller may read, and it answers only instants and numbers. The hub must be one of the caller's
-- partnership (the hub's own policies still apply).
create function capacity_breaches(p_hub bigint, p_periods tstzrange[], p_extra integer)
        returns table (at timestamptz, booked integer, capacity integer)
        language sql stable security definer set search_path = public, pg_catalog as $$
    with mine as (
        select row_number() over () as mi, p as period
        from unnest(p_periods) p
        where exists (select 1 from hub where id = p_hub)
    ), segments as (
        select m.mi, l.period, l.cameras
        from mine m join hub_load l on l.hub_id = p_hub and l.period && m.period
    ), moments as (
        select m.mi, lower(m.period) as t from mine m
        union
        select s.mi, lower(s.period) from segments s join mine m on m.mi = s.mi where lower(s.period) > lower(m.period)
        union
        select m.mi, g from mine m, generate_series(date_trunc('hour', lower(m.period)) + interval '1 hour',
            upper(m.period) - interval '1 microsecond', interval '1 hour') g
    ), loads as (
        select mo.t, coalesce(s.cameras, 0) + p_extra as booked
        from moments mo left join segments s on s.mi = mo.mi and s.period @> mo.t
    )
    select l.t, l.booked::integer, c.capacity
    from loads l join hub_capacity_at(p_hub, (select array_agg(distinct t) from loads)) c on c.at = l.t
    where l.booked > c.capacity
    order by l.t
$$;

-- Where approving a requested booking would overbook its hub: every occurrence of it at once.
create function booking_capacity_breaches(p_booking bigint)
        returns table (at timestamptz, booked integer, capacity integer)
        language sql stable as $$
    select c.* from (select hub_id, cameras, array_agg(period) as periods from booking_occurrence
                     where booking_id = p_booking and not approved group by hub_id, cameras) b
    cross join lateral capacity_breaches(b.hub_id, b.periods, b.cameras) c
$$;

-- ---- The database's guarantees -----------------------------------------------------------------------------------

create function hub_operated_by_caller(p_hub bigint) returns boolean language sql stable as $$
    select exists (select 1 from hub where id = p_hub and operator_partner_id = app_partner() and app_partner() <> '')
$$;

-- A booking is requested as REQUESTED; only the hub's operator approves or declines it, the booking partner or the
-- operator cancels it; what was booked never changes.
create function booking_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status <> 'REQUESTED' or new.decided_at is not null or new.cancelled_at is not null then
            raise exception 'a booking starts as REQUESTED' using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if (new.id, new.partner_id, new.hub_id, new.camera_group, new.cameras, new.recurrence, new.starts_at,
            new.ends_at, new.weekdays, new.local_start, new.local_end, new.first_date, new.last_date, new.priority,
            new.customer_kind, new.notes, new.requested_by, new.requested_at)
        is distinct from (old.id, old.partner_id, old.hub_id, old.camera_group, old.cameras, old.recurrence,
            old.starts_at, old.ends_at, old.weekdays, old.local_start, old.local_end, old.first_date, old.last_date,
            old.priority, old.customer_kind, old.notes, old.requested_by, old.requested_at) then
        raise exception 'booking %: what was booked cannot change', old.id using errcode = 'check_violation';
    end if;
    if new.status = old.status then
        if (new.decision_reason, new.decided_by, new.decided_at, new.cancelled_by, new.cancelled_at)
                is distinct from (old.decision_reason, old.decided_by, old.decided_at, old.cancelled_by,
                old.cancelled_at) then
            raise exception 'booking %: a decision cannot change', old.id using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if old.status = 'REQUESTED' and new.status in ('APPROVED', 'DECLINED') then
        if not hub_operated_by_caller(new.hub_id) then
            raise exception 'booking %: only the hub''s operator decides', old.id using errcode = 'insufficient_privilege';
        end if;
        return new;
    end if;
    if old.status in ('REQUESTED', 'APPROVED') and new.status = 'CANCELLED' then
        if new.partner_id <> app_partner() and not hub_operated_by_caller(new.hub_id) then
            raise exception 'booking %: only its partner or the hub''s operator cancels it', old.id
                using errcode = 'insufficient_privilege';
        end if;
        return new;
    end if;
    raise exception 'booking % cannot go from % to %', old.id, old.status, new.status
        using errcode = 'check_violation';
end $$;

create trigger booking_guard before insert or update on booking for each row execute function booking_guard();

-- Occurrences follow their booking: added only while it is requested, approved exactly when it is.
create function booking_occurrence_guard() returns trigger language plpgsql as $$
declare
    b booking%rowtype;
begin
    select * into b from booking where id = new.booking_id;
    if not found then
        raise exception 'occurrence of an unknown booking %', new.booking_id using errcode = 'foreign_key_violation';
    end if;
    if tg_op = 'INSERT' then
        if b.status <> 'REQUESTED' or new.approved or (new.partner_id, new.hub_id, new.cameras)
                is distinct from (b.partner_id, b.hub_id, b.cameras) then
            raise exception 'occurrences are added only to a requested booking, as booked'
                using errcode = 'check_violation';
        end if;
        return new;
    end if;
    -- A cancelled booking keeps the nights already delivered (they are charged); the rest are freed.
    if (new.id, new.booking_id, new.partner_id, new.hub_id, new.cameras, new.period)
            is distinct from (old.id, old.booking_id, old.partner_id, old.hub_id, old.cameras, old.period)
            or (new.approved and b.status <> 'APPROVED'
                and not (b.status = 'CANCELLED' and old.approved and upper(new.period) <= now()))
            or (not new.approved and b.status = 'APPROVED') then
        raise exception 'an occurrence of booking % cannot change', b.id using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger booking_occurrence_guard before insert or update on booking_occurrence
    for each row execute function booking_occurrence_guard();

create function booking_status_to_occurrences() returns trigger language plpgsql as $$
begin
    if new.status = 'CANCELLED' then
        update booking_occurrence set approved = false
        where booking_id = new.id and approved and upper(period) > now();
    else
        update booking_occurrence set approved = (new.status = 'APPROVED')
        where booking_id = new.id and approved <> (new.status = 'APPROVED');
    end if;
    return null;
end $$;

create trigger booking_status_to_occurrences after update of status on booking
    for each row when (old.status is distinct from new.status) execute function booking_status_to_occurrences();

-- The capacity guarantee. The hub row is locked first, so concurrent approvals at one hub run this check one after
-- the other, each seeing what the one before committed; the load is updated, then checked.
create function booking_occurrence_capacity() returns trigger language plpgsql as $$
declare
    breach record;
begin
    perform 1 from hub where id = new.hub_id for update;
    if not found then
        raise exception 'only the operator of hub % approves its bookings', new.hub_id
            using errcode = 'insufficient_privilege';
    end if;
    perform pg_advisory_xact_lock(7007, new.hub_id::integer);
    perform hub_load_add(new.hub_id, new.period, new.cameras);
    select * into breach from capacity_breaches(new.hub_id, array[new.period], 0) limit 1;
    if found then
        raise exception 'hub % overbooked at %: % cameras booked, capacity %', new.hub_id, breach.at,
            breach.booked, breach.capacity using errcode = 'check_violation';
    end if;
    return null;
end $$;

create trigger booking_occurrence_capacity after insert or update of approved on booking_occurrence
    for each row when (new.approved) execute function booking_occurrence_capacity();

-- A released occurrence (cancelled, or declined after approval) gives its cameras back. Anyone who may release it
-- takes the hub's advisory lock, which every change of the load takes after the hub row.
create function booking_occurrence_release() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7007, new.hub_id::integer);
    perform hub_load_add(new.hub_id, new.period, -new.cameras);
    return null;
end $$;

create trigger booking_occurrence_release after update of approved on booking_occurrence
    for each row when (old.approved and not new.approved) execute function booking_occurrence_release();

-- ---- Row-level security ------------------------------------------------------------------------------------------

create function app_is_pcc_office() returns boolean language sql stable as $$
    select exists (select 1 from partner where id = app_partner() and kind = 'PCC_OFFICE')
$$;

alter table hub enable row level security;
alter table hub force row level security;
create policy hub_partnership on hub for select using (partnership_id = app_partnership());
create policy hub_operator on hub for all using (operator_partner_id = app_partner())
    with check (operator_partner_id = app_partner() and partnership_id = app_partnership());
create policy hub_provision on hub for all using (app_scope() = 'platform') with check (app_scope() = 'platform');

do $$
declare
    t text;
begin
    foreach t in array array['hub_served_partner', 'hub_staffing'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (hub_id in (select id from hub))',
            t || '_read', t);
        execute format('create policy %I on %I for all using (hub_operated_by_caller(hub_id)) '
            || 'with check (hub_operated_by_caller(hub_id))', t || '_operator', t);
    end loop;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['booking', 'booking_occurrence'] loop
        execute format('alter table %I enable row level security', t);
        if t = 'booking' then
            execute format('alter table %I force row level security', t);
        end if;
        execute format('create policy %I on %I for select using (partner_id = app_partner())', t || '_own', t);
        execute format('create policy %I on %I for update using (partner_id = app_partner()) '
            || 'with check (partner_id = app_partner())', t || '_own_update', t);
        -- A partner books only at a hub that serves it.
        execute format('create policy %I on %I for insert with check (partner_id = app_partner() and hub_id in '
            || '(select hub_id from hub_served_partner where partner_id = app_partner()))', t || '_own_insert', t);
        -- The hub's operator reads and decides the bookings at its own hubs, and no others.
        execute format('create policy %I on %I for select using (hub_operated_by_caller(hub_id))',
            t || '_hub_operator', t);
        execute format('create policy %I on %I for update using (hub_operated_by_caller(hub_id)) '
            || 'with check (hub_operated_by_caller(hub_id))', t || '_hub_decide', t);
        -- The PCC office reads its partnership's bookings for totals, only in the partnership scope.
        execute format('create policy %I on %I for select using (app_scope() = ''partnership'' '
            || 'and app_is_pcc_office() and partner_id in (select app_partnership_partners()))',
            t || '_pcc_totals', t);
        execute format('create policy %I on %I for all using (app_scope() = ''platform'') '
            || 'with check (app_scope() = ''platform'')', t || '_provision', t);
    end loop;
end $$;

alter table monitoring_tariff enable row level security;
alter table monitoring_tariff force row level security;
create policy monitoring_tariff_partnership on monitoring_tariff for all
    using (partnership_id = app_partnership()) with check (partnership_id = app_partnership());
create policy monitoring_tariff_provision on monitoring_tariff for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

grant select, insert, update, delete on hub, hub_served_partner, hub_staffing, monitoring_tariff to ${portal_role};
grant select, insert, update on booking, booking_occurrence to ${portal_role};
grant usage, select on sequence hub_seq, hub_staffing_seq, booking_seq, booking_occurrence_seq,
    monitoring_tariff_seq to ${portal_role};
grant execute on function hub_capacity_at(bigint, timestamptz[]), hub_capacity(bigint, timestamptz), capacity_breaches(bigint, tstzrange[], integer),
    booking_capacity_breaches(bigint),
    hub_operated_by_caller(bigint), app_is_pcc_office() to ${portal_role};
