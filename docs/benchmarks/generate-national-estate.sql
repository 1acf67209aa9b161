-- The national-scale estate the estate-register benchmark measures against: 25 partnerships of 20 partners (500
-- partners), each partner with 40 sites, 2 recorders per site and 2,000 cameras (1,000,000 cameras in all), plus 40
-- sites for the demo partner tv-oxford-city, whose manager the benchmark signs in as, and cameras up to 2,000 in all
-- beside the demo's own (and sites without cameras for tv-cherwell, where the import measurement puts its cameras).
--
-- Run by org.cctvportal.bench.EstateBenchmark as the owner role (cctv_owner), after the portal's Flyway migrations
-- have created the schema, in one transaction (all or nothing). Set-based: one INSERT ... SELECT per table and
-- partner. Deterministic: the same seed gives the same estate.
--
-- Every table has FORCE ROW LEVEL SECURITY, so the owner is bound by the policies too: app.scope = 'platform' admits
-- the partnerships, partners and their reference data (the partnership trigger seeds each one's manufacturers and
-- operating systems), and app.partner is set to each partner in turn for its sites, recorders and cameras.

-- The size comes from settings the benchmark may put on the session (the defaults are the national scale):
-- bench.partnerships (1 to 25, default 25), bench.partners (per partnership, default 20), bench.sites (per partner,
-- default 40) and bench.cameras (per partner, default 2000). `-Dbench.size=small` sets them small.

select setseed(0.20260101);
create function pg_temp.bench_size(p_name text, p_default int) returns int language sql as $$
    select coalesce(nullif(current_setting('bench.' || p_name, true), ''), p_default::text)::int $$;
select set_config('app.scope', 'platform', false);

-- One partner's estate: p_sites sites around (p_lat, p_lon), two recorders per site, p_cameras cameras.
create function pg_temp.bench_estate(p_partner varchar, p_town text, p_postcode text, p_tag text,
                                     p_lat double precision, p_lon double precision,
                                     p_sites int, p_cameras int) returns void language plpgsql as $$
declare
    v_partnership varchar;
    v_makers bigint[];
    v_systems bigint[];
    v_sites bigint[];
    v_site_lat double precision[];
    v_site_lon double precision[];
    v_recorders bigint[];
    v_before bigint;
