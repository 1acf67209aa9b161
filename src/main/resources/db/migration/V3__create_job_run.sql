-- Scheduled jobs run once per slot across every replica of the portal. Each replica fires each job on its own timer;
-- before running, it claims the slot (the fire time truncated to the job's interval) by inserting a row here, and only
-- the replica whose insert succeeds runs the job. The row then records which instance ran it and how it ended.
-- Rows older than 90 days are removed as jobs finish, so the table stays small.

create table job_run (
    job          varchar(64)   not null,
    slot         timestamptz   not null,
    instance     varchar(200)  not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    outcome      varchar(500),
    primary key (job, slot)
);

-- Not a partner's data, but the portal role reaches it only at platform scope, which only the scheduled-work
-- mechanism sets: a request (always at partner or partnership scope) can neither read nor write it.
alter table job_run enable row level security;
alter table job_run force row level security;
create policy job_run_platform on job_run for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

grant select, insert, update, delete on job_run to ${portal_role};

-- A job that discards stale imports must find which partners have them: a read at platform scope, never a write
-- (each partner's rows are then changed under that partner's own policy).
create policy estate_import_platform_read on estate_import for select
    using (app_scope() = 'platform');
