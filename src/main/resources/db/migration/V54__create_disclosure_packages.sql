-- A disclosure package: the files chosen for a subject access, insurance or police request, a covering letter and a
-- manifest of SHA-256 hashes, zipped and stored as one object with its own hash. Each packaged file is a row, so the
-- register and the package page say exactly what left the vault. Append-only: a sent package is never changed.
create table disclosure_package (
    id                 uuid           primary key,
    partner_id         varchar(64)    not null references partner (id),
    reference          varchar(20)    not null unique,
    request_kind       varchar(20)    not null check (request_kind in ('SUBJECT_ACCESS', 'INSURANCE', 'POLICE')),
    -- The subject access request it answers (the assurance feature's record), for a subject access package.
    request_id         bigint,
    request_reference  varchar(60)    not null,
    recipient          varchar(200)   not null,
    reason             varchar(1000)  not null,
    unredacted_reason  varchar(1000),
    object_key         varchar(300)   not null unique,
    size_bytes         bigint         not null check (size_bytes > 0),
    sha256             varchar(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    sent_by            varchar(200)   not null,
    sent_at            timestamptz    not null,
    check ((request_kind = 'SUBJECT_ACCESS') = (request_id is not null))
);
create index disclosure_package_sent_idx on disclosure_package (partner_id, sent_at desc);

create table disclosure_package_file (
    id          uuid           primary key,
    partner_id  varchar(64)    not null,
    package_id  uuid           not null references disclosure_package (id),
    file_id     uuid           not null references evidence_file (id),
    item_id     bigint         not null,
    path        varchar(300)   not null,
    size_bytes  bigint         not null check (size_bytes > 0),
    sha256      varchar(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    redacted    boolean        not null,
    foreign key (item_id, partner_id) references evidence_item (id, partner_id),
    unique (package_id, file_id)
);

alter table disclosure_package enable row level security;
alter table disclosure_package force row level security;
alter table disclosure_package_file enable row level security;
alter table disclosure_package_file force row level security;

create policy disclosure_package_own on disclosure_package for all
    using (partner_id = app_partner()) with check (partner_id = app_partner() and app_partner() <> '');
create policy disclosure_package_file_own on disclosure_package_file for all
    using (partner_id = app_partner()) with check (partner_id = app_partner() and app_partner() <> '');

grant select, insert on disclosure_package, disclosure_package_file to ${portal_role};
