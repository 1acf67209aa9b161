-- Custody that the portal cannot quietly shorten, captures bounded by the hubs that serve a partner, and integrity
-- alerts from the nightly re-hash.
--
-- 1. The custody chain's head: the latest sequence number and hash of each item's chain, kept in custody_head by an
--    owner's-rights trigger on every custody insert. The portal's role reads it and can neither insert, update nor
--    delete it, so removing the last events of a chain (or rewriting one) leaves the head pointing past what remains:
--    verification compares the two. The trigger also refuses an event that does not continue the head (a fork).
-- 2. A police force receiving a share reads only the custody events its own people made, not the owner's or another
--    force's.
-- 3. An operator records evidence only for partners a hub of its own partner serves; the owning partner can end the
--    capturing operator's access to an item, after which the item, its files and its chain are gone for them.
-- 4. evidence_integrity_alert: an object whose bytes no longer match the hash its chain recorded at upload.

create table custody_head (
    item_id     bigint        primary key,
    partner_id  varchar(64)   not null,
    seq         integer       not null check (seq > 0),
    hash        varchar(64)   not null check (hash ~ '^[0-9a-f]{64}$'),
    updated_at  timestamptz   not null,
    foreign key (item_id, partner_id) references evidence_item (id, partner_id)
);

-- Written only by custody_head_advance() below, as the table's owner, whichever partner appends (the owner's staff,
-- the capturing operator, a police force); so the table is not FORCEd, like assurance_stamp. The portal's role is
-- bound by the policies all the same (it owns nothing) and may only read.
alter table custody_head enable row level security;
create policy custody_head_own on custody_head for select using (partner_id = app_partner());
create policy custody_head_reached on custody_head for select
    using (app_scope() = 'evidence' and (evidence_shared_with_caller(item_id) or evidence_captured_by_caller(item_id)));
grant select on custody_head to ${portal_role};

create function custody_head_advance() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    head custody_head%rowtype;
begin
    select * into head from custody_head where item_id = new.item_id for update;
    if not found then
        if new.seq <> 1 or new.prev_hash <> repeat('0', 64) then
            raise exception 'custody event % of item % does not start its chain', new.seq, new.item_id
                using errcode = '23514';
        end if;
        insert into custody_head (item_id, partner_id, seq, hash, updated_at)
        values (new.item_id, new.partner_id, new.seq, new.hash, new.occurred_at);
    else
        if new.seq <> head.seq + 1 or new.prev_hash <> head.hash or new.partner_id <> head.partner_id then
            raise exception 'custody event % of item % does not continue its chain (head is %)', new.seq,
                new.item_id, head.seq using errcode = '23514';
        end if;
        update custody_head set seq = new.seq, hash = new.hash, updated_at = new.occurred_at
        where item_id = new.item_id;
    end if;
    return new;
end
$$;
revoke all on function custody_head_advance() from public;

create trigger custody_event_head before insert on custody_event
    for each row execute function custody_head_advance();

-- The heads of chains recorded before this migration. custody_event is FORCEd, so its owner reads it whole only with
-- the force lifted for this statement, inside the migration's transaction.
alter table custody_event no force row level security;
insert into custody_head (item_id, partner_id, seq, hash, updated_at)
select distinct on (item_id) item_id, partner_id, seq, hash, occurred_at
from custody_event order by item_id, seq desc;
alter table custody_event force row level security;

-- A receiving force reads its own people's events on the item and the owner's events that shared the item with it
-- or revoked such a share (their detail names the force, as EvidenceDecisions writes it), nothing else of the chain.
create function custody_event_about_caller(action varchar, detail varchar) returns boolean language sql stable as $$
    select action in ('SHARED', 'REVOKED') and exists (select 1 from partner p where p.id = app_partner()
        and app_partner() <> '' and (starts_with(detail, 'Shared with ' || p.name || ' until ')
            or detail = 'Revoked the share with ' || p.name))
$$;
revoke all on function custody_event_about_caller(varchar, varchar) from public;
grant execute on function custody_event_about_caller(varchar, varchar) to ${portal_role};

drop policy custody_event_reached on custody_event;
create policy custody_event_reached on custody_event for select
    using (app_scope() = 'evidence' and (evidence_captured_by_caller(item_id)
        or (evidence_shared_with_caller(item_id)
            and (actor_partner_id = app_partner() or custody_event_about_caller(action, detail)))));

-- The capturing operator's access, until the owning partner ends it.
alter table evidence_item add column capture_ended_at timestamptz;
alter table evidence_item add column capture_ended_by varchar(200);
alter table evidence_item add constraint evidence_item_capture_ended_check
    check ((capture_ended_at is null) = (capture_ended_by is null));

create or replace function evidence_captured_by_caller(item bigint) returns boolean language sql stable as $$
    select exists (select 1 from evidence_item i where i.id = item and i.captured_by_partner_id = app_partner()
        and i.capture_ended_at is null and app_partner() <> '')
$$;

drop policy evidence_item_captured on evidence_item;
create policy evidence_item_captured on evidence_item for select
    using (app_scope() = 'evidence' and captured_by_partner_id = app_partner() and app_partner() <> ''
        and capture_ended_at is null);

-- An operator's partner inserts an item only for a partner that one of its own hubs serves.
drop policy evidence_item_capture on evidence_item;
create policy evidence_item_capture on evidence_item for insert
    with check (app_scope() = 'evidence' and captured_by_partner_id = app_partner() and app_partner() <> ''
        and partner_id in (select id from partner where partnership_id = app_partnership())
        and partner_id in (select s.partner_id from hub_served_partner s where hub_operated_by_caller(s.hub_id)));

create table evidence_integrity_alert (
    id               bigint         primary key,
    partner_id       varchar(64)    not null,
    item_id          bigint         not null,
    file_id          uuid           not null references evidence_file (id),
    found_at         timestamptz    not null,
    outcome          varchar(10)    not null check (outcome in ('TAMPERED', 'MISSING')),
    expected_sha256  varchar(64)    not null check (expected_sha256 ~ '^[0-9a-f]{64}$'),
    found_sha256     varchar(64)    check (found_sha256 ~ '^[0-9a-f]{64}$'),
    foreign key (item_id, partner_id) references evidence_item (id, partner_id)
);
create index evidence_integrity_alert_partner_idx on evidence_integrity_alert (partner_id, found_at desc);
create sequence evidence_integrity_alert_seq increment by 50;
alter table evidence_integrity_alert enable row level security;
alter table evidence_integrity_alert force row level security;
create policy evidence_integrity_alert_own on evidence_integrity_alert for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
-- An alert is a record of what was found: it is raised, never changed or removed.
grant select, insert on evidence_integrity_alert to ${portal_role};
grant usage, select on sequence evidence_integrity_alert_seq to ${portal_role};
