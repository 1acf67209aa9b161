-- A record's history (its kind and id, newest first) is read through audit_event_record_idx (V58: partner, id,
-- newest first), its kind checked on the few events of that id; audit_event_entity_idx (V2: partner, kind, id,
-- newest first) held the same events a second time. Every event written kept both up to date: an import of
-- 100,000 cameras wrote 100,000 entries of kind and id more than it needed. A search by kind alone reads the
-- partner's trail newest first (audit_event_partner_time_idx), as a filter of a few kinds over a whole trail did
-- through this index anyway.
drop index audit_event_entity_idx;
