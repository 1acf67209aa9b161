-- Monitoring benchmark data for cctv_bench: 100 hubs of Thames Valley's operator, each with 60 consoles staffed
-- around the clock at 10 cameras per operator (600 cameras at once), and 48,100 approved weekly bookings of weekend
-- nights (Friday and Saturday, 20:00 to 04:00 Europe/London) over 2027 and 2028 -- 5,000,000 occurrences in all --
-- plus one requested booking per hub for a year of weekend nights, whose capacity check is what is measured, and the
-- hubs' load segments built from the approved occurrences.
-- Run by MonitoringBenchmark as the owner role in one transaction, with the row triggers off (the rows are made
-- approved as they are inserted, and the load they make is kept below each hub's capacity by construction).
-- The session setting bench.weekly_bookings (default 48100) sets how many approved bookings: `-Dbench.size=small` sets 200.

select set_config('app.partner', 'tv-ods', true), set_config('app.partnership', 'thames-valley', true),
    set_config('app.scope', 'platform', true);

alter table booking disable trigger booking_guard;
-- The bookings name no cameras (the capacity check reads only their count), so the deferred check that they do is
-- off too; left on, its pending events would also stop the ALTER TABLE at the end.
alter table booking disable trigger booking_cameras_named;
alter table booking_occurrence disable trigger booking_occurrence_guard;
alter table booking_occurrence disable trigger booking_occurrence_capacity;
drop index booking_occurrence_approved_idx;

insert into hub (id, partnership_id, operator_partner_id, name, address, consoles, cameras_per_operator,
        opening_pattern)
select 800000000 + h, 'thames-valley', 'tv-ods', 'Bench hub ' || h, h || ' Bench Street', 60, 10, 'Always'
from generate_series(1, 100) h;

insert into hub_served_partner (hub_id, partner_id)
select 800000000 + h, p from generate_series(1, 100) h,
    unnest(array['tv-oxford-city', 'tv-cherwell', 'tv-milton-keynes', 'tv-slough']) p;

insert into hub_staffing (id, hub_id, weekday, start_hour, end_hour, consoles)
select 800000000 + h * 10 + d, 800000000 + h, d, 0, 24, 60 from generate_series(1, 100) h, generate_series(1, 7) d;

-- 481 approved bookings per hub (48,100 in all), each a year of weekend nights starting on a Friday spread over
-- 2027 and 2028; 1 camera each, so no night at a hub carries more than about 480 of its 600 cameras.
insert into booking (id, partner_id, hub_id, camera_group, cameras, recurrence, weekdays, local_start, local_end,
        first_date, last_date, priority, customer_kind, status, requested_by, requested_at, decided_by, decided_at)
select 800000000 + n,
    (array['tv-oxford-city', 'tv-cherwell', 'tv-milton-keynes', 'tv-slough'])[1 + n % 4],
    800000000 + 1 + n % 100, 'Bench group ' || n, 1, 'WEEKLY', 'FRIDAY,SATURDAY', '20:00', '04:00',
    date '2027-01-01' + (7 * ((n / 100) % 53)), date '2027-01-01' + (7 * ((n / 100) % 53)) + 363, 'ROUTINE', 'COUNCIL',
    'APPROVED', 'bench', now(), 'bench', now()
from generate_series(0, coalesce(nullif(current_setting('bench.weekly_bookings', true), ''), '48100')::int - 1) n;

insert into booking_occurrence (booking_id, partner_id, hub_id, cameras, period, approved)
select b.id, b.partner_id, b.hub_id, b.cameras,
    tstzrange((d::date + time '20:00') at time zone 'Europe/London',
              (d::date + 1 + time '04:00') at time zone 'Europe/London', '[)'), true
from booking b, generate_series(b.first_date, b.last_date, interval '1 day') d
where b.id between 800000000 and 800048099 and extract(isodow from d) in (5, 6);

-- Cut or pad to exactly 5,000,000 rows: the bench bookings produce 48,100 x 104.
delete from booking_occurrence where id in (select id from booking_occurrence
    where booking_id between 800000000 and 800048099 order by id desc
    limit greatest(0, (select count(*) from booking_occurrence
        where booking_id between 800000000 and 800048099) - 5000000));

-- The hubs' load segments, as the approval trigger would have kept them: each hub's approved occurrences as +cameras
-- at their start and -cameras at their end, summed in time order, one segment between consecutive instants.
insert into hub_load (hub_id, period, cameras)
select hub_id, tstzrange(t, next_t, '[)'), load from (
    select hub_id, t, lead(t) over w as next_t, sum(d) over w as load
    from (select hub_id, t, sum(d) as d from (
              select hub_id, lower(period) as t, cameras as d from booking_occurrence where approved
              union all
              select hub_id, upper(period), -cameras from booking_occurrence where approved) e
          group by hub_id, t) x
    window w as (partition by hub_id order by t)) y
where next_t is not null and load <> 0;

-- The requested bookings measured: a year of weekend nights at each hub, 8 cameras, not yet approved.
insert into booking (id, partner_id, hub_id, camera_group, cameras, recurrence, weekdays, local_start, local_end,
        first_date, last_date, priority, customer_kind, status, requested_by, requested_at)
select 800100000 + h, 'tv-oxford-city', 800000000 + h, 'Bench request ' || h, 8, 'WEEKLY', 'FRIDAY,SATURDAY',
    '20:00', '04:00', date '2027-06-04', date '2028-06-02', 'HIGH', 'COUNCIL', 'REQUESTED', 'bench', now()
from generate_series(1, 100) h;

insert into booking_occurrence (booking_id, partner_id, hub_id, cameras, period, approved)
select b.id, b.partner_id, b.hub_id, b.cameras,
    tstzrange((d::date + time '20:00') at time zone 'Europe/London',
              (d::date + 1 + time '04:00') at time zone 'Europe/London', '[)'), false
from booking b, generate_series(b.first_date, b.last_date, interval '1 day') d
where b.id between 800100001 and 800100100 and extract(isodow from d) in (5, 6);

create index booking_occurrence_approved_idx on booking_occurrence using gist (hub_id, period) include (cameras)
    where approved;
alter table booking enable trigger booking_guard;
alter table booking enable trigger booking_cameras_named;
alter table booking_occurrence enable trigger booking_occurrence_guard;
alter table booking_occurrence enable trigger booking_occurrence_capacity;
