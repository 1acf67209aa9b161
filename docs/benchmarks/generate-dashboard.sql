-- The dashboard benchmark's monitoring and evidence, added to the national estate (generate-national-estate.sql) in
-- its own database (cctv_bench_dashboard): four hubs per benchmark partnership, run by its operator partner
-- (bench-NN-19) with 20 consoles at 10 cameras around the clock and serving all its partners; 5,000,000 one-off
-- bookings of 2 to 6 hours spread over June 2026 to May 2027 (nine in ten approved, the rest waiting), each with its
-- occurrence, shared over every partner a hub serves (Thames Valley's demo partners at their demo hubs included);
-- and 1,000,000 evidence items spread the same way, three in ten shared with the partnership's police force and
-- two in ten disposed of. The session settings bench.bookings (default 5000000) and bench.evidence (default 1000000)
-- set those two counts: `-Dbench.size=small` sets them small.
--
-- Run by org.cctvportal.bench.DashboardBenchmark as the owner role in one transaction, with the booking tables'
-- row triggers off (the rows are written as the portal would leave them; the capacity check is not what this
-- benchmark measures, and the hubs' load segments are not built, so the rota reports no gaps for them).

select setseed(0.20261201);
select set_config('app.scope', 'platform', false);

alter table booking disable trigger user;
alter table booking_occurrence disable trigger user;

-- The hubs of the benchmark partnerships.
create temporary table bench_hub as
select 820000000 + substr(p.id, 7, 2)::int * 10 + h as id, p.id as partnership_id,
       p.id || '-19' as operator_id, p.name as partnership_name, h
from partnership p cross join generate_series(1, 4) h where p.id like 'bench-%';

insert into hub (id, partnership_id, operator_partner_id, name, address, consoles, cameras_per_operator,
        opening_pattern)
select id, partnership_id, operator_id, replace(partnership_name, ' CCTV Partnership', '') || ' hub ' || h,
       h || ' Control Room Street', 20, 10, 'Always'
from bench_hub;

-- Served partners and staffing are written as each hub's operator (their policies admit only the operator).
create function pg_temp.bench_hub_rows(p_partnership varchar, p_operator varchar) returns void
        language plpgsql as $$
begin
    perform set_config('app.partner', p_operator, false);
    insert into hub_served_partner (hub_id, partner_id)
    select h.id, p.id from bench_hub h join partner p on p.partnership_id = h.partnership_id
    where h.partnership_id = p_partnership;
    insert into hub_staffing (id, hub_id, weekday, start_hour, end_hour, consoles)
    select 820000000 + (h.id - 820000000) * 10 + d, h.id, d, 0, 24, 20
    from bench_hub h, generate_series(1, 7) d where h.partnership_id = p_partnership;
end $$;

select pg_temp.bench_hub_rows(partnership_id, operator_id) from (select distinct partnership_id, operator_id
    from bench_hub) o order by partnership_id;
select set_config('app.partner', '', false);

-- Every partner a hub serves, numbered, with the hubs serving it numbered too.
create temporary table bench_booker as
select partner_id, row_number() over (order by partner_id) - 1 as n, array_agg(hub_id order by hub_id) as hubs
from hub_served_partner s join partner p on p.id = s.partner_id
where p.partnership_id like 'bench-%' or p.partnership_id = 'thames-valley'
group by partner_id;

insert into booking (id, partner_id, hub_id, camera_group, cameras, recurrence, starts_at, ends_at, priority,
        customer_kind, status, requested_by, requested_at, decided_by, decided_at)
select 830000000 + x.n, b.partner_id, b.hubs[1 + (x.n / c.total) % array_length(b.hubs, 1)],
       'Bench group ' || x.n, 1 + x.n % 4, 'ONE_OFF', x.starts, x.starts + (2 + x.n % 5) * interval '1 hour',
       'ROUTINE', 'COUNCIL', case when x.n % 10 = 0 then 'REQUESTED' else 'APPROVED' end, 'bench', x.starts - interval '14 days',
       case when x.n % 10 = 0 then null else 'bench' end, case when x.n % 10 = 0 then null else x.starts - interval '7 days' end
from (select n, timestamptz '2026-06-01 18:00:00+00' + ((n::bigint * 7919) % 365) * interval '1 day'
             + (n % 5) * interval '1 hour' as starts from generate_series(0, coalesce(nullif(current_setting('bench.bookings', true), ''), '5000000')::int - 1) n) x
cross join (select count(*) as total from bench_booker) c
join bench_booker b on b.n = x.n % c.total;

insert into booking_occurrence (booking_id, partner_id, hub_id, cameras, period, approved)
select id, partner_id, hub_id, cameras, tstzrange(starts_at, ends_at, '[)'), status = 'APPROVED'
from booking where id between 830000000 and 834999999;

alter table booking enable trigger user;
alter table booking_occurrence enable trigger user;

-- Evidence: written as each partner in turn (its policies admit only its own items and shares).
create function pg_temp.bench_evidence(p_partner varchar, p_police varchar, p_first bigint, p_count int)
        returns void language plpgsql as $$
begin
    perform set_config('app.partner', p_partner, false);
    insert into evidence_item (id, partner_id, title, category, incident_start, incident_end, description, status,
            retain_until, captured_by, captured_by_partner_id, created_at, disposed_at, disposed_by, disposal_reason)
    select p_first + i, p_partner, 'Bench incident ' || i,
           (array['INCIDENT', 'POLICE_REQUEST', 'SUBJECT_ACCESS_REQUEST', 'INSURANCE', 'OTHER'])[1 + i % 5],
           t, t + interval '20 minutes', 'Generated for the dashboard benchmark',
           case when i % 10 < 2 then 'DISPOSED' else 'OPEN' end, (t + interval '31 days')::date, 'bench',
           p_partner, t + interval '2 hours', case when i % 10 < 2 then t + interval '40 days' end,
           case when i % 10 < 2 then 'bench' end, case when i % 10 < 2 then 'Retention period ended' end
    from (select i, timestamptz '2026-01-01 00:00:00+00' + ((i * 104729) % 330) * interval '1 day'
                 + (i % 24) * interval '1 hour' as t from generate_series(0, p_count - 1) i) x;
    if p_police is not null then
        insert into evidence_share (id, partner_id, item_id, recipient_partner_id, reason, expires_at, shared_by,
                shared_at)
        select p_first + i, p_partner, p_first + i, p_police, 'Crime reference bench ' || i,
               e.created_at + interval '30 days', 'bench', e.created_at + ((i % 48) + 1) * interval '1 hour'
        from generate_series(0, p_count - 1) i join evidence_item e on e.id = p_first + i
        where i % 10 >= 7;
    end if;
end $$;

-- Evidence is held by live partners only: the database refuses a share from a partner not yet live.
create temporary table bench_holder as
select p.id, p.partnership_id, row_number() over (order by p.id) - 1 as n,
       (select police.id from partner police where police.partnership_id = p.partnership_id
          and police.kind = 'POLICE_FORCE' and police.id <> p.id order by police.id limit 1) as police
from partner p where (p.partnership_id like 'bench-%' or p.partnership_id = 'thames-valley') and p.status = 'LIVE';

-- 1,000,000 items in all: every holder the same share, the first ones one more.
select pg_temp.bench_evidence(h.id, h.police, 840000000 + h.n * 10000,
       (c.items / c.total + case when h.n < c.items % c.total then 1 else 0 end)::int)
from bench_holder h cross join (select count(*) as total,
        coalesce(nullif(current_setting('bench.evidence', true), ''), '1000000')::int as items from bench_holder) c
order by h.n;

select set_config('app.partner', '', false), set_config('app.scope', '', false);
