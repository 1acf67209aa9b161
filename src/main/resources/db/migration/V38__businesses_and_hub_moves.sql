-- Businesses buy monitoring, and a partner's bookings move between hubs in one step.
--
-- A business (a shopping centre, a business improvement district, a transport operator) registers its cameras to
-- have them watched; they are not part of the partnership's public estate, so the specification holds them to
-- nothing: no compliance finding is ever stored for a partner of kind BUSINESS, whatever path writes it, and the
-- capital plan, built from findings, has no line for it.
--
-- Moving a partner from one hub to another is the operator's: booking_move_hub moves every requested or approved
-- booking of the partner at the source hub with an occurrence from a given instant to the target hub (which must
-- already serve the partner: the partnership admin agreed it), all or nothing, the target's capacity checked by the
-- same triggers as any approval; the partner then stops being served by the source.

create function compliance_finding_public_estate() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
    if exists (select 1 from partner where id = new.partner_id and kind = 'BUSINESS') then
        return null;
    end if;
    return new;
end $$;
revoke all on function compliance_finding_public_estate() from public;
create trigger compliance_finding_public_estate before insert on compliance_finding
    for each row execute function compliance_finding_public_estate();

-- The owner's function below writes another partner's bookings at the caller's hubs: these policies apply to the
-- owner alone (the portal's role never runs as it), bounded to hubs the caller operates.
create policy booking_moved on booking for insert to current_user
    with check (hub_operated_by_caller(hub_id)
        and hub_id in (select s.hub_id from hub_served_partner s where s.partner_id = booking.partner_id));
create policy booking_occurrence_moved on booking_occurrence for insert to current_user
    with check (hub_operated_by_caller(hub_id));
create policy booking_occurrence_moved_away on booking_occurrence for delete to current_user
    using (hub_operated_by_caller(hub_id));
create policy booking_camera_moved on booking_camera for insert to current_user
    with check (exists (select 1 from booking b where b.id = booking_id and hub_operated_by_caller(b.hub_id)));

-- The moves themselves are booking_move_breaches and booking_move_hub, kept in R__monitoring_moves.sql.

-- A person holds only the roles their partner's kind allows (people's RoleGrants, the one table the pages read): a
-- business's people manage, view and audit, and nobody there runs a hub or the partnership, whatever path writes
-- the person. The function's body is kept in R__people_functions.sql.
create function person_roles_fit_kind() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
    return new;
end $$;
revoke all on function person_roles_fit_kind() from public;
create trigger person_roles_fit_kind before insert or update of roles, partner_id on person
    for each row execute function person_roles_fit_kind();