begin
    perform set_config('app.partner', p_partner, false);
    -- Only the sites made here take the cameras made here (a demo partner keeps its own sites as they are).
    select coalesce(max(id), 0) into v_before from site where partner_id = p_partner;
    select partnership_id into strict v_partnership from partner where id = p_partner;
    select array_agg(id order by name) into v_makers from manufacturer where partnership_id = v_partnership;
    select array_agg(id order by name) into v_systems from operating_system where partnership_id = v_partnership;

    insert into site (id, partner_id, name, kind, address, postcode, latitude, longitude, sensitive)
    select nextval('site_seq'), p_partner,
           p_town || ' ' || (array['High Street', 'Market Square', 'Bus Station', 'Railway Station', 'Castle Street',
               'Church Lane', 'Bridge Street', 'Park Road', 'Victoria Road', 'London Road', 'Station Approach',
               'Queen Street', 'King Street', 'Mill Lane', 'Riverside', 'Town Hall', 'Leisure Centre',
               'Multi-storey Car Park', 'Shopping Centre', 'Retail Park'])[1 + (s - 1) % 20]
               || case when s > 20 then ' North' else '' end,
           (array['TOWN_CENTRE', 'TOWN_CENTRE', 'TRANSPORT_HUB', 'TRANSPORT_HUB', 'TOWN_CENTRE', 'HOUSING_ESTATE',
               'TOWN_CENTRE', 'HOUSING_ESTATE', 'HOUSING_ESTATE', 'OTHER', 'TRANSPORT_HUB', 'TOWN_CENTRE',
               'TOWN_CENTRE', 'HOUSING_ESTATE', 'OTHER', 'COUNCIL_BUILDING', 'COUNCIL_BUILDING', 'CAR_PARK',
               'TOWN_CENTRE', 'CAR_PARK'])[1 + (s - 1) % 20],
           s || ' ' || p_town,
           p_postcode || (1 + s % 9) || ' ' || (s % 10) || chr(65 + (s * 7) % 26) || chr(65 + (s * 11) % 26),
           p_lat + (random() - 0.5) * 0.12, p_lon + (random() - 0.5) * 0.2,
           s % 17 = 0
    from generate_series(1, p_sites) s;

    select array_agg(id order by id), array_agg(latitude order by id), array_agg(longitude order by id)
      into v_sites, v_site_lat, v_site_lon
      from site where partner_id = p_partner and id > v_before;

    insert into recorder (id, partner_id, name, kind, manufacturer_id, model, os_id, os_version, exposure,
                          last_patched, site_id)
    select nextval('recorder_seq'), p_partner, s.name || ' recorder ' || r,
           case r when 1 then 'NVR' else 'VMS_SERVER' end,
           v_makers[1 + floor(random() * array_length(v_makers, 1))::int],
           (array['DS-9632NI-M8', 'NVR5864-EI', 'S2224', 'DIVAR IP all-in-one 7000', 'XRN-6420DB4'])
               [1 + floor(random() * 5)::int],
           v_systems[1 + floor(random() * array_length(v_systems, 1))::int], null,
           case when random() < 0.8 then 'PARTNERSHIP_NETWORK' when random() < 0.75 then 'ISOLATED'
                else 'INTERNET_FACING' end,
           current_date - (random() * 400)::int, s.id
    from site s cross join generate_series(1, 2) r
    where s.partner_id = p_partner and s.id > v_before;

    select array_agg(id order by site_id, id) into v_recorders from recorder
     where partner_id = p_partner and site_id > v_before;

    insert into camera (id, partner_id, asset_tag, site_id, manufacturer_id, model, type, resolution_mp, firmware,
                        install_date, next_maintenance, status, latitude, longitude, bearing, field_of_view,
                        connection, recorder_id)
    select nextval('camera_seq'), p_partner, p_tag || '-' || lpad(c::text, 5, '0'), v_sites[si],
           case when r5 < 0.02 then null
                else v_makers[1 + floor(power(r5, 1.7) * array_length(v_makers, 1))::int] end,
           (array['DS-2CD2387G2-LU', 'IPC-HFW5442E-ZE', 'M3086-V', 'AUTODOME IP 5000i', 'XNP-6400RW', 'H5A-DO-3',
               'P3265-LVE', 'FLEXIDOME IP 5100i', 'WV-S2136L', 'SNC-VB770', 'M16B', 'IP9171-HP'])
               [1 + floor(r6 * 12)::int],
           case when r1 < 0.40 then 'FIXED' when r1 < 0.65 then 'DOME' when r1 < 0.80 then 'PTZ'
                when r1 < 0.88 then 'MULTI_SENSOR' when r1 < 0.95 then 'ANPR' else 'REDEPLOYABLE' end,
           (array[2, 4, 5, 8, 12, 4, 8])[1 + floor(r3 * 7)::int],
           'V' || (4 + floor(r4 * 3)::int) || '.' || floor(r6 * 10)::int || '.' || floor(r3 * 20)::int,
           date '2012-01-01' + floor(r4 * 4700)::int,
           case when r6 < 0.03 then null else current_date - 60 + floor(r3 * 425)::int end,
           case when r2 < 0.90 then 'LIVE' when r2 < 0.95 then 'FAULTY' when r2 < 0.98 then 'OFFLINE'
                else 'DECOMMISSIONED' end,
           v_site_lat[si] + (r4 - 0.5) * 0.004, v_site_lon[si] + (r5 - 0.5) * 0.006,
           floor(r1 * 360)::int % 360,
           case when r1 >= 0.65 and r1 < 0.80 then 360 else 30 + floor(r2 * 90)::int end,
           case when r3 < 0.7 then 'FIBRE' when r3 < 0.9 then 'WIRELESS' else 'CELLULAR_4G' end,
           v_recorders[2 * (si - 1) + 1 + c % 2]
    from (select c, 1 + floor(power(random(), 1.3) * p_sites)::int as si, random() as r1, random() as r2,
                 random() as r3, random() as r4, random() as r5, random() as r6
          from generate_series(1, p_cameras) c) x;
end $$;

-- 25 partnerships across England and Wales, each with its centre for the partners' estates.
create temporary table bench_region (n int, region text, town text, postcode text, lat double precision,
                                     lon double precision);
