-- Owner's-rights functions and row-level security, tightened (docs/security.md, "Owner's-rights functions").
--
-- Every SECURITY DEFINER function runs with search_path = pg_catalog, public, pg_temp: pg_catalog first so no object
-- of the caller's can stand in for a built-in, pg_temp last so a temporary table or function cannot shadow the
-- tables the function means. None is executable by PUBLIC; the portal's role keeps EXECUTE only on the functions it
-- calls (granted by the migration that made each). Nobody may create objects in schema public but its owner.

revoke create on schema public from public;

-- ---- hub_load_add: only the owner's triggers keep the load -------------------------------------------------------

-- The load of every hub is changed only by the approval and release triggers, which now run as the owner (they were
-- the caller's, so hub_load_add had to be executable by PUBLIC and the portal's role could call it with any hub and
-- any delta). Their bodies are unchanged: the approval trigger still locks the hub row under the hub's own policies
-- (forced, so the owner is bound by them too) and refuses a caller who does not operate the hub.
alter function booking_occurrence_capacity() security definer;
alter function booking_occurrence_release() security definer;

-- ---- hub_rostered_at: only about a hub of the caller's partnership ----------------------------------------------

-- The operators rostered at a hub come from its operator's rota, which other partners of the partnership may not
-- read (a booking partner's capacity check needs the numbers). The hub must now be one of the caller's partnership
-- (or the call is in the platform scope); for any other hub the answer is empty.
create or replace function hub_rostered_at(p_hub bigint, p_instants timestamptz[])
        returns table (at timestamptz, rostered integer)
        language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
    select i.at,
        case when exists (select 1 from rota_shift s where s.hub_id = p_hub and s.role = 'OPERATOR'
                and tstzrange(s.starts_at, s.ends_at) @> i.at)
            then (select count(*) from rota_assignment a join rota_shift s on s.id = a.shift_id
                where s.hub_id = p_hub and s.role = 'OPERATOR' and a.period @> i.at)::integer
        end
    from unnest(p_instants) as i(at)
    where exists (select 1 from hub h where h.id = p_hub
        and ((h.partnership_id = app_partnership() and app_partnership() <> '') or app_scope() = 'platform'))
$$;

-- ---- One search_path for every owner's-rights function ------------------------------------------------------------

alter function compliance_evaluate_partnership() set search_path = pg_catalog, public, pg_temp;
alter function compliance_evaluate_assets(bigint[], bigint[], bigint[]) set search_path = pg_catalog, public, pg_temp;
alter function evidence_counts() set search_path = pg_catalog, public, pg_temp;
alter function hub_load_add(bigint, tstzrange, integer) set search_path = pg_catalog, public, pg_temp;
alter function capacity_breaches(bigint, tstzrange[], integer) set search_path = pg_catalog, public, pg_temp;
alter function booking_occurrence_capacity() set search_path = pg_catalog, public, pg_temp;
alter function booking_occurrence_release() set search_path = pg_catalog, public, pg_temp;
alter function rota_gaps(bigint, timestamptz, timestamptz) set search_path = pg_catalog, public, pg_temp;
alter function booking_camera_count_check() set search_path = pg_catalog, public, pg_temp;
alter function rota_watched_partners(bigint, timestamptz, timestamptz) set search_path = pg_catalog, public, pg_temp;
alter function rota_feed_owner(text) set search_path = pg_catalog, public, pg_temp;
alter function switch_off_notice_in_partnership(bigint) set search_path = pg_catalog, public, pg_temp;
alter function assurance_stamp_rows() set search_path = pg_catalog, public, pg_temp;
alter function assurance_stamp_partner() set search_path = pg_catalog, public, pg_temp;

-- ---- Nobody but the owner and, where it calls them, the portal's role executes them --------------------------------

-- Trigger functions need no EXECUTE grant to fire (it is checked when the trigger is created), so the triggers'
-- functions and hub_load_add are the owner's alone.
revoke execute on function compliance_evaluate_partnership() from public;
revoke execute on function compliance_evaluate_assets(bigint[], bigint[], bigint[]) from public;
revoke execute on function evidence_counts() from public;
revoke execute on function hub_load_add(bigint, tstzrange, integer) from public;
revoke execute on function capacity_breaches(bigint, tstzrange[], integer) from public;
revoke execute on function hub_rostered_at(bigint, timestamptz[]) from public;
revoke execute on function booking_occurrence_capacity() from public;
revoke execute on function booking_occurrence_release() from public;
revoke execute on function rota_gaps(bigint, timestamptz, timestamptz) from public;
revoke execute on function booking_camera_count_check() from public;
revoke execute on function rota_watched_partners(bigint, timestamptz, timestamptz) from public;
revoke execute on function rota_feed_owner(text) from public;
revoke execute on function switch_off_notice_in_partnership(bigint) from public;
revoke execute on function assurance_stamp_rows() from public;
revoke execute on function assurance_stamp_partner() from public;

-- ---- FORCE ROW LEVEL SECURITY where the owner's functions can live with the callers' policies --------------------

-- booking_camera: booking_camera_count_check counts a booking's cameras as the owner; every policy that lets a caller
-- see a booking lets it see the booking's cameras (own, hub operator, PCC totals, platform), and the booking is read
-- under its own (forced) policies already, so the count is the same as before.
alter table booking_camera force row level security;

-- booking_occurrence: rota_watched_partners reads every partner's occurrences at a hub, for the hub's operator only
-- (it checks hub_operated_by_caller), which the booking_occurrence_hub_operator policy already admits.
alter table booking_occurrence force row level security;

-- rota_shift, rota_assignment: the capacity functions (hub_rostered_at, rota_gaps) read the rota of a hub of the
-- caller's partnership, which a booking partner may not read in its own right. Forced, with a read policy for the
-- owner (as V5 gives the compliance engine) bounded to the hubs the caller may see: the owner's functions can no
-- longer read the rota of a hub in another partnership, whatever they are asked.
alter table rota_shift force row level security;
alter table rota_assignment force row level security;
create policy rota_shift_capacity on rota_shift for select to current_user
    using (hub_id in (select id from hub));
create policy rota_assignment_capacity on rota_assignment for select to current_user
    using (shift_id in (select id from rota_shift));

-- hub_load stays unforced: it has no policy and no grant to the portal's role, it is every partner's load by design,
-- and only the owner's functions touch it (the triggers above, capacity_breaches and rota_gaps, each for a hub the
-- caller may see). See docs/security.md.
