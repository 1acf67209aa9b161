-- The audit trail kept two indexes of a record's events: audit_event_entity_idx (V2: partner, kind, id, newest
-- first) and audit_event_record_idx (V58: partner, id, newest first), and every event written kept both up to date,
-- an import of 100,000 cameras 100,000 entries of each. V2's stays: it serves a record's history and a search by
-- record with its kind exactly, and a search by kind alone (0.02 ms for a partner's few sites among 100,000 camera
-- events, where without it the partner's whole trail was read, 175 ms). A search by record without its kind now
-- reads the partner's entries of that index, checking the id in the index (6 ms for 100,000 events, against 0.1 ms).
drop index audit_event_record_idx;
