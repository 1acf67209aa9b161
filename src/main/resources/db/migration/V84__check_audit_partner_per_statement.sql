-- The audit trail's partner, checked once per statement.
--
-- Every audit event named its partner through a foreign key, checked (and the partner's row locked) once per event: a
-- 1,000-row chunk of an import writes its 1,000 events in one statement, all of one partner, and paid 1,000 lookups of
-- the same row. Here the statement's events are checked together, as V11 did for the findings. Partners are never
-- deleted (no role is granted it) and an event is never changed (the portal's role may only insert and read), so a
-- check when events are written is all the key did. Run as the owner with the service's scope, which reads every
-- partner (partner_counted, V23): the service writes into a PCC office's trail, which its own scope cannot read.
alter table audit_event drop constraint audit_event_partner_id_fkey;

create function audit_event_partner_exists() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    bad varchar;
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'service', true);
    select n.partner_id into bad
      from (select distinct e.partner_id from new_events e) n
     where not exists (select 1 from partner p where p.id = n.partner_id)
     limit 1;
    perform set_config('app.scope', previous, true);
    if bad is not null then
        raise exception 'an audit event names partner %, which does not exist (a foreign key violation)', bad
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
revoke all on function audit_event_partner_exists() from public;
create trigger audit_event_partner after insert on audit_event
    referencing new table as new_events for each statement execute function audit_event_partner_exists();
