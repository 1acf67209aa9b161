-- The camera estate: each partner's sites, cameras and recorders, and the reference data its partnership keeps
-- (manufacturers with their aliases, operating systems with end-of-support dates). Partner-owned tables carry
-- partner_id; composite foreign keys make a camera's site and recorder belong to the camera's own partner, so no
-- row can point across a tenant boundary even through native SQL.

-- ---- Reference data, one set per partnership ----------------------------------------------------------------------

create table manufacturer (
    id              bigint       primary key,
    partnership_id  varchar(64)  not null references partnership (id),
    name            varchar(120) not null,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (id, partnership_id)
);
create unique index manufacturer_name_idx on manufacturer (partnership_id, lower(name));
create sequence manufacturer_seq increment by 50;

-- alias_key is the alias folded the way the portal compares names: lower case, letters and digits only, so
-- "HIKVISION" and "Hik-vision" are one key. (A lookup also tries the name without company suffixes like "Co., Ltd.")
create table manufacturer_alias (
    id               bigint       primary key,
    partnership_id   varchar(64)  not null,
    manufacturer_id  bigint       not null,
    alias            varchar(200) not null,
    alias_key        varchar(200) not null,
    foreign key (manufacturer_id, partnership_id) references manufacturer (id, partnership_id) on delete cascade,
    unique (partnership_id, alias_key)
);
create sequence manufacturer_alias_seq increment by 50;

