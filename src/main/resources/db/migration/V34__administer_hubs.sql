-- Hubs run from the portal by their operator: opening and closing dates and local opening times on the hub, staffing
-- plans that take effect from a date, and the partners a hub serves agreed in two steps (the operator proposes, the
-- partnership's PCC office agrees through hub_service_agree below and nothing else). Closing a hub, or ending its
-- service to a partner, raises a switch-off notice for each partner affected.

-- A hub opens on a date and may close on one; its opening times are local (Europe/London) and may cross midnight
-- (open_until before open_from); no times at all means round the clock.
alter table hub add column opens_on date, add column closes_on date, add column open_from time,
    add column open_until time;
alter table hub add constraint hub_opening_times check ((open_from is null) = (open_until is null)
    and (open_from is null or open_from <> open_until));
alter table hub add constraint hub_opening_dates check (closes_on is null or opens_on is null or closes_on > opens_on);

-- Only a monitoring operator runs hubs: a council manager cannot make its own partner a hub's operator.
create function hub_operator_guard() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from partner where id = new.operator_partner_id and kind = 'OPERATOR') then
        raise exception 'only a monitoring operator runs a hub' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger hub_operator_guard before insert or update of operator_partner_id on hub
    for each row execute function hub_operator_guard();

-- A staffing plan takes effect from a date; the plan in force on a local date is the one with the latest
-- effective_from on or before it. Plans made before this migration count from the start.
alter table hub_staffing add column effective_from date not null default date '2000-01-01';
drop index hub_staffing_idx;
create index hub_staffing_idx on hub_staffing (hub_id, effective_from, weekday);

-- Whom a hub may serve: a council, business or police force of the caller's partnership that has not withdrawn. The
-- operator reads no other partner's row, so the owner answers this yes or no.
create function hub_may_serve(p_partner varchar) returns boolean
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
    select exists (select 1 from partner p where p.id = p_partner and p.partnership_id = app_partnership()
        and app_partnership() <> '' and p.kind in ('COUNCIL', 'BUSINESS', 'POLICE_FORCE') and p.status <> 'WITHDRAWN')
$$;
revoke all on function hub_may_serve(varchar) from public;
grant execute on function hub_may_serve(varchar) to ${portal_role};

-- The operator's proposal that a hub serve a partner, waiting for the PCC office.
create table hub_service_proposal (
    hub_id       bigint        not null references hub (id) on delete cascade,
    partner_id   varchar(64)   not null references partner (id),
    proposed_by  varchar(200)  not null,
    proposed_at  timestamptz   not null,
    primary key (hub_id, partner_id)
);
alter table hub_service_proposal enable row level security;
alter table hub_service_proposal force row level security;
create policy hub_service_proposal_read on hub_service_proposal for select using (hub_id in (select id from hub));
create policy hub_service_proposal_operator on hub_service_proposal for all using (hub_operated_by_caller(hub_id))
    with check (hub_operated_by_caller(hub_id) and hub_may_serve(partner_id));
-- The agreement (the owner's function below) removes the proposal it agrees.
create policy hub_service_proposal_agreed on hub_service_proposal for delete to current_user
    using (hub_id in (select id from hub));
grant select, insert, update, delete on hub_service_proposal to ${portal_role};

-- Who agreed a served partner, and when. The operator no longer adds served partners itself: it reads and removes
-- them; rows are added by hub_service_agree alone (running as this role, which FORCE binds too).
alter table hub_served_partner add column agreed_by varchar(200), add column agreed_at timestamptz;
drop policy hub_served_partner_operator on hub_served_partner;
create policy hub_served_partner_operator on hub_served_partner for delete using (hub_operated_by_caller(hub_id));
create policy hub_served_partner_agreed on hub_served_partner for insert to current_user
    with check (hub_id in (select id from hub));

create function hub_service_agree(p_hub bigint, p_partner varchar, p_by varchar, p_at timestamptz)
    returns void language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office agrees who a hub serves' using errcode = '42501';
    end if;
    if not exists (select 1 from hub h where h.id = p_hub and h.partnership_id = app_partnership()) then
        raise exception 'no hub % in this partnership', p_hub using errcode = 'P0002';
    end if;
    delete from hub_service_proposal where hub_id = p_hub and partner_id = p_partner;
    if not found then
        raise exception 'hub % has no proposal to serve %', p_hub, p_partner using errcode = 'P0002';
    end if;
    insert into hub_served_partner (hub_id, partner_id, agreed_by, agreed_at)
    values (p_hub, p_partner, p_by, p_at) on conflict do nothing;
end
$$;
revoke all on function hub_service_agree(bigint, varchar, varchar, timestamptz) from public;
grant execute on function hub_service_agree(bigint, varchar, varchar, timestamptz) to ${portal_role};

-- A hub that stops serving a partner (it closes, or the operator ends the service) raises a notice for that partner,
-- written by the owner's function for the hub's operator; raised again, it raises nothing.
alter table switch_off_notice drop constraint switch_off_notice_kind_check;
alter table switch_off_notice add constraint switch_off_notice_kind_check check (kind in ('DECOMMISSIONED',
    'OFFLINE', 'MONITORING_CANCELLED', 'FUNDING_ENDING', 'WITHDRAWN', 'HUB_SERVICE_ENDED'));

create function raise_hub_service_notice(p_hub bigint, p_partner varchar, p_summary varchar, p_key varchar,
        p_at timestamptz)
    returns integer language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    v_raised integer;
begin
    if not hub_operated_by_caller(p_hub) then
        raise exception 'only the hub''s operator ends its service' using errcode = '42501';
    end if;
    if not exists (select 1 from partner p join hub h on h.partnership_id = p.partnership_id
            where p.id = p_partner and h.id = p_hub) then
        raise exception 'partner % is not of the hub''s partnership', p_partner using errcode = 'P0002';
    end if;
    insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
    values (nextval('switch_off_notice_seq'), p_partner, 'HUB_SERVICE_ENDED', 'hub:' || p_hub || ':' || p_key,
        p_summary, p_at)
    on conflict (partner_id, kind, source_key) do nothing;
    get diagnostics v_raised = row_count;
    return v_raised;
end
$$;
revoke all on function raise_hub_service_notice(bigint, varchar, varchar, varchar, timestamptz) from public;
grant execute on function raise_hub_service_notice(bigint, varchar, varchar, varchar, timestamptz)
    to ${portal_role};

-- Tariffs are the operator's to set: other partners of the partnership read them.
drop policy monitoring_tariff_partnership on monitoring_tariff;
create policy monitoring_tariff_partnership on monitoring_tariff for select using (partnership_id = app_partnership());
create policy monitoring_tariff_operator on monitoring_tariff for all
    using (partnership_id = app_partnership() and exists (select 1 from partner
        where id = app_partner() and kind = 'OPERATOR'))
    with check (partnership_id = app_partnership() and exists (select 1 from partner
        where id = app_partner() and kind = 'OPERATOR'));
