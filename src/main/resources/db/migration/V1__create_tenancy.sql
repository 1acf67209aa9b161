-- Partnerships, their partners and the audit trail, with row-level security as the database's own wall between
-- tenants. The portal connects as ${portal_role}, which owns nothing, so every policy here applies to it. The portal
-- sets app.partner, app.partnership and app.scope on each connection it takes from its pool.

create table partnership (
    id          varchar(64)  primary key,
    name        varchar(200) not null unique,
    region      varchar(200) not null,
    created_at  timestamptz  not null default now()
);

create table partner (
    id                varchar(64)  primary key,
    partnership_id    varchar(64)  not null references partnership (id),
    name              varchar(200) not null,
    kind              varchar(20)  not null
        check (kind in ('PCC_OFFICE', 'COUNCIL', 'OPERATOR', 'POLICE_FORCE', 'BUSINESS')),
    status            varchar(20)  not null
        check (status in ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    ico_registration  varchar(8)
        check (ico_registration ~ '^(Z[0-9]{7}|Z[A-Z][0-9]{6})$'),
    dp_contact_name   varchar(200),
    dp_contact_email  varchar(254),
    funding_end_date  date,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0
);
create unique index partner_name_idx on partner (partnership_id, lower(name));

create table audit_event (
    id           bigint        primary key,
    partner_id   varchar(64)   not null references partner (id),
    actor        varchar(200)  not null,
    action       varchar(64)   not null,
    entity_type  varchar(64)   not null,
    entity_id    varchar(128)  not null,
    summary      varchar(2000) not null,
    occurred_at  timestamptz   not null
);
create index audit_event_partner_time_idx on audit_event (partner_id, occurred_at desc, id desc);
create sequence audit_event_seq increment by 50;

-- The settings the portal puts on each connection; empty (never null) when nothing is set.
create function app_partner() returns text language sql stable
    as $$ select coalesce(current_setting('app.partner', true), '') $$;
create function app_partnership() returns text language sql stable
    as $$ select coalesce(current_setting('app.partnership', true), '') $$;
create function app_scope() returns text language sql stable
    as $$ select coalesce(current_setting('app.scope', true), '') $$;

-- Partners of the current partnership, for the read-only cross-partner scope of partner-owned tables.
create function app_partnership_partners() returns setof varchar language sql stable
    as $$ select id from partner where partnership_id = app_partnership() and app_partnership() <> '' $$;

alter table partnership enable row level security;
alter table partnership force row level security;
create policy partnership_own on partnership for select using (id = app_partnership());
create policy partnership_provision on partnership for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

alter table partner enable row level security;
alter table partner force row level security;
create policy partner_own on partner for select using (id = app_partner());
create policy partner_directory on partner for select
    using (app_scope() = 'partnership' and partnership_id = app_partnership());
create policy partner_admit on partner for insert
    with check (partnership_id = app_partnership() and app_partnership() <> '');
create policy partner_update_own on partner for update
    using (id = app_partner()) with check (id = app_partner() and partnership_id = app_partnership());
create policy partner_provision on partner for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_own on audit_event for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy audit_event_partnership on audit_event for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
create policy audit_event_provision on audit_event for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

grant select, insert, update on partnership, partner to ${portal_role};
grant select, insert on audit_event to ${portal_role};
grant usage, select on sequence audit_event_seq to ${portal_role};
grant execute on function app_partner(), app_partnership(), app_scope(), app_partnership_partners()
    to ${portal_role};
