-- The rota's second part: who may supervise, the partners watched during a shift (for the clearance rule), swaps and
-- open shifts waiting for a supervisor, and each operator's secret calendar feed.

-- A supervisor position needs an operator whose profile allows supervising.
alter table operator_profile add column can_supervise boolean not null default false;

-- The calendar feed's secret is never stored: only its SHA-256 (hex). Null when the operator has no live feed.
alter table operator_profile add column feed_token_hash varchar(64) unique check (feed_token_hash ~ '^[0-9a-f]{64}$');

-- An operator offers one of their shifts (to anyone, or to a named colleague) or asks for an open position; a hub
-- supervisor approves or declines. OFFERED waits for a colleague to take it; PENDING waits for the supervisor.
create table rota_swap (
    id               bigint        primary key,
    partner_id       varchar(64)   not null references partner (id),
    shift_id         bigint        not null references rota_shift (id) on delete cascade,
    kind             varchar(10)   not null check (kind in ('OFFER', 'OPEN')),
    giver_id         bigint        references operator_profile (id),
    taker_id         bigint        references operator_profile (id),
    status           varchar(10)   not null check (status in ('OFFERED', 'PENDING', 'APPROVED', 'DECLINED',
                                                               'WITHDRAWN')),
    requested_at     timestamptz   not null,
    requested_by     varchar(200)  not null,
    decided_at       timestamptz,
    decided_by       varchar(200),
    reason           varchar(500),
    version          integer       not null default 0,
    check ((kind = 'OFFER') = (giver_id is not null)),
    check (status not in ('PENDING', 'APPROVED') or taker_id is not null),
    check (giver_id is distinct from taker_id),
    check ((status in ('APPROVED', 'DECLINED')) = (decided_at is not null))
);
create index rota_swap_shift_idx on rota_swap (shift_id);
create index rota_swap_status_idx on rota_swap (partner_id, status, requested_at);
-- One live request per shift and giver (an offer), and per shift and taker (an open position).
create unique index rota_swap_live_offer_idx on rota_swap (shift_id, giver_id) where status in ('OFFERED', 'PENDING')
    and kind = 'OFFER';
create unique index rota_swap_live_open_idx on rota_swap (shift_id, taker_id) where status in ('OFFERED', 'PENDING')
    and kind = 'OPEN';
create sequence rota_swap_seq increment by 50;

alter table rota_swap enable row level security;
alter table rota_swap force row level security;
create policy rota_swap_own on rota_swap for all using (partner_id = app_partner())
    with check (partner_id = app_partner());
create policy rota_swap_provision on rota_swap for all using (app_scope() = 'platform')
    with check (app_scope() = 'platform');

-- The partners whose approved bookings are watched at a hub during each of its shifts starting in [p_from, p_to):
-- the clearance rule needs them. Owner's rights like rota_gaps (bookings are every partner's), answering only
-- partner ids, and only for a hub the caller operates.
create function rota_watched_partners(p_hub bigint, p_from timestamptz, p_to timestamptz)
        returns table (shift_id bigint, partner_id varchar)
        language sql stable security definer set search_path = public, pg_catalog as $$
    select distinct s.id, o.partner_id
    from rota_shift s
    join booking_occurrence o on o.hub_id = s.hub_id and o.approved
        and o.period && tstzrange(s.starts_at, s.ends_at)
    where s.hub_id = p_hub and s.starts_at >= p_from and s.starts_at < p_to and hub_operated_by_caller(p_hub)
$$;

-- Whose feed a secret opens: the operator, their partner and its partnership, for the feed's hash alone. The feed is
-- fetched by calendar apps without a login, so this is how the portal learns whose rota to read. The profiles and
-- partners are under forced row-level security, so the function reads that one row in the platform scope and puts
-- the caller's scope back before it answers.
create function rota_feed_owner(p_hash text)
        returns table (operator_id bigint, partner_id varchar, partnership_id varchar)
        language plpgsql volatile security definer set search_path = public, pg_catalog as $$
declare
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'platform', true);
    return query select o.id, o.partner_id, p.partnership_id from operator_profile o
        join partner p on p.id = o.partner_id where o.feed_token_hash = p_hash;
    perform set_config('app.scope', previous, true);
exception when others then
    perform set_config('app.scope', previous, true);
    raise;
end $$;

grant select, insert, update on rota_swap to ${portal_role};
grant usage, select on sequence rota_swap_seq to ${portal_role};
grant execute on function rota_watched_partners(bigint, timestamptz, timestamptz), rota_feed_owner(text)
    to ${portal_role};
