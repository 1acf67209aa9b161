-- The operator rota of the hubs. Operator profiles, shifts and assignments belong to the hub's operator partner
-- (partner_id, row-level security). An operator is never on two overlapping shifts: the assignment carries its
-- shift's period and an exclusion constraint refuses overlaps per operator whatever path writes them. The rota gives
-- a hub's capacity where the hub has rostered shifts, and the staffing plan elsewhere.

create table operator_profile (
    id                bigint        primary key,
    partner_id        varchar(64)   not null references partner (id),
    username          varchar(200),
    full_name         varchar(200)  not null,
    sia_licence       varchar(16)   not null check (sia_licence ~ '^[0-9]{16}$'),
    sia_expires       date          not null,
    contracted_hours  integer       not null check (contracted_hours between 0 and 60),
    version           integer       not null default 0
);
create unique index operator_profile_username_idx on operator_profile (lower(username)) where username is not null;
create index operator_profile_partner_idx on operator_profile (partner_id, full_name);
create sequence operator_profile_seq increment by 50;

create table operator_trained_hub (
    operator_id  bigint  not null references operator_profile (id) on delete cascade,
    hub_id       bigint  not null references hub (id) on delete cascade,
    primary key (operator_id, hub_id)
);

create table operator_cleared_partner (
    operator_id  bigint       not null references operator_profile (id) on delete cascade,
    partner_id   varchar(64)  not null references partner (id),
    primary key (operator_id, partner_id)
);

-- A shift at a hub, half-open [starts_at, ends_at) in UTC, with positions to fill in one role.
create table rota_shift (
    id          bigint        primary key,
    partner_id  varchar(64)   not null references partner (id),
    hub_id      bigint        not null references hub (id) on delete cascade,
    starts_at   timestamptz   not null,
    ends_at     timestamptz   not null,
    role        varchar(10)   not null check (role in ('OPERATOR', 'SUPERVISOR')),
    positions   integer       not null check (positions between 1 and 200),
    version     integer       not null default 0,
    check (ends_at > starts_at and ends_at <= starts_at + interval '16 hours')
);
create index rota_shift_hub_idx on rota_shift using gist (hub_id, tstzrange(starts_at, ends_at));
create sequence rota_shift_seq increment by 50;

-- An operator on a shift. The period is the shift's, set by the trigger below, so the exclusion constraint can refuse
-- overlapping shifts for one operator; a full shift takes no more.
create table rota_assignment (
    id           bigint        primary key,
    partner_id   varchar(64)   not null references partner (id),
    shift_id     bigint        not null references rota_shift (id) on delete cascade,
    operator_id  bigint        not null references operator_profile (id),
    period       tstzrange     not null,
    version      integer       not null default 0,
    unique (shift_id, operator_id),
    constraint rota_assignment_no_overlap exclude using gist (operator_id with =, period with &&)
);
create index rota_assignment_shift_idx on rota_assignment (shift_id);
create sequence rota_assignment_seq increment by 50;

create function rota_assignment_period() returns trigger language plpgsql as $$
declare
    s rota_shift%rowtype;
begin
    select * into s from rota_shift where id = new.shift_id;
    if not found then
        raise exception 'assignment to an unknown shift %', new.shift_id using errcode = 'foreign_key_violation';
    end if;
    new.period := tstzrange(s.starts_at, s.ends_at);
    if (select count(*) from rota_assignment where shift_id = new.shift_id and id <> new.id) >= s.positions then
        raise exception 'shift % is fully staffed', new.shift_id using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger rota_assignment_period before insert or update on rota_assignment
    for each row execute function rota_assignment_period();

-- A shift's times follow into its assignments.
create function rota_shift_times() returns trigger language plpgsql as $$
begin
    update rota_assignment set period = tstzrange(new.starts_at, new.ends_at) where shift_id = new.id;
    return null;
end $$;

create trigger rota_shift_times after update of starts_at, ends_at on rota_shift
    for each row execute function rota_shift_times();

-- ---- Capacity from the rota ---------------------------------------------------------------------------------------

-- Operators rostered on operator shifts of a hub at each instant, or null where the hub has no operator shift at that
-- instant (the staffing plan then applies). It runs as the tables' owner so every caller gets the same capacity; it
-- answers only numbers.
create function hub_rostered_at(p_hub bigint, p_instants timestamptz[])
        returns table (at timestamptz, rostered integer)
        language sql stable security definer set search_path = public, pg_catalog as $$
    select i.at,
        case when exists (select 1 from rota_shift s where s.hub_id = p_hub and s.role = 'OPERATOR'
                and tstzrange(s.starts_at, s.ends_at) @> i.at)
            then (select count(*) from rota_assignment a join rota_shift s on s.id = a.shift_id
                where s.hub_id = p_hub and s.role = 'OPERATOR' and a.period @> i.at)::integer
        end
    from unnest(p_instants) as i(at)
