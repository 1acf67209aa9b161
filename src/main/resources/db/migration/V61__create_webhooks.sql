-- Webhooks: a partner's subscriptions of a URL to events, the deliveries written in the transaction of the change
-- that causes them (webhook_enqueue, R__webhook_functions.sql, owner's rights: another partner's change reaches a
-- subscription only through it), and each delivery attempt's outcome. The sender claims and marks at platform scope.

create table webhook_subscription (
    id                    bigint         primary key,
    partner_id            varchar(64)    not null references partner (id),
    partnership_id        varchar(64)    not null references partnership (id),
    url                   varchar(2000)  not null,
    description           varchar(120)   not null,
    events                varchar(200)   not null,
    secret                varchar(100)   not null,
    status                varchar(8)     not null check (status in ('ACTIVE', 'PAUSED', 'FAILING')),
    consecutive_failures  integer        not null default 0,
    created_by            varchar(200)   not null,
    created_at            timestamptz    not null,
    secret_rotated_at     timestamptz    not null,
    version               integer        not null default 0,
    constraint webhook_subscription_partner_key unique (id, partner_id)
);
create sequence webhook_subscription_seq increment by 50;
create index webhook_subscription_partner_idx on webhook_subscription (partner_id);

-- One event for one subscription; its id is the Portal-Delivery header, the same on every attempt.
create table webhook_delivery (
    id               uuid           primary key,
    subscription_id  bigint         not null,
    partner_id       varchar(64)    not null references partner (id),
    event_id         uuid           not null,
    event_kind       varchar(40)    not null,
    payload          text           not null,
    created_at       timestamptz    not null,
    attempts         integer        not null default 0,
    next_attempt_at  timestamptz    not null,
    leased_by        varchar(200),
    lease_until      timestamptz,
    delivered_at     timestamptz,
    dead_at          timestamptz,
    constraint webhook_delivery_subscription_fk foreign key (subscription_id, partner_id)
        references webhook_subscription (id, partner_id) on delete cascade,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at)
    where delivered_at is null and dead_at is null;

-- Each attempt: when, the receiver's status code or the error, and when it is tried again (null: no more).
create table webhook_attempt (
    id               uuid           primary key,
    delivery_id      uuid           not null references webhook_delivery (id) on delete cascade,
    subscription_id  bigint         not null,
    partner_id       varchar(64)    not null references partner (id),
    event_kind       varchar(40)    not null,
    attempted_at     timestamptz    not null,
    status_code      integer,
    error            varchar(500),
    next_retry_at    timestamptz
);
create index webhook_attempt_subscription_idx on webhook_attempt (subscription_id, attempted_at desc);

alter table webhook_subscription enable row level security;
alter table webhook_subscription force row level security;
alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
alter table webhook_attempt enable row level security;
alter table webhook_attempt force row level security;

-- A partner's own subscriptions and their history.
create policy webhook_subscription_own on webhook_subscription for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy webhook_delivery_own on webhook_delivery for select using (partner_id = app_partner());
create policy webhook_attempt_own on webhook_attempt for select using (partner_id = app_partner());
-- The sender (platform scope) claims, marks and retries every partnership's deliveries and notes failing ones.
create policy webhook_subscription_sender on webhook_subscription for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');
create policy webhook_delivery_sender on webhook_delivery for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');
create policy webhook_attempt_sender on webhook_attempt for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');
-- webhook_enqueue (owner's rights) reads the subscriptions of a partner of the caller's partnership, which it
-- checks itself, and writes their deliveries.
create policy webhook_subscription_enqueue on webhook_subscription for select to current_user using (true);
create policy webhook_delivery_enqueue on webhook_delivery for all to current_user using (true) with check (true);

grant select, insert, update, delete on webhook_subscription to ${portal_role};
grant select, insert, update on webhook_delivery to ${portal_role};
grant select, insert on webhook_attempt to ${portal_role};
grant usage, select on sequence webhook_subscription_seq to ${portal_role};
