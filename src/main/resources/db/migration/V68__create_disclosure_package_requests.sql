-- A disclosure package asked for and not yet made: the request as checked when it was sent (what it answers, to whom,
-- why), the person who asked (named in the custody events; their roles as they were), and the files chosen, in order.
-- The package is made by a job from these rows alone, and takes the request's id, so one request makes one package.
create table disclosure_package_request (
    id                 uuid           primary key,
    partner_id         varchar(64)    not null references partner (id),
    partnership_id     varchar(64)    not null,
    reference          varchar(20)    not null unique,
    request_kind       varchar(20)    not null check (request_kind in ('SUBJECT_ACCESS', 'INSURANCE', 'POLICE')),
    request_id         bigint,
    request_reference  varchar(60)    not null,
    recipient          varchar(200)   not null,
    reason             varchar(1000)  not null,
    unredacted_reason  varchar(1000),
    note               varchar(1000),
    partner_name       varchar(200)   not null,
    requested_by       varchar(200)   not null,
    requested_by_account varchar(200),
    requested_roles    varchar(2000)   not null,
    requested_at       timestamptz    not null,
    check ((request_kind = 'SUBJECT_ACCESS') = (request_id is not null))
);

create table disclosure_package_request_file (
    id          uuid           primary key,
    partner_id  varchar(64)    not null,
    request_id  uuid           not null references disclosure_package_request (id),
    position    int            not null check (position > 0),
    file_id     uuid           not null references evidence_file (id),
    unique (request_id, position),
    unique (request_id, file_id)
);

alter table disclosure_package_request enable row level security;
alter table disclosure_package_request force row level security;
alter table disclosure_package_request_file enable row level security;
alter table disclosure_package_request_file force row level security;

create policy disclosure_package_request_own on disclosure_package_request for all
    using (partner_id = app_partner()) with check (partner_id = app_partner() and app_partner() <> '');
create policy disclosure_package_request_file_own on disclosure_package_request_file for all
    using (partner_id = app_partner()) with check (partner_id = app_partner() and app_partner() <> '');

-- Append-only, as the packages are.
grant select, insert on disclosure_package_request, disclosure_package_request_file to ${portal_role};
