-- The partnership's single specification, in versions: a DRAFT the partnership admin edits, the RATIFIED one every
-- partner is held to, and SUPERSEDED ones kept for the record. Each rule row carries partnership_id (row-level
-- security) and version_id. A ratified version never changes: triggers refuse any change to the rules of a version
-- that is not a draft, and any change to a ratified version's own row except its move to SUPERSEDED.

create table specification_version (
    id                   bigint        primary key,
    partnership_id       varchar(64)   not null references partnership (id),
    number               integer       not null check (number > 0),
    status               varchar(12)   not null check (status in ('DRAFT', 'RATIFIED', 'SUPERSEDED')),
    max_asset_age_years  integer       check (max_asset_age_years between 1 and 50),
    notes                varchar(2000),
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    ratified_by          varchar(200),
    ratified_at          timestamptz,
    version              integer       not null default 0,
    unique (partnership_id, number),
    unique (id, partnership_id),
    check ((status = 'DRAFT') = (ratified_at is null))
);
create unique index specification_one_draft_idx on specification_version (partnership_id) where status = 'DRAFT';
create unique index specification_one_ratified_idx on specification_version (partnership_id)
    where status = 'RATIFIED';
create sequence specification_version_seq increment by 50;

-- Every rule table draws its ids from one sequence.
create sequence spec_rule_seq increment by 50;

create table spec_min_resolution (
    id              bigint        primary key,
    partnership_id  varchar(64)   not null,
    version_id      bigint        not null,
    camera_type     varchar(20)   not null
        check (camera_type in ('FIXED', 'PTZ', 'DOME', 'MULTI_SENSOR', 'ANPR', 'REDEPLOYABLE')),
    min_mp          numeric(4, 1) not null check (min_mp > 0 and min_mp <= 100),
    foreign key (version_id, partnership_id) references specification_version (id, partnership_id),
    unique (version_id, camera_type)
);

create table spec_flagged_maker (
    id               bigint        primary key,
    partnership_id   varchar(64)   not null,
    version_id       bigint        not null,
    manufacturer_id  bigint        not null,
    level            varchar(12)   not null check (level in ('BANNED', 'RESTRICTED')),
    reason           varchar(1000) not null,
    source           varchar(300)  not null,
    foreign key (version_id, partnership_id) references specification_version (id, partnership_id),
    foreign key (manufacturer_id, partnership_id) references manufacturer (id, partnership_id),
    unique (version_id, manufacturer_id)
);

create table spec_approved_product (
    id               bigint         primary key,
    partnership_id   varchar(64)    not null,
    version_id       bigint         not null,
    manufacturer_id  bigint         not null,
    model            varchar(120)   not null,
    camera_type      varchar(20)    not null
        check (camera_type in ('FIXED', 'PTZ', 'DOME', 'MULTI_SENSOR', 'ANPR', 'REDEPLOYABLE')),
    min_firmware     varchar(60),
    unit_price       numeric(10, 2) not null check (unit_price >= 0),
    install_cost     numeric(10, 2) not null check (install_cost >= 0),
    foreign key (version_id, partnership_id) references specification_version (id, partnership_id),
    foreign key (manufacturer_id, partnership_id) references manufacturer (id, partnership_id)
);
create unique index spec_approved_product_idx on spec_approved_product (version_id, manufacturer_id, lower(model));

-- Secure by Default is a standard a maker meets; vendor risk is the flagged list. A maker can be in both.
create table spec_standard (
    id              bigint        primary key,
    partnership_id  varchar(64)   not null,
    version_id      bigint        not null,
    code            varchar(60)   not null,
    name            varchar(200)  not null,
    kind            varchar(20)   not null check (kind in ('SECURE_BY_DEFAULT', 'OTHER')),
    foreign key (version_id, partnership_id) references specification_version (id, partnership_id),
    unique (id, version_id)
);
create unique index spec_standard_code_idx on spec_standard (version_id, lower(code));