create table operating_system (
    id              bigint       primary key,
    partnership_id  varchar(64)  not null references partnership (id),
    name            varchar(120) not null,
    end_of_support  date,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create unique index operating_system_name_idx on operating_system (partnership_id, lower(name));
create sequence operating_system_seq increment by 50;

-- The reference data every partnership starts with; a partnership admin edits its own copy afterwards.
create function seed_estate_reference(p varchar) returns void language plpgsql as $$
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
end $$;

create function seed_estate_reference_for_new_partnership() returns trigger language plpgsql as $$
begin
    perform seed_estate_reference(new.id);
    return new;
end $$;

create trigger partnership_seed_estate_reference after insert on partnership
    for each row execute function seed_estate_reference_for_new_partnership();

select seed_estate_reference(id) from partnership;

-- ---- The estate, one per partner --------------------------------------------------------------------------------

create table site (
    id          bigint       primary key,
    partner_id  varchar(64)  not null references partner (id),
    name        varchar(120) not null,
    kind        varchar(20)  not null
        check (kind in ('TOWN_CENTRE', 'CAR_PARK', 'HOUSING_ESTATE', 'TRANSPORT_HUB', 'COUNCIL_BUILDING', 'OTHER')),
    address     varchar(300),
    postcode    varchar(8)
        check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    sensitive   boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    unique (id, partner_id),
    check ((latitude is null) = (longitude is null))
);
create unique index site_name_idx on site (partner_id, lower(name));
create sequence site_seq increment by 50;

create table recorder (
    id                bigint       primary key,
    partner_id        varchar(64)  not null references partner (id),
    name              varchar(120) not null,
    kind              varchar(20)  not null check (kind in ('NVR', 'VMS_SERVER', 'WORKSTATION')),
    manufacturer_id   bigint       references manufacturer (id),
    model             varchar(120),
    os_id             bigint       references operating_system (id),
    os_version        varchar(60),
    exposure          varchar(20)  not null
        check (exposure in ('ISOLATED', 'PARTNERSHIP_NETWORK', 'INTERNET_FACING')),
    last_patched      date,
    site_id           bigint       not null,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    unique (id, partner_id),
    foreign key (site_id, partner_id) references site (id, partner_id)
);
create unique index recorder_name_idx on recorder (partner_id, lower(name));
create index recorder_site_idx on recorder (partner_id, site_id);
create sequence recorder_seq increment by 50;

create table camera (
    id                bigint        primary key,
    partner_id        varchar(64)   not null references partner (id),
    asset_tag         varchar(40)   not null,
    site_id           bigint        not null,
    manufacturer_id   bigint        references manufacturer (id),
    model             varchar(120),
    type              varchar(20)   not null
        check (type in ('FIXED', 'PTZ', 'DOME', 'MULTI_SENSOR', 'ANPR', 'REDEPLOYABLE')),
    resolution_mp     numeric(4, 1) check (resolution_mp > 0 and resolution_mp <= 100),
    firmware          varchar(60),
    install_date      date,
    next_maintenance  date,
    status            varchar(20)   not null
        check (status in ('LIVE', 'FAULTY', 'OFFLINE', 'DECOMMISSIONED')),
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    bearing           integer       check (bearing between 0 and 359),
    field_of_view     integer       check (field_of_view between 1 and 360),
    connection        varchar(20)   check (connection in ('FIBRE', 'WIRELESS', 'CELLULAR_4G')),
    recorder_id       bigint,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    check ((latitude is null) = (longitude is null)),
    foreign key (site_id, partner_id) references site (id, partner_id),
    foreign key (recorder_id, partner_id) references recorder (id, partner_id)
);
create unique index camera_tag_idx on camera (partner_id, lower(asset_tag));
create index camera_site_idx on camera (partner_id, site_id);
create index camera_status_idx on camera (partner_id, status);
create index camera_maker_idx on camera (partner_id, manufacturer_id);
create index camera_recorder_idx on camera (recorder_id);
create sequence camera_seq increment by 50;

-- Taking a camera offline or decommissioning it records why; the partnership's staff see these changes.
create table camera_status_change (
    id           bigint        primary key,
    partner_id   varchar(64)   not null references partner (id),
    camera_id    bigint        not null references camera (id) on delete cascade,
    asset_tag    varchar(40)   not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    reason       varchar(1000) not null,
    changed_by   varchar(200)  not null,
    changed_at   timestamptz   not null
);
create index camera_status_change_partner_idx on camera_status_change (partner_id, changed_at desc);
create index camera_status_change_camera_idx on camera_status_change (camera_id, changed_at desc);
create sequence camera_status_change_seq increment by 50;

-- An uploaded import waiting for its commit: the file itself is in the imports bucket under object_key.
create table estate_import (
    id            uuid          primary key,
    partner_id    varchar(64)   not null references partner (id),
    subject       varchar(10)   not null check (subject in ('CAMERAS', 'SITES')),
    format        varchar(10)   not null check (format in ('CSV', 'GEOJSON')),
    file_name     varchar(200)  not null,
    object_key    varchar(200)  not null,
    sha256        char(64)      not null,
    size_bytes    bigint        not null,
    status        varchar(12)   not null check (status in ('PREVIEWED', 'COMMITTED', 'DISCARDED')),
    created_by    varchar(200)  not null,
    created_at    timestamptz   not null,
    committed_at  timestamptz,
    outcome       varchar(500)
);
create index estate_import_partner_idx on estate_import (partner_id, created_at desc);

-- Field-level before and after of a change, so a record's history reads from the audit trail.
alter table audit_event add column changes jsonb;
create index audit_event_entity_idx on audit_event (partner_id, entity_type, entity_id, occurred_at desc);

-- ---- Row-level security ------------------------------------------------------------------------------------------

alter table manufacturer enable row level security;
alter table manufacturer force row level security;
alter table manufacturer_alias enable row level security;
alter table manufacturer_alias force row level security;
alter table operating_system enable row level security;
alter table operating_system force row level security;

create policy manufacturer_partnership on manufacturer for all
    using (partnership_id = app_partnership()) with check (partnership_id = app_partnership());
create policy manufacturer_provision on manufacturer for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');
create policy manufacturer_alias_partnership on manufacturer_alias for all
    using (partnership_id = app_partnership()) with check (partnership_id = app_partnership());
create policy manufacturer_alias_provision on manufacturer_alias for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');
create policy operating_system_partnership on operating_system for all
    using (partnership_id = app_partnership()) with check (partnership_id = app_partnership());
create policy operating_system_provision on operating_system for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

alter table site enable row level security;
alter table site force row level security;
alter table recorder enable row level security;
alter table recorder force row level security;
alter table camera enable row level security;
alter table camera force row level security;
alter table camera_status_change enable row level security;
alter table camera_status_change force row level security;
alter table estate_import enable row level security;
alter table estate_import force row level security;

create policy site_own on site for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy site_partnership on site for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
create policy recorder_own on recorder for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy recorder_partnership on recorder for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
create policy camera_own on camera for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy camera_partnership on camera for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
create policy camera_status_change_own on camera_status_change for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy camera_status_change_partnership on camera_status_change for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
create policy estate_import_own on estate_import for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());

grant select, insert, update, delete on manufacturer, manufacturer_alias, operating_system to ${portal_role};
grant select, insert, update, delete on site, recorder, camera to ${portal_role};
grant select, insert on camera_status_change to ${portal_role};
grant select, insert, update on estate_import to ${portal_role};
grant usage, select on sequence manufacturer_seq, manufacturer_alias_seq, operating_system_seq, site_seq,
    recorder_seq, camera_seq, camera_status_change_seq to ${portal_role};
grant execute on function seed_estate_reference(varchar) to ${portal_role};
