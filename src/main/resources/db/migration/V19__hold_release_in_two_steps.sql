-- Releasing a legal hold takes two steps: one of the owning partner's evidence staff asks for the release (who, when,
-- why are kept on the item while it waits) and a second person confirms it, or the one who asked confirms it after
-- the configured cooling-off period. Until then the item stays on legal hold, so it cannot be disposed of
-- (evidence_item already refuses legal_hold together with DISPOSED).
--
-- The database holds the shape of that rule: a pending release belongs to a held item only, and a hold is lifted
-- only from a pending release. Who may confirm (a different person, or the same after the cooling-off) is decided by
-- the portal, which alone knows the signed-in user. No new table: the columns sit on evidence_item, already under
-- forced row-level security.

alter table evidence_item
    add column release_requested_by  varchar(200),
    add column release_requested_at  timestamptz,
    add column release_reason        varchar(1000),
    add constraint evidence_item_release_complete check (
        (release_requested_by is null) = (release_requested_at is null)
        and (release_requested_at is null) = (release_reason is null)),
    add constraint evidence_item_release_of_held check (release_requested_at is null or legal_hold);

create function evidence_hold_lifted_from_request() returns trigger language plpgsql
    set search_path = pg_catalog, public, pg_temp as $$
begin
    if old.legal_hold and not new.legal_hold and old.release_requested_at is null then
        raise exception 'legal hold on evidence item % lifted without a release request', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
revoke all on function evidence_hold_lifted_from_request() from public;

create trigger evidence_hold_lifted_from_request before update of legal_hold on evidence_item
    for each row execute function evidence_hold_lifted_from_request();