insert into bench_region values
    (1, 'Cumbria', 'Carlisle', 'CA', 54.89, -2.93), (2, 'Northumbria', 'Newcastle', 'NE', 54.97, -1.61),
    (3, 'Durham', 'Durham', 'DH', 54.78, -1.57), (4, 'Cleveland', 'Middlesbrough', 'TS', 54.57, -1.23),
    (5, 'North Yorkshire', 'York', 'YO', 53.96, -1.08), (6, 'West Yorkshire', 'Leeds', 'LS', 53.80, -1.55),
    (7, 'South Yorkshire', 'Sheffield', 'S', 53.38, -1.47), (8, 'Humberside', 'Hull', 'HU', 53.74, -0.33),
    (9, 'Lancashire', 'Preston', 'PR', 53.76, -2.70), (10, 'Merseyside', 'Liverpool', 'L', 53.41, -2.98),
    (11, 'Greater Manchester', 'Manchester', 'M', 53.48, -2.24), (12, 'Cheshire', 'Chester', 'CH', 53.19, -2.89),
    (13, 'Derbyshire', 'Derby', 'DE', 52.92, -1.48), (14, 'Nottinghamshire', 'Nottingham', 'NG', 52.95, -1.15),
    (15, 'Lincolnshire', 'Lincoln', 'LN', 53.23, -0.54), (16, 'Staffordshire', 'Stafford', 'ST', 52.81, -2.12),
    (17, 'West Midlands', 'Birmingham', 'B', 52.49, -1.89), (18, 'Leicestershire', 'Leicester', 'LE', 52.64, -1.13),
    (19, 'Norfolk', 'Norwich', 'NR', 52.63, 1.30), (20, 'Suffolk', 'Ipswich', 'IP', 52.06, 1.16),
    (21, 'Essex', 'Chelmsford', 'CM', 51.74, 0.47), (22, 'Kent', 'Maidstone', 'ME', 51.27, 0.52),
    (23, 'Sussex', 'Brighton', 'BN', 50.82, -0.14), (24, 'Hampshire', 'Southampton', 'SO', 50.91, -1.40),
    (25, 'Devon and Cornwall', 'Exeter', 'EX', 50.72, -3.53);

delete from bench_region where n > pg_temp.bench_size('partnerships', 25);

insert into partnership (id, name, region)
select 'bench-' || lpad(n::text, 2, '0'), region || ' CCTV Partnership', region from bench_region;

insert into partner (id, partnership_id, name, kind, status, dp_contact_name, dp_contact_email)
select 'bench-' || lpad(r.n::text, 2, '0') || '-' || lpad(k::text, 2, '0'), 'bench-' || lpad(r.n::text, 2, '0'),
       case k when 1 then 'Office of the Police and Crime Commissioner for ' || r.region
              when 19 then r.region || ' Monitoring Services'
              when 20 then r.region || ' Police'
              else r.region || ' District Council ' || (k - 1) end,
       case k when 1 then 'PCC_OFFICE' when 19 then 'OPERATOR' when 20 then 'POLICE_FORCE' else 'COUNCIL' end,
       'LIVE', 'Data Protection Officer',
       'dpo@bench-' || lpad(r.n::text, 2, '0') || '-' || lpad(k::text, 2, '0') || '.bench.cctv-portal.test'
from bench_region r cross join generate_series(1, pg_temp.bench_size('partners', 20)) k;

-- 500 partners' estates, each a little way from its partnership's centre.
select pg_temp.bench_estate(p.id, r.town, r.postcode, 'B' || lpad(r.n::text, 2, '0') || lpad(k::text, 2, '0'),
                            r.lat + ((k % 5) - 2) * 0.08, r.lon + ((k / 5) - 2) * 0.12,
                            pg_temp.bench_size('sites', 40), pg_temp.bench_size('cameras', 2000))
from bench_region r cross join generate_series(1, pg_temp.bench_size('partners', 20)) k
join partner p on p.id = 'bench-' || lpad(r.n::text, 2, '0') || '-' || lpad(k::text, 2, '0')
order by r.n, k;

-- The measured partner: Oxford City Council (demo data) with an estate of the same size: the demo's sites and cameras
-- kept, 40 sites of its own ("Oxford City ...", so no name meets a demo site's) and cameras up to 2,000 in all.
select set_config('app.partner', 'tv-oxford-city', false);
select pg_temp.bench_estate('tv-oxford-city', 'Oxford City', 'OX', 'OXC', 51.752, -1.258,
                            pg_temp.bench_size('sites', 40),
                            greatest(0, pg_temp.bench_size('cameras', 2000)
                                        - (select count(*)::int from camera where partner_id = 'tv-oxford-city')));

-- The import measurement's target: Cherwell District Council (demo data, cherwell.manager signs in) gets sites and
-- recorders of the same shape and no cameras, so imported cameras never change the measured partner's list.
select set_config('app.partner', 'tv-cherwell', false);
select pg_temp.bench_estate('tv-cherwell', 'Banbury', 'OX', 'CHW', 52.06, -1.34, pg_temp.bench_size('sites', 40), 0)
where not exists (select 1 from site where partner_id = 'tv-cherwell');

select set_config('app.partner', '', false), set_config('app.scope', '', false);
