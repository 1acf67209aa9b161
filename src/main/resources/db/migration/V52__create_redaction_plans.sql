-- A redaction plan: the boxes that hide third parties in one master exhibit (each with its time range, keyframes,
-- method and the person's decision), whether the sound is kept, every decision in order, and the render that makes
-- the redacted derivative from it. The render is a job in this row: queued, claimed by one worker (its heartbeat
-- says it is alive; a stale one is taken to have died with its portal and is claimed again), done with the
-- derivative's id, failed with its reason, or cancelled. At most one plan per master is not yet done.
create table redaction_plan (
    id                  bigint         primary key,
    partner_id          varchar(64)    not null references partner (id),
    item_id             bigint         not null references evidence_item (id),
    master_file_id      uuid           not null references evidence_file (id),
    width               integer        not null check (width > 0),
    height              integer        not null check (height > 0),
    duration_seconds    double precision not null check (duration_seconds > 0),
    fps                 double precision not null check (fps > 0),
    has_audio           boolean        not null,
    keep_audio          boolean        not null default false,
    boxes               text           not null default '[]',
    decisions           text           not null default '[]',
    status              varchar(12)    not null check (status in ('DRAFT', 'QUEUED', 'RENDERING', 'DONE', 'FAILED',
                                                                  'CANCELLED')),
    progress            integer        not null default 0 check (progress between 0 and 100),
    cancel_requested    boolean        not null default false,
    message             varchar(500),
    plan_sha256         varchar(64),
    derivative_file_id  uuid           references evidence_file (id),
    created_by          varchar(200)   not null,
    created_at          timestamptz    not null,
    queued_by           varchar(200),
    queued_at           timestamptz,
    heartbeat_at        timestamptz,
    finished_at         timestamptz,
    constraint redaction_plan_done_has_derivative check (status <> 'DONE' or derivative_file_id is not null)
);
create sequence redaction_plan_seq increment by 50;
-- A failed or cancelled render leaves its plan open to render again; a done one is closed for good.
create unique index redaction_plan_open on redaction_plan (master_file_id) where status <> 'DONE';
create index redaction_plan_queue on redaction_plan (status, heartbeat_at) where status in ('QUEUED', 'RENDERING');

alter table redaction_plan enable row level security;
alter table redaction_plan force row level security;
-- Only the owning partner redacts: a force receiving a share, or the capturing operator, never sees a plan.
create policy redaction_plan_own on redaction_plan for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());

grant select, insert, update on redaction_plan to ${portal_role};
grant usage, select on sequence redaction_plan_seq to ${portal_role};
