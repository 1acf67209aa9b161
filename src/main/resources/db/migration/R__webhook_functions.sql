-- Webhooks: the deliveries of an event to a partner's subscriptions.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). The tables,
-- policies and grants are V61's.

-- webhook_enqueue: made here (V61's tables). Writes, in the caller's transaction, one delivery of an event to each
-- subscription of a partner of the caller's partnership that takes this kind and is not paused (another partner's
-- change, such as a hub deciding a council's booking, reaches the council's subscriptions only through here). The same
-- event twice is written once. Answers how many deliveries were written.
CREATE OR REPLACE FUNCTION public.webhook_enqueue(p_partner varchar, p_kind varchar, p_event uuid, p_payload text,
        p_at timestamptz)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_count integer;
begin
    if not exists (select 1 from partner where id = p_partner and partnership_id = app_partnership()
                   and app_partnership() <> '') then
        raise exception 'partner % is not of the caller''s partnership', p_partner using errcode = '42501';
    end if;
    insert into webhook_delivery (id, subscription_id, partner_id, event_id, event_kind, payload, created_at,
            next_attempt_at)
        select gen_random_uuid(), s.id, s.partner_id, p_event, p_kind, p_payload, p_at, p_at
          from webhook_subscription s
         where s.partner_id = p_partner and s.status <> 'PAUSED' and p_kind = any(string_to_array(s.events, ','))
        on conflict (subscription_id, event_id) do nothing;
    get diagnostics v_count = row_count;
    return v_count;
end
$function$;
revoke all on function public.webhook_enqueue(varchar, varchar, uuid, text, timestamptz) from public;
grant execute on function public.webhook_enqueue(varchar, varchar, uuid, text, timestamptz) to ${portal_role};