$$;

-- What a hub can watch at given instants: where the hub has rostered operator shifts, the rostered operators; elsewhere
-- the consoles of the staffing plan; never more than the hub's consoles, times the cameras one operator watches.
create or replace function hub_capacity_at(p_hub bigint, p_instants timestamptz[])
        returns table (at timestamptz, capacity integer) language sql stable as $$
    with instants as materialized (
        select i.at, extract(isodow from i.at at time zone 'Europe/London')::integer as weekday,
            extract(hour from i.at at time zone 'Europe/London')::integer as hour
        from unnest(p_instants) as i(at)
    ), plan as materialized (
        select weekday, start_hour, end_hour, consoles from hub_staffing where hub_id = p_hub
    ), rota as materialized (
        select r.at, r.rostered from hub_rostered_at(p_hub, p_instants) r
    )
    select i.at, coalesce(least(coalesce(max(r.rostered), max(s.consoles)), h.consoles) * h.cameras_per_operator,
        0)::integer
    from instants i
    join hub h on h.id = p_hub
    left join rota r on r.at = i.at
    left join plan s on s.weekday = i.weekday and i.hour >= s.start_hour and i.hour < s.end_hour
    group by i.at, h.consoles, h.cameras_per_operator
$$;

-- Times in [p_from, p_to) when a hub's approved bookings need more operators (cameras booked divided by cameras per
-- operator, rounded up) than are rostered on its shifts, as pieces between the load's and the rota's boundaries.
-- Owner's rights like capacity_breaches: the load is every partner's; the hub must be visible to the caller.
create function rota_gaps(p_hub bigint, p_from timestamptz, p_to timestamptz)
        returns table (starts_at timestamptz, ends_at timestamptz, needed integer, rostered integer)
        language sql stable security definer set search_path = public, pg_catalog as $$
    with h as (
        select id, cameras_per_operator from hub where id = p_hub
    ), bounds as (
        select p_from as t
        union select p_to
        union select lower(l.period) from hub_load l, h where l.hub_id = h.id and l.period && tstzrange(p_from, p_to)
        union select upper(l.period) from hub_load l, h where l.hub_id = h.id and l.period && tstzrange(p_from, p_to)
        union select s.starts_at from rota_shift s, h where s.hub_id = h.id and s.ends_at > p_from and s.starts_at < p_to
        union select s.ends_at from rota_shift s, h where s.hub_id = h.id and s.ends_at > p_from and s.starts_at < p_to
    ), pieces as (
        select t as starts_at, lead(t) over (order by t) as ends_at from bounds where t >= p_from and t <= p_to
    ), measured as (
        select p.starts_at, p.ends_at,
            coalesce((select ceil(l.cameras::numeric / h.cameras_per_operator) from hub_load l, h
                where l.hub_id = h.id and l.period @> p.starts_at), 0)::integer as needed,
            (select count(*) from rota_assignment a join rota_shift s on s.id = a.shift_id, h
                where s.hub_id = h.id and s.role = 'OPERATOR' and a.period @> p.starts_at)::integer as rostered
        from pieces p where p.ends_at is not null
    )
    select starts_at, ends_at, needed, rostered from measured where rostered < needed order by starts_at
$$;

-- ---- Row-level security ------------------------------------------------------------------------------------------

-- Rota rows belong to the operator partner. Forced on the profiles (the owner has no reason to read them); on shifts
-- and assignments only enabled, as on hub_load, so the owner's capacity functions see every hub's rota.
do $$
declare
    t text;
begin
    foreach t in array array['operator_profile', 'rota_shift', 'rota_assignment'] loop
        execute format('alter table %I enable row level security', t);
        if t = 'operator_profile' then
            execute format('alter table %I force row level security', t);
        end if;
        execute format('create policy %I on %I for all using (partner_id = app_partner()) '
            || 'with check (partner_id = app_partner())', t || '_own', t);
        execute format('create policy %I on %I for all using (app_scope() = ''platform'') '
            || 'with check (app_scope() = ''platform'')', t || '_provision', t);
    end loop;
    foreach t in array array['operator_trained_hub', 'operator_cleared_partner'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all using (operator_id in (select id from operator_profile)) '
            || 'with check (operator_id in (select id from operator_profile))', t || '_own', t);
    end loop;
end $$;

grant select, insert, update, delete on operator_profile, operator_trained_hub, operator_cleared_partner, rota_shift,
    rota_assignment to ${portal_role};
grant usage, select on sequence operator_profile_seq, rota_shift_seq, rota_assignment_seq to ${portal_role};
grant execute on function hub_rostered_at(bigint, timestamptz[]), rota_gaps(bigint, timestamptz, timestamptz)
    to ${portal_role};
