-- An import's commit runs as a job in chunks: each chunk's transaction records the last line it applied and adds its
-- rows to the counts, so a commit taken up again (its runner died, or a chunk was refused and the cause mended)
-- continues after the last committed chunk and reports every row once.
alter table estate_import add column applied_through_line bigint not null default 0;
alter table estate_import add column rows_created bigint not null default 0;
alter table estate_import add column rows_updated bigint not null default 0;
alter table estate_import add column rows_unchanged bigint not null default 0;