create table spec_standard_maker (
    id               bigint       primary key,
    partnership_id   varchar(64)  not null,
    version_id       bigint       not null,
    standard_id      bigint       not null,
    manufacturer_id  bigint       not null,
    foreign key (standard_id, version_id) references spec_standard (id, version_id) on delete cascade,
    foreign key (manufacturer_id, partnership_id) references manufacturer (id, partnership_id),
    unique (standard_id, manufacturer_id)
);

create table spec_supported_os (
    id                   bigint       primary key,
    partnership_id       varchar(64)  not null,
    version_id           bigint       not null,
    operating_system_id  bigint       not null references operating_system (id),
    foreign key (version_id, partnership_id) references specification_version (id, partnership_id),
    unique (version_id, operating_system_id)
);

-- ---- A ratified version never changes --------------------------------------------------------------------------

create function spec_rule_only_in_draft() returns trigger language plpgsql as $$
declare
    v bigint := case when tg_op = 'DELETE' then old.version_id else new.version_id end;
    s varchar;
begin
    select status into s from specification_version where id = v;
    if s is distinct from 'DRAFT' or (tg_op = 'UPDATE' and old.version_id <> new.version_id) then
        raise exception 'specification version % is not a draft; its rules cannot change', v
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger spec_min_resolution_draft before insert or update or delete on spec_min_resolution
    for each row execute function spec_rule_only_in_draft();
create trigger spec_flagged_maker_draft before insert or update or delete on spec_flagged_maker
    for each row execute function spec_rule_only_in_draft();
create trigger spec_approved_product_draft before insert or update or delete on spec_approved_product
    for each row execute function spec_rule_only_in_draft();
create trigger spec_standard_draft before insert or update or delete on spec_standard
    for each row execute function spec_rule_only_in_draft();
create trigger spec_standard_maker_draft before insert or update or delete on spec_standard_maker
    for each row execute function spec_rule_only_in_draft();
create trigger spec_supported_os_draft before insert or update or delete on spec_supported_os
    for each row execute function spec_rule_only_in_draft();

-- A draft may change freely and become RATIFIED; a ratified version may only become SUPERSEDED (its lock column
-- moving with it); a superseded one never changes; only a draft may be deleted.
create function specification_version_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'specification version % is % and cannot be deleted', old.number, old.status
                using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' then
        return new;
    end if;
    if old.status = 'RATIFIED' and new.status = 'SUPERSEDED'
            and (new.id, new.partnership_id, new.number, new.max_asset_age_years, new.notes, new.created_by,
                 new.created_at, new.ratified_by, new.ratified_at)
            is not distinct from (old.id, old.partnership_id, old.number, old.max_asset_age_years, old.notes,
                 old.created_by, old.created_at, old.ratified_by, old.ratified_at) then
        return new;
    end if;
    raise exception 'specification version % is % and cannot change', old.number, old.status
        using errcode = 'check_violation';
end $$;

create trigger specification_version_frozen before update or delete on specification_version
    for each row execute function specification_version_frozen();

-- ---- Row-level security ------------------------------------------------------------------------------------------

do $$
declare
    t text;
begin
    foreach t in array array['specification_version', 'spec_min_resolution', 'spec_flagged_maker',
            'spec_approved_product', 'spec_standard', 'spec_standard_maker', 'spec_supported_os'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all using (partnership_id = app_partnership()) '
            || 'with check (partnership_id = app_partnership())', t || '_partnership', t);
        execute format('create policy %I on %I for all using (app_scope() = ''platform'') '
            || 'with check (app_scope() = ''platform'')', t || '_provision', t);
    end loop;
end $$;

grant select, insert, update, delete on specification_version, spec_min_resolution, spec_flagged_maker,
    spec_approved_product, spec_standard, spec_standard_maker, spec_supported_os to ${portal_role};
grant usage, select on sequence specification_version_seq, spec_rule_seq to ${portal_role};
