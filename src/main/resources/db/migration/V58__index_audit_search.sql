-- The audit trail's search: by person, by action and by record, each newest first within a partner, so that a
-- partnership of many partners with years of events reads one page of a filter by index rather than by scanning the
-- partner's whole trail. The date range uses audit_event_partner_time_idx (V1) and a record's kind with its id
-- audit_event_entity_idx (V2).
create index audit_event_actor_idx on audit_event (partner_id, lower(actor), occurred_at desc, id desc);
create index audit_event_action_idx on audit_event (partner_id, action, occurred_at desc, id desc);
create index audit_event_record_idx on audit_event (partner_id, entity_id, occurred_at desc, id desc);
