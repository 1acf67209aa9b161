-- A disclosure package shared by a secret link until a chosen time: the recipient (a requester, an insurer) downloads
-- the zip without an account. The portal keeps only the SHA-256 of the secret. Issuing a link again replaces it.
alter table disclosure_package add column share_token_hash varchar(64) unique
    check (share_token_hash ~ '^[0-9a-f]{64}$');
alter table disclosure_package add column share_expires_at timestamptz;
alter table disclosure_package add constraint disclosure_package_share_whole
    check ((share_token_hash is null) = (share_expires_at is null));

-- The package is otherwise unchanged once sent: the portal may set only its share.
grant update (share_token_hash, share_expires_at) on disclosure_package to ${portal_role};

-- Only the owner's lookup below reads across partners, and only in the platform scope it sets for itself.
create policy disclosure_package_share_lookup on disclosure_package for select
    using (app_scope() = 'platform' and current_user <> '${portal_role}');

-- Whose package a link's secret opens, while it lasts: read as the owner (the caller has no sign-in, so no partner),
-- returning only the package's id and its partner, so the portal can read it under that partner's policies.
create function disclosure_package_share_owner(p_hash text)
    returns table (package_id uuid, partner_id varchar, partnership_id varchar)
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'platform', true);
    return query select d.id, d.partner_id, p.partnership_id from disclosure_package d
        join partner p on p.id = d.partner_id
        where d.share_token_hash = p_hash and d.share_expires_at > app_now();
    perform set_config('app.scope', previous, true);
exception when others then
    perform set_config('app.scope', previous, true);
    raise;
end $$;
revoke all on function disclosure_package_share_owner(text) from public;
grant execute on function disclosure_package_share_owner(text) to ${portal_role};
