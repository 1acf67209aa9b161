-- The search box matches a term anywhere in a few columns, folded to lower case (lower(col) LIKE '%term%'). Trigram
-- GIN indexes on exactly those expressions let PostgreSQL find the matching rows without reading a whole table, at
-- national scale as for one partner; pg_trgm is one of PostgreSQL's contrib modules (trusted: the database's owner
-- may create it).
create extension if not exists pg_trgm;

create index camera_tag_trgm_idx on camera using gin (lower(asset_tag) gin_trgm_ops);
create index site_name_trgm_idx on site using gin (lower(name) gin_trgm_ops);
create index recorder_name_trgm_idx on recorder using gin (lower(name) gin_trgm_ops);
create index booking_group_trgm_idx on booking using gin (lower(camera_group) gin_trgm_ops);
create index evidence_item_title_trgm_idx on evidence_item using gin (lower(title) gin_trgm_ops);
create index evidence_item_police_reference_trgm_idx on evidence_item using gin (lower(police_reference) gin_trgm_ops);
