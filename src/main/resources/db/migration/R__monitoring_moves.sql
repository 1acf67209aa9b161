-- Monitoring: moving a partner's bookings from one hub to another in one step, for the operator of both hubs.
--
-- The current definition of each function of this family, and the only place to change one (see
-- R__monitoring_capacity.sql for how these files work). The owner's policies these functions write under are V38's.

-- booking_move_breaches: made here (V38's feature).
-- Where the partner's approved occurrences from p_from would overbook the target hub, on top of what it already has.
CREATE OR REPLACE FUNCTION public.booking_move_breaches(p_partner varchar, p_source bigint, p_target bigint, p_from timestamptz)
    returns table (at timestamptz, booked integer, capacity integer)
    language plpgsql stable security definer set search_path = pg_catalog, public, pg_temp as $$
begin
    if not (hub_operated_by_caller(p_source) and hub_operated_by_caller(p_target)) then
        raise exception 'only the operator of both hubs moves bookings between them' using errcode = '42501';
    end if;
    return query
    with moving as materialized (
        select o.period, o.cameras from booking_occurrence o join booking b on b.id = o.booking_id
        where b.hub_id = p_source and b.partner_id = p_partner and b.status = 'APPROVED' and o.approved
            and lower(o.period) >= p_from
    ), moments as (
        select lower(m.period) as t from moving m
        union
        select lower(l.period) from moving m join hub_load l on l.hub_id = p_target and l.period && m.period
        where lower(l.period) > lower(m.period)
        union
        select g from moving m, generate_series(date_trunc('hour', lower(m.period)) + interval '1 hour',
            upper(m.period) - interval '1 microsecond', interval '1 hour') g
    ), loads as materialized (
        select mo.t, (coalesce((select sum(l.cameras) from hub_load l where l.hub_id = p_target and l.period @> mo.t),
            0) + (select sum(m.cameras) from moving m where m.period @> mo.t))::integer as booked
        from moments mo
    )
    select l.t, l.booked, c.capacity
    from loads l join hub_capacity_at(p_target, (select array_agg(t) from loads)) c on c.at = l.t
    where l.booked > c.capacity
    order by l.t;
end $$;
revoke all on function booking_move_breaches(varchar, bigint, bigint, timestamptz) from public;
grant execute on function booking_move_breaches(varchar, bigint, bigint, timestamptz) to ${portal_role};

-- booking_move_hub: made here (V38's feature); a weekly booking split by the move ends on its last night left.
CREATE OR REPLACE FUNCTION public.booking_move_hub(p_partner varchar, p_source bigint, p_target bigint, p_from timestamptz,
        p_by varchar, p_at timestamptz, p_note varchar)
    returns table (moved_from bigint, moved_to bigint, status varchar)
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    b booking%rowtype;
    o booking_occurrence%rowtype;
    v_new bigint;
    v_target_name varchar;
    v_day date := (p_from at time zone 'Europe/London')::date;
begin
    if p_source = p_target or not (hub_operated_by_caller(p_source) and hub_operated_by_caller(p_target)) then
        raise exception 'only the operator of both hubs moves bookings between them' using errcode = '42501';
    end if;
    if not exists (select 1 from hub_served_partner s where s.hub_id = p_target and s.partner_id = p_partner) then
        raise exception 'hub % does not serve %', p_target, p_partner using errcode = 'P0002';
    end if;
    perform 1 from hub where id in (p_source, p_target) order by id for update;
    select name into v_target_name from hub where id = p_target;
    for b in select * from booking bk where bk.hub_id = p_source and bk.partner_id = p_partner
            and bk.status in ('REQUESTED', 'APPROVED') and exists (select 1 from booking_occurrence x
                where x.booking_id = bk.id and lower(x.period) >= p_from) order by bk.id for update loop
        v_new := nextval('booking_seq');
        insert into booking (id, partner_id, hub_id, camera_group, cameras, recurrence, starts_at, ends_at, weekdays,
            local_start, local_end, first_date, last_date, priority, customer_kind, notes, status, requested_by,
            requested_at)
        values (v_new, b.partner_id, p_target, b.camera_group, b.cameras, b.recurrence, b.starts_at, b.ends_at,
            b.weekdays, b.local_start, b.local_end,
            case when b.recurrence = 'WEEKLY' then greatest(b.first_date, least(v_day, b.last_date)) end,
            b.last_date, b.priority, b.customer_kind, left(p_note || ' (was MB-' || b.id || ')'
                || coalesce(E'\n' || b.notes, ''), 2000), 'REQUESTED', b.requested_by, b.requested_at);
        insert into booking_camera (booking_id, camera_id, partner_id)
        select v_new, c.camera_id, c.partner_id from booking_camera c where c.booking_id = b.id;
        for o in select * from booking_occurrence x where x.booking_id = b.id and lower(x.period) >= p_from
                order by lower(x.period) loop
            insert into booking_occurrence (booking_id, partner_id, hub_id, cameras, period, approved)
            values (v_new, o.partner_id, p_target, o.cameras, o.period, false);
            if o.approved then
                perform pg_advisory_xact_lock(7007, p_source::integer);
                perform hub_load_add(p_source, o.period, -o.cameras);
            end if;
            delete from booking_occurrence where id = o.id;
        end loop;
        if b.status = 'APPROVED' then
            -- Approving fires the capacity trigger on every occurrence at the target: an overbooking undoes it all.
            update booking set status = 'APPROVED', decided_by = p_by, decided_at = p_at,
                decision_reason = p_note, version = version + 1 where id = v_new;
        end if;
        if b.recurrence = 'WEEKLY' and exists (select 1 from booking_occurrence x where x.booking_id = b.id) then
            -- Split by the move: the original ends on its last night left here, so it no longer reads as running on.
            update booking set last_date = (select max((lower(x.period) at time zone 'Europe/London')::date)
                from booking_occurrence x where x.booking_id = b.id), version = version + 1
            where id = b.id and last_date > (select max((lower(x.period) at time zone 'Europe/London')::date)
                from booking_occurrence x where x.booking_id = b.id);
        end if;
        if not exists (select 1 from booking_occurrence x where x.booking_id = b.id) then
            update booking set status = 'CANCELLED', cancelled_by = p_by, cancelled_at = p_at,
                cancel_reason = 'Moved to ' || v_target_name || ' as MB-' || v_new, version = version + 1
            where id = b.id;
        end if;
        moved_from := b.id;
        moved_to := v_new;
        status := b.status;
        return next;
    end loop;
    delete from hub_served_partner where hub_id = p_source and partner_id = p_partner;
end $$;
revoke all on function booking_move_hub(varchar, bigint, bigint, timestamptz, varchar, timestamptz, varchar)
    from public;
grant execute on function booking_move_hub(varchar, bigint, bigint, timestamptz, varchar, timestamptz, varchar)
    to ${portal_role};
