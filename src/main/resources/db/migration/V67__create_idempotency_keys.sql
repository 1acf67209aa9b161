-- A client may send an Idempotency-Key with a write so that it can send the write again after a connection error
-- without the portal doing it twice. Each key is kept with its partner, a hash of the request it came with and, once
-- answered, the answer (status, content type, location, body), for 24 hours. A row without a status is a request
-- still being worked on (or one cut short by a portal stopping; it then stays refused until it expires).

create table idempotency_key (
    partner_id     varchar(64)    not null references partner (id),
    idem_key       varchar(255)   not null,
    request_hash   char(64)       not null,
    method         varchar(10)    not null,
    path           varchar(2000)  not null,
    status         integer,
    content_type   varchar(255),
    location       varchar(2000),
    body           bytea,
    created_at     timestamptz    not null,
    expires_at     timestamptz    not null,
    primary key (partner_id, idem_key)
);

create index idempotency_key_expiry on idempotency_key (partner_id, expires_at);

-- Each partner's keys are its own: another partner sending the same key makes a row of its own, and never sees or
-- replays this one.
alter table idempotency_key enable row level security;
alter table idempotency_key force row level security;
create policy idempotency_key_own on idempotency_key for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());

grant select, insert, update, delete on idempotency_key to ${portal_role};
