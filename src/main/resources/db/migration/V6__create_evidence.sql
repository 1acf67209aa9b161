-- The evidence vault. An item belongs to the partner that owns the cameras (the data controller); its files are in
-- the evidence bucket under keys the portal makes ({partnership}/{partner}/{item}/{uuid}). A file row is PENDING
-- while its object streams in and STORED once size and SHA-256 are known; DISPOSED keeps the record and hash after
-- the object is removed. Custody events are append-only and hash-chained per item.
--
-- Besides its own rows, a partner reaches evidence only in the 'evidence' scope (the EVIDENCE_CUSTODY path of
-- CrossPartnerReads): items it captured for another partner (an operator), and items shared with it while the share
-- is live (a police force). The partnership's staff get counts through evidence_counts(), never rows.

create table evidence_item (
    id                      bigint         primary key,
    partner_id              varchar(64)    not null references partner (id),
    title                   varchar(200)   not null,
    category                varchar(30)    not null check (category in
        ('INCIDENT', 'POLICE_REQUEST', 'SUBJECT_ACCESS_REQUEST', 'INSURANCE', 'OTHER')),
    incident_start          timestamptz    not null,
    incident_end            timestamptz    not null,
    police_reference        varchar(60),
    description             varchar(4000)  not null,
    status                  varchar(12)    not null check (status in ('OPEN', 'DISPOSED')),
    retain_until            date           not null,
    evidential              boolean        not null default false,
    review_date             date,
    legal_hold              boolean        not null default false,
    hold_reason             varchar(1000),
    captured_by             varchar(200)   not null,
    captured_by_partner_id  varchar(64)    not null references partner (id),
    created_at              timestamptz    not null,
    disposed_at             timestamptz,
    disposed_by             varchar(200),
    disposal_reason         varchar(1000),
    version                 integer        not null default 0,
    unique (id, partner_id),
    check (incident_end >= incident_start),
    check (not evidential or review_date is not null),
    check (not legal_hold or hold_reason is not null),
    check ((status = 'DISPOSED') = (disposed_at is not null)),
    check (not (legal_hold and status = 'DISPOSED'))
);
create index evidence_item_partner_idx on evidence_item (partner_id, incident_start desc);
create index evidence_item_captured_idx on evidence_item (captured_by_partner_id, captured_by);
create index evidence_item_retention_idx on evidence_item (retain_until) where status = 'OPEN';
create sequence evidence_item_seq increment by 50;

-- The cameras an item's footage came from: the owning partner's own cameras only (the foreign key says so).
alter table camera add constraint camera_id_partner_key unique (id, partner_id);
create table evidence_camera (
    id          bigint       primary key,
    partner_id  varchar(64)  not null,
    item_id     bigint       not null,
    camera_id   bigint       not null,
    asset_tag   varchar(40)  not null,
    foreign key (item_id, partner_id) references evidence_item (id, partner_id),
    foreign key (camera_id, partner_id) references camera (id, partner_id),
    unique (item_id, camera_id)
);
create sequence evidence_camera_seq increment by 50;

create table evidence_file (
    id             uuid           primary key,
    partner_id     varchar(64)    not null,
    item_id        bigint         not null,
    kind           varchar(12)    not null check (kind in ('MASTER', 'WORKING_COPY', 'DERIVATIVE')),
    derived_from   uuid           references evidence_file (id),
    label          varchar(200),
    file_name      varchar(200)   not null,
    media_type     varchar(60)    not null,
    format         varchar(20)    not null,
    object_key     varchar(300)   not null unique,
    size_bytes     bigint         check (size_bytes > 0),
    sha256         varchar(64)    check (sha256 ~ '^[0-9a-f]{64}$'),
    status         varchar(10)    not null check (status in ('PENDING', 'STORED', 'DISPOSED')),
    uploaded_by    varchar(200)   not null,
    created_at     timestamptz    not null,
    stored_at      timestamptz,
    foreign key (item_id, partner_id) references evidence_item (id, partner_id),
    check (status = 'PENDING' or (size_bytes is not null and sha256 is not null and stored_at is not null)),
    check ((kind = 'MASTER') = (derived_from is null)),
    check (kind <> 'DERIVATIVE' or label is not null)
);
create index evidence_file_item_idx on evidence_file (item_id, created_at);
create index evidence_file_pending_idx on evidence_file (created_at) where status = 'PENDING';

create table evidence_share (
    id                    bigint         primary key,
    partner_id            varchar(64)    not null,
    item_id               bigint         not null,
    recipient_partner_id  varchar(64)    not null references partner (id),
    reason                varchar(1000)  not null,
    expires_at            timestamptz    not null,
    shared_by             varchar(200)   not null,
    shared_at             timestamptz    not null,
    revoked_at            timestamptz,
    revoked_by            varchar(200),
    foreign key (item_id, partner_id) references evidence_item (id, partner_id),
    check (recipient_partner_id <> partner_id),
    check ((revoked_at is null) = (revoked_by is null))
);
create index evidence_share_recipient_idx on evidence_share (recipient_partner_id, item_id);
create index evidence_share_item_idx on evidence_share (item_id);
create sequence evidence_share_seq increment by 50;

