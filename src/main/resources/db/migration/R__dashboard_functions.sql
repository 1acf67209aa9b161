-- Dashboard: the change signal the owning features' changes write.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). The tables,
-- policies and grants are V47's.

-- dashboard_mark_changed: made here (V47's table). Marks partners of the caller's partnership whose dashboard
-- figures a change in the caller's transaction moved (a booking approved by the hub's operator moves the booking
-- partner's figures too), so the mark commits with the change, due after p_wait (V82: a step of longer work with
-- more steps to come waits a few seconds, never more than a minute; any other change, none). Partners of another
-- partnership are not marked. Answers how many were marked.
CREATE OR REPLACE FUNCTION public.dashboard_mark_changed(p_partners character varying[], p_wait interval)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    with marked as (
        insert into dashboard_change (partner_id, partnership_id, due_at)
            select p.id, p.partnership_id, now() + least(greatest(p_wait, interval '0'), interval '1 minute')
              from partner p
            where p.id = any(p_partners) and p.partnership_id = app_partnership() and app_partnership() <> ''
            returning 1)
    select count(*)::integer from marked
$function$;
revoke all on function public.dashboard_mark_changed(character varying[], interval) from public;
grant execute on function public.dashboard_mark_changed(character varying[], interval) to ${portal_role};
