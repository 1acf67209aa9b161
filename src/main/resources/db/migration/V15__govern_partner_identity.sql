-- A partner cannot change what it is. Its name, kind, status and funding end date are governed by the partnership's
-- PCC office, through partner_govern() below and nothing else: the portal's role keeps UPDATE only on the columns a
-- partner keeps itself (its ICO registration and data-protection contact), so a plain UPDATE of the governed columns
-- by the portal's role, from any code path present or future, is refused with "permission denied".

revoke update on partner from ${portal_role};
grant update (ico_registration, dp_contact_name, dp_contact_email, updated_at, version) on partner to ${portal_role};

-- Only the PCC office admits partners into its partnership (the pages and API already say so; now the database too).
drop policy partner_admit on partner;
create policy partner_admit on partner for insert
    with check (partnership_id = app_partnership() and app_partnership() <> '' and app_is_pcc_office());

-- The governed change runs as this (the owning) role, which FORCE ROW LEVEL SECURITY binds as well: it may update the
-- partners of the session's partnership and no other (it already reads them through partner_engine, V5).
create policy partner_governed on partner for update to current_user
    using (partnership_id = app_partnership() and app_partnership() <> '')
    with check (partnership_id = app_partnership() and app_partnership() <> '');

-- The one path that changes what a partner is. The caller's session must be the partnership's PCC office (app.partner
-- is a PCC_OFFICE partner, which only this function could make it); the partner must be of the same partnership; a
-- reason is required; the PCC office cannot change its own kind or status (it would lock the partnership out of its
-- own governance). Returns the values before the change, read under the row's lock, for the audit trail.
create function partner_govern(p_partner varchar, p_name varchar, p_kind varchar, p_status varchar,
        p_funding_end date, p_reason varchar, p_at timestamptz)
    returns table (before_name varchar, before_kind varchar, before_status varchar, before_funding_end date)
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    v_before partner%rowtype;
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office changes what a partner is' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a change to what a partner is needs a reason' using errcode = '22023';
    end if;
    select * into v_before from partner p
        where p.id = p_partner and p.partnership_id = app_partnership() for update;
    if not found then
        raise exception 'no partner % in this partnership', p_partner using errcode = 'P0002';
    end if;
    if p_partner = app_partner() and (p_kind <> v_before.kind or p_status <> v_before.status) then
        raise exception 'the PCC office cannot change its own kind or status' using errcode = '42501';
    end if;
    update partner p set name = p_name, kind = p_kind, status = p_status, funding_end_date = p_funding_end,
            updated_at = p_at, version = p.version + 1
        where p.id = p_partner;
    return query select v_before.name, v_before.kind, v_before.status, v_before.funding_end_date;
end
$$;
revoke all on function partner_govern(varchar, varchar, varchar, varchar, date, varchar, timestamptz) from public;
grant execute on function partner_govern(varchar, varchar, varchar, varchar, date, varchar, timestamptz)
    to ${portal_role};
