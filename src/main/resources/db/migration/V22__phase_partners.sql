-- Partners in phases: proposed, onboarding, live, suspended, withdrawn (ACTIVE becomes LIVE).
--
-- 1. The partner's status column takes the five phases; today's ACTIVE partners are LIVE.
-- 2. partner_phase_change: each partner's timeline (from, to, effective date, reason, who, when), written only by
--    owner's-rights functions: partner_change_phase() for a change the partnership's PCC office makes, and the
--    partner_phase_admitted() trigger for the first row at admission. The portal's role reads it and writes nothing.
-- 3. The phase has effects in the database for writes: a booking needs a live partner, and an evidence share a live
--    owner and a live recipient (owner's-rights triggers, so a partner not readable by the caller is still checked).
-- 4. A withdrawal raises a switch-off notice of its own kind (raise_withdrawal_notice, for the PCC office).
-- The functions' current definitions live in R__partner_governance.sql and R__assurance_functions.sql.

-- The owner updates partner rows only through partner_provision's platform scope (FORCE binds it too).
select set_config('app.scope', 'platform', true);
alter table partner drop constraint partner_status_check;
update partner set status = 'LIVE' where status = 'ACTIVE';
alter table partner add constraint partner_status_check
    check (status in ('PROPOSED', 'ONBOARDING', 'LIVE', 'SUSPENDED', 'WITHDRAWN'));

create table partner_phase_change (
    id              bigint        primary key,
    partner_id      varchar(64)   not null references partner (id),
    from_phase      varchar(20)
        check (from_phase in ('PROPOSED', 'ONBOARDING', 'LIVE', 'SUSPENDED', 'WITHDRAWN')),
    to_phase        varchar(20)   not null
        check (to_phase in ('PROPOSED', 'ONBOARDING', 'LIVE', 'SUSPENDED', 'WITHDRAWN')),
    effective_date  date          not null,
    reason          varchar(500)  not null check (btrim(reason) <> ''),
    changed_by      varchar(200)  not null,
    changed_at      timestamptz   not null
);
create index partner_phase_change_partner_idx on partner_phase_change (partner_id, effective_date, changed_at);
create sequence partner_phase_change_seq;

alter table partner_phase_change enable row level security;
alter table partner_phase_change force row level security;
create policy partner_phase_change_own on partner_phase_change for select using (partner_id = app_partner());
create policy partner_phase_change_partnership on partner_phase_change for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
-- As on every table, the platform scope provisions (the portal's role holds no write grant, so only the owner can).
create policy partner_phase_change_provision on partner_phase_change for all
    using (app_scope() = 'platform') with check (app_scope() = 'platform');
-- The owner's functions below write it, for partners of the session's partnership (or at platform scope when the
-- start-up provisioning admits a partner).
create policy partner_phase_change_governed on partner_phase_change for insert to current_user
    with check ((app_partnership() <> '' and partner_id in (select app_partnership_partners()))
        or app_scope() = 'platform');
-- The owner's functions read the timeline of the session's partnership (the latest effective date of a partner).
create policy partner_phase_change_engine on partner_phase_change for select to current_user
    using (partner_id in (select app_partnership_partners()));
grant select on partner_phase_change to ${portal_role};

-- The partners there before phases were kept: one row saying where each stood.
insert into partner_phase_change (id, partner_id, from_phase, to_phase, effective_date, reason, changed_by,
        changed_at)
select nextval('partner_phase_change_seq'), id, null, status, (created_at at time zone 'Europe/London')::date,
    'In the partnership before phases were recorded', 'migration', created_at
from partner;

alter table switch_off_notice drop constraint switch_off_notice_kind_check;
alter table switch_off_notice add constraint switch_off_notice_kind_check
    check (kind in ('DECOMMISSIONED', 'OFFLINE', 'MONITORING_CANCELLED', 'FUNDING_ENDING', 'WITHDRAWN'));

create function partner_phase_allowed(p_from character varying, p_to character varying)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$
    select (p_from = 'PROPOSED' and p_to = 'ONBOARDING')
        or (p_from = 'ONBOARDING' and p_to = 'LIVE')
        or (p_from = 'LIVE' and p_to = 'SUSPENDED')
        or (p_from = 'SUSPENDED' and p_to = 'LIVE')
        or (p_from in ('PROPOSED', 'ONBOARDING', 'LIVE', 'SUSPENDED') and p_to = 'WITHDRAWN')
$function$;

create function partner_change_phase(p_partner character varying, p_to character varying, p_effective date, p_reason character varying, p_by character varying, p_at timestamp with time zone)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_before partner%rowtype;
    v_latest date;
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office changes a partner''s phase' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a change of phase needs a reason' using errcode = '22023';
    end if;
    select * into v_before from partner p
        where p.id = p_partner and p.partnership_id = app_partnership() for update;
    if not found then
        raise exception 'no partner % in this partnership', p_partner using errcode = 'P0002';
    end if;
    if p_partner = app_partner() then
        raise exception 'the PCC office cannot change its own phase' using errcode = '42501';
    end if;
    if not partner_phase_allowed(v_before.status, p_to) then
        raise exception 'a partner cannot move from % to %', v_before.status, p_to using errcode = '22023';
    end if;
    if p_effective is null or p_effective > (p_at at time zone 'Europe/London')::date then
        raise exception 'a change of phase takes effect today or on a past date' using errcode = '22023';
    end if;
    select max(c.effective_date) into v_latest from partner_phase_change c where c.partner_id = p_partner;
    if p_effective < v_latest then
        raise exception 'a change of phase cannot take effect before the partner''s last one (%)', v_latest
            using errcode = '22023';
    end if;
    update partner p set status = p_to, updated_at = p_at, version = p.version + 1 where p.id = p_partner;
    insert into partner_phase_change (id, partner_id, from_phase, to_phase, effective_date, reason, changed_by,
            changed_at)
    values (nextval('partner_phase_change_seq'), p_partner, v_before.status, p_to, p_effective, btrim(p_reason),
            p_by, p_at);
    return v_before.status;
end
$function$;

create function partner_phase_admitted()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    insert into partner_phase_change (id, partner_id, from_phase, to_phase, effective_date, reason, changed_by,
            changed_at)
    values (nextval('partner_phase_change_seq'), new.id, null, new.status,
            (new.updated_at at time zone 'Europe/London')::date, 'Admitted to the partnership', 'admission',
            new.updated_at);
    return new;
end
$function$;

create function partner_require_live(p_partner character varying, p_what character varying)
 RETURNS void
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_status varchar;
begin
    select p.status into v_status from partner p where p.id = p_partner;
    if v_status is distinct from 'LIVE' then
        raise exception 'partner % is not live (%): %', p_partner, coalesce(v_status, 'unknown'), p_what
            using errcode = '42501';
    end if;
end
$function$;

create function booking_requires_live_partner()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    perform partner_require_live(new.partner_id, 'only a live partner books monitoring');
    return new;
end
$function$;

create function evidence_share_requires_live_partners()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    perform partner_require_live(new.partner_id, 'only a live partner shares evidence');
    perform partner_require_live(new.recipient_partner_id, 'only a live partner receives evidence');
    return new;
end
$function$;

create function raise_withdrawal_notice(p_partner character varying, p_effective date, p_at timestamp with time zone)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_raised integer;
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office raises a withdrawal notice' using errcode = '42501';
    end if;
    if not exists (select 1 from partner p where p.id = p_partner and p.partnership_id = app_partnership()
            and p.status = 'WITHDRAWN') then
        raise exception 'partner % of this partnership has not withdrawn', p_partner using errcode = 'P0002';
    end if;
    insert into switch_off_notice (id, partner_id, kind, source_key, summary, raised_at)
    values (nextval('switch_off_notice_seq'), p_partner, 'WITHDRAWN', 'withdrawn:' || p_effective,
        'Withdrew from the partnership on ' || to_char(p_effective, 'FMDD FMMonth YYYY'), p_at)
    on conflict (partner_id, kind, source_key) do nothing;
    get diagnostics v_raised = row_count;
    return v_raised;
end
$function$;

revoke all on function partner_phase_allowed(varchar, varchar) from public;
grant execute on function partner_phase_allowed(varchar, varchar) to ${portal_role};
revoke all on function partner_change_phase(varchar, varchar, date, varchar, varchar, timestamptz) from public;
grant execute on function partner_change_phase(varchar, varchar, date, varchar, varchar, timestamptz)
    to ${portal_role};
revoke all on function partner_phase_admitted() from public;
revoke all on function partner_require_live(varchar, varchar) from public;
revoke all on function booking_requires_live_partner() from public;
revoke all on function evidence_share_requires_live_partners() from public;
revoke all on function raise_withdrawal_notice(varchar, date, timestamptz) from public;
grant execute on function raise_withdrawal_notice(varchar, date, timestamptz) to ${portal_role};

create trigger partner_admitted_phase after insert on partner
    for each row execute function partner_phase_admitted();
create trigger booking_live_partner before insert on booking
    for each row execute function booking_requires_live_partner();
create trigger evidence_share_live_partners before insert on evidence_share
    for each row execute function evidence_share_requires_live_partners();