-- The custody log: one chain per item. Each event's hash is the SHA-256 of its canonical form, which includes the
-- hash of the event before (64 zeros for the first). seq has no gaps and no forks (unique per item).
create table custody_event (
    id                bigint         primary key,
    partner_id        varchar(64)    not null,
    item_id           bigint         not null,
    seq               integer        not null check (seq > 0),
    action            varchar(20)    not null,
    actor             varchar(200)   not null,
    actor_partner_id  varchar(64)    not null,
    file_id           uuid,
    detail            varchar(2000)  not null,
    occurred_at       timestamptz    not null,
    prev_hash         varchar(64)    not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash              varchar(64)    not null check (hash ~ '^[0-9a-f]{64}$'),
    foreign key (item_id, partner_id) references evidence_item (id, partner_id),
    unique (item_id, seq)
);
create sequence custody_event_seq increment by 50;

-- ---- Row-level security ------------------------------------------------------------------------------------------

-- A share that is live now: not revoked and not yet expired. Read under the caller's own policies on evidence_share.
create function evidence_shared_with_caller(item bigint) returns boolean language sql stable as $$
    select exists (select 1 from evidence_share s where s.item_id = item and s.recipient_partner_id = app_partner()
        and s.revoked_at is null and s.expires_at > now() and app_partner() <> '')
$$;

-- An item captured by the caller's partner for another partner (an operator's capture).
create function evidence_captured_by_caller(item bigint) returns boolean language sql stable as $$
    select exists (select 1 from evidence_item i where i.id = item and i.captured_by_partner_id = app_partner()
        and app_partner() <> '')
$$;

alter table evidence_item enable row level security;
alter table evidence_item force row level security;
alter table evidence_camera enable row level security;
alter table evidence_camera force row level security;
alter table evidence_file enable row level security;
alter table evidence_file force row level security;
alter table evidence_share enable row level security;
alter table evidence_share force row level security;
alter table custody_event enable row level security;
alter table custody_event force row level security;

create policy evidence_item_own on evidence_item for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy evidence_item_captured on evidence_item for select
    using (app_scope() = 'evidence' and captured_by_partner_id = app_partner() and app_partner() <> '');
create policy evidence_item_capture on evidence_item for insert
    with check (app_scope() = 'evidence' and captured_by_partner_id = app_partner() and app_partner() <> ''
        and partner_id in (select id from partner where partnership_id = app_partnership()));
create policy evidence_item_shared on evidence_item for select
    using (app_scope() = 'evidence' and evidence_shared_with_caller(id));
-- The partnership's counts, only through evidence_counts() (which runs as the table owner).
create policy evidence_item_counts on evidence_item for select
    using (app_scope() = 'partnership' and current_user <> '${portal_role}'
        and partner_id in (select app_partnership_partners()));

create policy evidence_camera_own on evidence_camera for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy evidence_camera_reached on evidence_camera for select
    using (app_scope() = 'evidence' and (evidence_shared_with_caller(item_id) or evidence_captured_by_caller(item_id)));

create policy evidence_file_own on evidence_file for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy evidence_file_shared on evidence_file for select
    using (app_scope() = 'evidence' and status <> 'PENDING' and evidence_shared_with_caller(item_id));
create policy evidence_file_captured on evidence_file for all
    using (app_scope() = 'evidence' and evidence_captured_by_caller(item_id))
    with check (app_scope() = 'evidence' and evidence_captured_by_caller(item_id));

create policy evidence_share_own on evidence_share for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy evidence_share_received on evidence_share for select
    using (recipient_partner_id = app_partner() and app_partner() <> '');

create policy custody_event_own on custody_event for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
create policy custody_event_reached on custody_event for select
    using (app_scope() = 'evidence' and (evidence_shared_with_caller(item_id) or evidence_captured_by_caller(item_id)));
create policy custody_event_append on custody_event for insert
    with check (app_scope() = 'evidence' and actor_partner_id = app_partner()
        and (evidence_shared_with_caller(item_id) or evidence_captured_by_caller(item_id)));

-- In the evidence scope a partner reads the names of its partnership's partners (owners and recipients).
create policy partner_evidence on partner for select
    using (app_scope() = 'evidence' and partnership_id = app_partnership());

-- Counts per partner of the caller's partnership, never rows: for the PCC office's figures.
create function evidence_counts() returns table (partner_id varchar, items bigint, on_hold bigint,
        evidential bigint, disposed bigint)
    language sql stable security definer set search_path = public as $$
    select i.partner_id, count(*), count(*) filter (where i.legal_hold), count(*) filter (where i.evidential),
        count(*) filter (where i.status = 'DISPOSED')
    from evidence_item i where app_scope() = 'partnership' group by i.partner_id
$$;
revoke all on function evidence_counts() from public;

grant select, insert, update on evidence_item to ${portal_role};
grant select, insert on evidence_camera to ${portal_role};
grant select, insert, update, delete on evidence_file to ${portal_role};
grant select, insert, update on evidence_share to ${portal_role};
-- Append-only: the portal can neither change nor remove a custody event.
grant select, insert on custody_event to ${portal_role};
grant usage, select on sequence evidence_item_seq, evidence_camera_seq, evidence_share_seq, custody_event_seq
    to ${portal_role};
grant execute on function evidence_shared_with_caller(bigint), evidence_captured_by_caller(bigint),
    evidence_counts() to ${portal_role};
