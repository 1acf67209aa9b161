-- Monitoring: a hub's capacity and load, booking guards and the capacity triggers.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- hub_capacity_at: made by V7, changed by V8 and V34 (the plan in force on the local date; nothing outside the hub's
-- opening and closing dates).
CREATE OR REPLACE FUNCTION public.hub_capacity_at(p_hub bigint, p_instants timestamp with time zone[])
 RETURNS TABLE(at timestamp with time zone, capacity integer)
 LANGUAGE sql
 STABLE
AS $function$
    with instants as materialized (
        select i.at, extract(isodow from i.at at time zone 'Europe/London')::integer as weekday,
            extract(hour from i.at at time zone 'Europe/London')::integer as hour,
            (i.at at time zone 'Europe/London')::date as day
        from unnest(p_instants) as i(at)
    ), plan as materialized (
        select effective_from, weekday, start_hour, end_hour, consoles from hub_staffing where hub_id = p_hub
    ), in_force as materialized (
        select i.at, (select max(p.effective_from) from plan p where p.effective_from <= i.day) as effective_from
        from instants i
    ), rota as materialized (
        select r.at, r.rostered from hub_rostered_at(p_hub, p_instants) r
    )
    select i.at, case when (h.opens_on is not null and i.day < h.opens_on)
            or (h.closes_on is not null and i.day >= h.closes_on) then 0
        else coalesce(least(coalesce(max(r.rostered), max(s.consoles)), h.consoles) * h.cameras_per_operator,
            0) end::integer
    from instants i
    join hub h on h.id = p_hub
    join in_force f on f.at = i.at
    left join rota r on r.at = i.at
    left join plan s on s.effective_from = f.effective_from and s.weekday = i.weekday and i.hour >= s.start_hour
        and i.hour < s.end_hour
    group by i.at, i.day, h.consoles, h.cameras_per_operator, h.opens_on, h.closes_on
$function$;

-- hub_capacity: made by V7.
CREATE OR REPLACE FUNCTION public.hub_capacity(p_hub bigint, p_at timestamp with time zone)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$
    select capacity from hub_capacity_at(p_hub, array[p_at])
$function$;

-- hub_load_add: made by V7, changed by V16.
CREATE OR REPLACE FUNCTION public.hub_load_add(p_hub bigint, p_period tstzrange, p_delta integer)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;

-- capacity_breaches: made by V7, changed by V16.
CREATE OR REPLACE FUNCTION public.capacity_breaches(p_hub bigint, p_periods tstzrange[], p_extra integer)
 RETURNS TABLE(at timestamp with time zone, booked integer, capacity integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;

-- booking_capacity_breaches: made by V7.
CREATE OR REPLACE FUNCTION public.booking_capacity_breaches(p_booking bigint)
 RETURNS TABLE(at timestamp with time zone, booked integer, capacity integer)
 LANGUAGE sql
 STABLE
AS $function$
    select c.* from (select hub_id, cameras, array_agg(period) as periods from booking_occurrence
                     where booking_id = p_booking and not approved group by hub_id, cameras) b
    cross join lateral capacity_breaches(b.hub_id, b.periods, b.cameras) c
$function$;

-- hub_operated_by_caller: made by V7.
CREATE OR REPLACE FUNCTION public.hub_operated_by_caller(p_hub bigint)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
    return exists (select 1 from hub where id = p_hub and operator_partner_id = app_partner() and app_partner() <> '');
end
$function$;

-- booking_guard: made by V7, changed for hub moves (a weekly booking split by a move ends on its last night left).
CREATE OR REPLACE FUNCTION public.booking_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op = 'INSERT' then
        if new.status <> 'REQUESTED' or new.decided_at is not null or new.cancelled_at is not null then
            raise exception 'a booking starts as REQUESTED' using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if (new.id, new.partner_id, new.hub_id, new.camera_group, new.cameras, new.recurrence, new.starts_at,
            new.ends_at, new.weekdays, new.local_start, new.local_end, new.first_date, new.priority,
            new.customer_kind, new.notes, new.requested_by, new.requested_at)
        is distinct from (old.id, old.partner_id, old.hub_id, old.camera_group, old.cameras, old.recurrence,
            old.starts_at, old.ends_at, old.weekdays, old.local_start, old.local_end, old.first_date,
            old.priority, old.customer_kind, old.notes, old.requested_by, old.requested_at) then
        raise exception 'booking %: what was booked cannot change', old.id using errcode = 'check_violation';
    end if;
    -- A weekly booking whose later nights moved to another hub ends earlier: on its last night left, never later,
    -- by the hub's operator, while it is live and with no occurrence left after the new last date.
    if new.last_date is distinct from old.last_date and not (old.recurrence = 'WEEKLY'
            and new.status = old.status and old.status in ('REQUESTED', 'APPROVED')
            and new.last_date >= old.first_date and new.last_date < old.last_date
            and hub_operated_by_caller(old.hub_id)
            and not exists (select 1 from booking_occurrence x where x.booking_id = old.id
                and (lower(x.period) at time zone 'Europe/London')::date > new.last_date)) then
        raise exception 'booking %: what was booked cannot change', old.id using errcode = 'check_violation';
    end if;
    if new.status = old.status then
        if (new.decision_reason, new.decided_by, new.decided_at, new.cancelled_by, new.cancelled_at,
                new.cancel_reason)
                is distinct from (old.decision_reason, old.decided_by, old.decided_at, old.cancelled_by,
                old.cancelled_at, old.cancel_reason) then
            raise exception 'booking %: a decision cannot change', old.id using errcode = 'check_violation';
        end if;
        -- A refused approval is noted on the waiting booking by the hub's operator alone.
        if (new.capacity_refusal, new.capacity_refused_at) is distinct from (old.capacity_refusal,
                old.capacity_refused_at) and (new.status <> 'REQUESTED' or not hub_operated_by_caller(new.hub_id)) then
            raise exception 'booking %: only the hub''s operator notes a refused approval', old.id
                using errcode = 'insufficient_privilege';
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
end $function$;

-- booking_occurrence_guard: made by V7.
CREATE OR REPLACE FUNCTION public.booking_occurrence_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
                and not (b.status = 'CANCELLED' and old.approved and upper(new.period) <= app_now()))
            or (not new.approved and b.status = 'APPROVED') then
        raise exception 'an occurrence of booking % cannot change', b.id using errcode = 'check_violation';
    end if;
    return new;
