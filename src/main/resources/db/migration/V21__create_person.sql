-- The portal's record of each person it manages in Keycloak: who they are, their partner, the roles the portal gave
-- them and where they stand (pending until Keycloak has the account, invited until their first request, active,
-- deactivated). The record is written before Keycloak is asked, so a retry after a fault finds what was meant; the
-- request filter reads a person's state on every request, which makes a deactivation hold at once.

create table person (
    id               uuid          primary key,
    partner_id       varchar(64)   not null references partner (id),
    email            varchar(254)  not null,
    first_name       varchar(100)  not null,
    last_name        varchar(100)  not null,
    roles            varchar(500)  not null,
    state            varchar(16)   not null check (state in ('PENDING', 'INVITED', 'ACTIVE', 'DEACTIVATED')),
    keycloak_id      varchar(64)   unique,
    invitation_sent  boolean       not null default false,
    invited_at       timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          integer       not null default 0
);
-- One person per e-mail address across the deployment, as in Keycloak (where the e-mail is the user name).
create unique index person_email_idx on person (lower(email));
create index person_partner_idx on person (partner_id, lower(last_name), lower(first_name));

-- Whether a partner belongs to the caller's partnership. Owner's rights: the caller sees only its own partner row.
create function person_partner_in_partnership(p_partner varchar) returns boolean
    language sql stable security definer set search_path = pg_catalog, public, pg_temp
    as $$ select exists (select 1 from partner where id = p_partner and partnership_id = app_partnership()
                                                 and app_partnership() <> '') $$;
revoke all on function person_partner_in_partnership(varchar) from public;
grant execute on function person_partner_in_partnership(varchar) to ${portal_role};

-- A partner's people are its own; the partnership's PCC office manages the people of every partner of its
-- partnership (the portal lets only its partnership admins do so).
alter table person enable row level security;
alter table person force row level security;
create policy person_own on person for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy person_pcc on person for all
    using (app_is_pcc_office() and person_partner_in_partnership(partner_id))
    with check (app_is_pcc_office() and person_partner_in_partnership(partner_id));

grant select, insert, update on person to ${portal_role};

-- Only a pending record is ever removed: an invitation refused because its e-mail address was taken in Keycloak.
create policy person_remove_pending on person as restrictive for delete using (state = 'PENDING');
grant delete on person to ${portal_role};
