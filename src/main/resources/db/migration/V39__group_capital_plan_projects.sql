-- Capital plan projects: a partner's named group of the replacements its plan holds (the Mansfield report's
-- "control-room upgrade"), so a project's cost per financial year can be put to a cabinet as one line. A project
-- names its items by asset (camera or recorder), not by finding: the plan gives each asset once, with its cost and
-- due year, and a project follows it while the asset's replacement stands. An asset is in one project at most.
--
-- The rows are the owning partner's (forced row-level security, as its findings); the PCC office reads every partner's
-- projects of its partnership through the capital plan's cross-partner path, read-only.
create table capital_project (
    id          bigint        primary key,
    partner_id  varchar(64)   not null references partner (id),
    name        varchar(120)  not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null,
    version     integer       not null default 0,
    constraint capital_project_partner_key unique (id, partner_id)
);
create sequence capital_project_seq increment by 50;
create unique index capital_project_name_idx on capital_project (partner_id, lower(name));

create table capital_project_item (
    id          bigint        primary key,
    project_id  bigint        not null,
    partner_id  varchar(64)   not null,
    asset_kind  varchar(10)   not null check (asset_kind in ('CAMERA', 'RECORDER')),
    asset_id    bigint        not null,
    asset_label varchar(120)  not null,
    added_by    varchar(200)  not null,
    added_at    timestamptz   not null,
    -- The item is its project's partner's: never another partner's project holding one's asset.
    constraint capital_project_item_project_fk foreign key (project_id, partner_id)
        references capital_project (id, partner_id) on delete cascade,
    constraint capital_project_item_asset_key unique (partner_id, asset_kind, asset_id)
);
create sequence capital_project_item_seq increment by 50;
create index capital_project_item_project_idx on capital_project_item (project_id);

alter table capital_project enable row level security;
alter table capital_project force row level security;
create policy capital_project_own on capital_project for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy capital_project_partnership on capital_project for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));

alter table capital_project_item enable row level security;
alter table capital_project_item force row level security;
create policy capital_project_item_own on capital_project_item for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy capital_project_item_partnership on capital_project_item for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));

grant select, insert, update on capital_project to ${portal_role};
grant select, insert, delete on capital_project_item to ${portal_role};
grant usage, select on sequence capital_project_seq, capital_project_item_seq to ${portal_role};
