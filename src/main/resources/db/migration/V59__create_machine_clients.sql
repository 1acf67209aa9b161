-- Machine clients: a partner's other systems (a video management system, a force's evidence system, a BI tool) call
-- the API with a Keycloak confidential client of their own (client credentials). The portal keeps its record of each
-- one: the Keycloak client it made, the roles its service account holds, when a token of it was last seen, and whether
-- it was revoked. The request filter reads the record of every machine client's token, so a revocation holds at once.
-- The record is written (pending) before Keycloak is asked, so an interrupted registration leaves a row saying so.

create table machine_client (
    id                 uuid          primary key,
    partner_id         varchar(64)   not null references partner (id),
    name               varchar(100)  not null,
    client_id          varchar(120)  not null unique,
    keycloak_id        varchar(64)   unique,
    roles              varchar(500)  not null,
    state              varchar(16)   not null check (state in ('PENDING', 'ACTIVE', 'REVOKED')),
    created_by         varchar(254)  not null,
    created_at         timestamptz   not null,
    secret_rotated_at  timestamptz,
    last_used_at       timestamptz,
    revoked_at         timestamptz,
    keycloak_to_remove boolean       not null default false,
    version            integer       not null default 0
);
create index machine_client_partner_idx on machine_client (partner_id, lower(name));

-- A machine client is its partner's alone: the PCC office does not manage another partner's systems.
alter table machine_client enable row level security;
alter table machine_client force row level security;
create policy machine_client_own on machine_client for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
-- Its name, partner and roles are fixed once made (a change of roles is a new client): the portal's role updates only
-- what a registration, a rotation, a use and a revocation change.
grant select, insert on machine_client to ${portal_role};
grant update (keycloak_id, state, secret_rotated_at, last_used_at, revoked_at, keycloak_to_remove, version)
    on machine_client to ${portal_role};
-- Only a pending record is ever removed: a registration Keycloak's absence interrupted, cleaned up.
create policy machine_client_remove_pending on machine_client as restrictive for delete using (state = 'PENDING');
grant delete on machine_client to ${portal_role};

-- A machine client holds only roles its partner's kind allows, like a person (the same trigger function).
create trigger machine_client_roles_fit_kind before insert on machine_client
    for each row execute function person_roles_fit_kind();

-- Whether the partners of a partnership may give their machine clients a role that reaches footage (hub supervisor,
-- operator, evidence officer). Every partner reads its partnership's setting; only the PCC office writes it (the
-- portal lets only its partnership admins do so); no row means no.
create table machine_client_footage (
    partnership_id  varchar(64)   primary key references partnership (id),
    allowed         boolean       not null,
    changed_by      varchar(254)  not null,
    changed_at      timestamptz   not null,
    version         integer       not null default 0
);
alter table machine_client_footage enable row level security;
alter table machine_client_footage force row level security;
create policy machine_client_footage_read on machine_client_footage for select
    using (partnership_id = app_partnership() and app_partnership() <> '');
create policy machine_client_footage_govern_insert on machine_client_footage for insert
    with check (partnership_id = app_partnership() and app_partnership() <> '' and app_is_pcc_office());
create policy machine_client_footage_govern_update on machine_client_footage for update
    using (partnership_id = app_partnership() and app_partnership() <> '' and app_is_pcc_office())
    with check (partnership_id = app_partnership() and app_partnership() <> '' and app_is_pcc_office());
grant select, insert, update on machine_client_footage to ${portal_role};

-- The database's own refusal of a footage role on a machine client of a partnership that has not allowed it, from
-- any code path present or future.
create policy machine_client_footage_allowed on machine_client as restrictive for insert
    with check (not (string_to_array(roles, ',') && array['hub-supervisor', 'operator', 'evidence-officer'])
        or exists (select 1 from machine_client_footage f
                   where f.partnership_id = app_partnership() and app_partnership() <> '' and f.allowed));
