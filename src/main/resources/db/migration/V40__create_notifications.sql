-- Notifications: what needs a person, in the portal (the bell) and by e-mail from an outbox written in the same
-- transaction as the change that causes it. Each row belongs to the recipient's partner. Another partner's change
-- reaches a person only through notify_post (owner's rights, the partner checked to be of the caller's partnership,
-- R__notify_functions.sql); the sender job claims the outbox at platform scope.

-- One notification per person and thing (the key: a kind, the thing, and for the daily scans the day).
create table notification (
    id           uuid          primary key,
    partner_id   varchar(64)   not null references partner (id),
    person_id    uuid          not null,
    kind         varchar(40)   not null,
    source_key   varchar(200)  not null,
    message      varchar(500)  not null,
    link         varchar(500)  not null,
    delivery     varchar(8)    not null check (delivery in ('NOW', 'DIGEST', 'OFF')),
    created_at   timestamptz   not null,
    read_at      timestamptz,
    digested_at  timestamptz,
    constraint notification_once unique (person_id, source_key)
);
create index notification_person_idx on notification (person_id, created_at desc);
create index notification_digest_idx on notification (created_at) where delivery = 'DIGEST' and digested_at is null;

-- A person's choice per kind; no row means "at once".
create table notification_preference (
    person_id   uuid          not null,
    partner_id  varchar(64)   not null references partner (id),
    kind        varchar(40)   not null,
    choice      varchar(8)    not null check (choice in ('NOW', 'DIGEST', 'OFF')),
    primary key (person_id, kind)
);

-- The e-mails to send. A row is claimed by one sender at a time (FOR UPDATE SKIP LOCKED, then a lease until
-- lease_until); its id is the message's Message-ID, the same on every attempt.
create table mail_outbox (
    id               uuid           primary key,
    partner_id       varchar(64)    not null references partner (id),
    partnership_id   varchar(64)    not null references partnership (id),
    person_id        uuid,
    kind             varchar(40)    not null,
    recipient        varchar(254)   not null,
    subject          varchar(300)   not null,
    body_text        text           not null,
    body_html        text           not null,
    dedupe_key       varchar(300)   not null unique,
    created_at       timestamptz    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz    not null,
    leased_by        varchar(200),
    lease_until      timestamptz,
    sent_at          timestamptz,
    dead_at          timestamptz,
    last_error       varchar(1000)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and dead_at is null;
create index mail_outbox_dead_idx on mail_outbox (partnership_id, dead_at) where dead_at is not null;

alter table notification enable row level security;
alter table notification force row level security;
alter table notification_preference enable row level security;
alter table notification_preference force row level security;
alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;

-- A partner's own rows: its people's bell, their choices, the digests its jobs write.
create policy notification_own on notification for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy notification_preference_own on notification_preference for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy mail_outbox_own on mail_outbox for insert with check (partner_id = app_partner());
-- The partnership's PCC office reads its partnership's e-mails that could not be delivered (the dead letters).
create policy mail_outbox_dead_letters on mail_outbox for select
    using (app_is_pcc_office() and partnership_id = app_partnership() and app_partnership() <> '');
-- The sender job (platform scope) claims, marks and retries every partnership's e-mails; the digest job finds whose
-- notifications wait.
create policy mail_outbox_sender on mail_outbox for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');
create policy notification_scan on notification for select using (app_scope() = 'platform');
-- notify_post (owner's rights) writes for a partner of the caller's partnership, which it checks itself.
create policy notification_post on notification for all to current_user using (true) with check (true);
create policy notification_preference_post on notification_preference for select to current_user using (true);
create policy mail_outbox_post on mail_outbox for all to current_user using (true) with check (true);

grant select, insert, update on notification to ${portal_role};
grant select, insert, update, delete on notification_preference to ${portal_role};
grant select, insert, update on mail_outbox to ${portal_role};

-- people's owner's-rights reads (person_holding_role) find the holders of a role in a partner of the caller's
-- partnership; the function checks the partnership itself.
create policy person_role_holders on person for select to current_user
    using (person_partner_in_partnership(partner_id));
