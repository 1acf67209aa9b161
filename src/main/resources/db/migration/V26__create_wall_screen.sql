-- Wall screens: a browser in a control room that shows one hub's board through a shift with nobody signed in. A hub
-- supervisor starts one (naming the screen) and may revoke it; it ends by itself at its expiry. The browser holds a
-- random secret in a cookie; only the secret's SHA-256 (hex) is stored, so the secret cannot be read back from here.
-- The rows belong to the hub's operator partner (forced row-level security, like the rest of the rota).

create table wall_screen (
    id            bigint        primary key,
    partner_id    varchar(64)   not null references partner (id),
    hub_id        bigint        not null references hub (id) on delete cascade,
    name          varchar(60)   not null check (btrim(name) <> ''),
    secret_hash   varchar(64)   not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
    started_at    timestamptz   not null,
    started_by    varchar(200)  not null,
    expires_at    timestamptz   not null,
    revoked_at    timestamptz,
    revoked_by    varchar(200),
    last_seen_at  timestamptz,
    version       integer       not null default 0,
    check (expires_at > started_at),
    check ((revoked_at is null) = (revoked_by is null))
);
create index wall_screen_hub_idx on wall_screen (partner_id, hub_id, started_at desc);
create sequence wall_screen_seq increment by 50;

alter table wall_screen enable row level security;
alter table wall_screen force row level security;
create policy wall_screen_own on wall_screen for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy wall_screen_provision on wall_screen for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');

-- A revoked screen stays revoked, and nothing but a revocation or the last time it was seen changes a screen.
create function wall_screen_guard() returns trigger language plpgsql as $$
begin
    if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
        raise exception 'wall screen % is revoked', old.id using errcode = 'check_violation';
    end if;
    if (new.partner_id, new.hub_id, new.name, new.secret_hash, new.started_at, new.started_by, new.expires_at)
            is distinct from (old.partner_id, old.hub_id, old.name, old.secret_hash, old.started_at, old.started_by,
                              old.expires_at) then
        raise exception 'only a revocation changes wall screen %', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger wall_screen_guard before update on wall_screen for each row execute function wall_screen_guard();

-- Whose screen a secret opens: the screen, its partner and the partnership, for the secret's hash alone. The screen
-- asks without a sign-in, so this is how the portal learns whose rota to read; as rota_feed_owner, it reads that one
-- row in the platform scope and puts the caller's scope back before it answers.
create function wall_screen_owner(p_hash text)
        returns table (screen_id bigint, partner_id varchar, partnership_id varchar)
        language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'platform', true);
    return query select w.id, w.partner_id, p.partnership_id from wall_screen w
        join partner p on p.id = w.partner_id where w.secret_hash = p_hash;
    perform set_config('app.scope', previous, true);
exception when others then
    perform set_config('app.scope', previous, true);
    raise;
end $$;
revoke execute on function wall_screen_owner(text) from public;

grant select, insert, update on wall_screen to ${portal_role};
grant usage, select on sequence wall_screen_seq to ${portal_role};
grant execute on function wall_screen_owner(text) to ${portal_role};
