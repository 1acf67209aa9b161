-- Long work a person starts (an estate import's commit, say) runs as a job: a row here says what it is, whose it is,
-- how far it has come and how it ended. Any replica's runner claims a waiting job (FOR UPDATE SKIP LOCKED, so two
-- runners never take one row) and records a heartbeat as it goes; a job whose heartbeat has gone stale (its runner
-- died) is claimed again. Each kind's work commits in chunks that move `done` in the same transaction, so a job taken
-- up again continues after the last committed chunk.
create table portal_job (
    id              uuid           primary key,
    partner_id      varchar(64)    not null references partner (id),
    partnership_id  varchar(64)    not null,
    kind            varchar(40)    not null,
    -- The record the job works on (an import's id): one live job per kind and record.
    subject_id      varchar(100)   not null,
    -- Who started it: the account's name as shown, and its subject in the token (whom the notification reaches).
    started_by      varchar(200)   not null,
    started_by_account varchar(100),
    status          varchar(10)    not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done            bigint         not null default 0 check (done >= 0),
    total           bigint         check (total >= 0),
    message         varchar(1000),
    result_path     varchar(300),
    created_at      timestamptz    not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    heartbeat_at    timestamptz,
    runner          varchar(200),
    attempts        integer        not null default 0,
    check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
create index portal_job_waiting_idx on portal_job (created_at) where status in ('QUEUED', 'RUNNING');
create unique index portal_job_live_idx on portal_job (kind, subject_id) where status in ('QUEUED', 'RUNNING');
create index portal_job_subject_idx on portal_job (partner_id, subject_id, created_at desc);

alter table portal_job enable row level security;
alter table portal_job force row level security;
create policy portal_job_own on portal_job for all
    using (partner_id = app_partner()) with check (partner_id = app_partner() and app_partner() <> '');
-- The runner finds and claims waiting jobs at platform scope; the work itself then runs under the job's partner.
create policy portal_job_platform on portal_job for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');

grant select, insert, update on portal_job to ${portal_role};
