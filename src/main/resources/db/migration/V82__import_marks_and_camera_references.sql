-- Two costs of a large import, each paid per row or per chunk.
--
-- A camera's partner was checked twice on every insert: by its own foreign key to partner, and by the foreign key of
-- its site (site_id, partner_id), which every camera has (site_id is not null) and whose site row references the
-- same partner. The second implies the first, so the first goes: an import of 100,000 cameras made 100,000 lookups
-- of the same partner row for nothing (about a tenth of the cameras' insert).
alter table camera drop constraint camera_partner_id_fkey;

-- A mark may wait: a step of longer work whose later steps follow within seconds (a chunk of an import, not its
-- last) marks its partner due a few seconds on, so the dashboard worker takes the partner's figures once for several
-- chunks rather than after each of them, and the last step's mark is due at once. dashboard_mark_changed (R__) takes
-- the wait; its one-argument form goes.
alter table dashboard_change add column due_at timestamptz not null default now();
drop function if exists dashboard_mark_changed(character varying[]);