end $function$;

-- booking_status_to_occurrences: made by V7.
CREATE OR REPLACE FUNCTION public.booking_status_to_occurrences()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if new.status = 'CANCELLED' then
        update booking_occurrence set approved = false
        where booking_id = new.id and approved and upper(period) > app_now();
    else
        update booking_occurrence set approved = (new.status = 'APPROVED')
        where booking_id = new.id and approved <> (new.status = 'APPROVED');
    end if;
    return null;
end $function$;

-- booking_occurrence_capacity: made by V7, changed by V16.
CREATE OR REPLACE FUNCTION public.booking_occurrence_capacity()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
end $function$;

-- booking_occurrence_release: made by V7, changed by V16.
CREATE OR REPLACE FUNCTION public.booking_occurrence_release()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    perform pg_advisory_xact_lock(7007, new.hub_id::integer);
    perform hub_load_add(new.hub_id, new.period, -new.cameras);
    return null;
end $function$;

-- booking_camera_count_check: made by V9, changed by V16.
CREATE OR REPLACE FUNCTION public.booking_camera_count_check()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    p_booking bigint;
    booked integer;
    named integer;
begin
    if tg_table_name = 'booking' then
        p_booking := new.id;
    else
        p_booking := new.booking_id;
    end if;
    select cameras into booked from booking where id = p_booking;
    if booked is null then
        return null;
    end if;
    select count(*) into named from booking_camera where booking_id = p_booking;
    if named <> booked then
        raise exception 'booking % books % cameras but names %', p_booking, booked, named
            using errcode = 'check_violation';
    end if;
    return null;
end $function$;

-- hub_operator_guard: made by V34.
CREATE OR REPLACE FUNCTION public.hub_operator_guard() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from partner where id = new.operator_partner_id and kind = 'OPERATOR') then
        raise exception 'only a monitoring operator runs a hub' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

-- hub_may_serve: made by V34.
CREATE OR REPLACE FUNCTION public.hub_may_serve(p_partner varchar) returns boolean
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
    select exists (select 1 from partner p where p.id = p_partner and p.partnership_id = app_partnership()
        and app_partnership() <> '' and p.kind in ('COUNCIL', 'BUSINESS', 'POLICE_FORCE') and p.status <> 'WITHDRAWN')
$$;

-- hub_service_agree: made by V34.
CREATE OR REPLACE FUNCTION public.hub_service_agree(p_hub bigint, p_partner varchar, p_by varchar, p_at timestamptz)
    returns void language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office agrees who a hub serves' using errcode = '42501';
    end if;
    if not exists (select 1 from hub h where h.id = p_hub and h.partnership_id = app_partnership()) then
        raise exception 'no hub % in this partnership', p_hub using errcode = 'P0002';
    end if;
    delete from hub_service_proposal where hub_id = p_hub and partner_id = p_partner;
    if not found then
        raise exception 'hub % has no proposal to serve %', p_hub, p_partner using errcode = 'P0002';
    end if;
    insert into hub_served_partner (hub_id, partner_id, agreed_by, agreed_at)
    values (p_hub, p_partner, p_by, p_at) on conflict do nothing;
end
$$;
