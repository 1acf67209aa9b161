-- Partner governance: a PCC office changes a partner's identity and status.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- partner_govern: made by V15, changed by V22 (the status is left to partner_change_phase).
CREATE OR REPLACE FUNCTION public.partner_govern(p_partner character varying, p_name character varying, p_kind character varying, p_status character varying, p_funding_end date, p_reason character varying, p_at timestamp with time zone)
 RETURNS TABLE(before_name character varying, before_kind character varying, before_status character varying, before_funding_end date)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_before partner%rowtype;
begin
    if app_partnership() = '' or not app_is_pcc_office() then
        raise exception 'only the partnership''s PCC office changes what a partner is' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'a change to what a partner is needs a reason' using errcode = '22023';
    end if;
    select * into v_before from partner p
        where p.id = p_partner and p.partnership_id = app_partnership() for update;
    if not found then
        raise exception 'no partner % in this partnership', p_partner using errcode = 'P0002';
    end if;
    if p_partner = app_partner() and (p_kind <> v_before.kind or p_status <> v_before.status) then
        raise exception 'the PCC office cannot change its own kind or status' using errcode = '42501';
    end if;
    -- Since V22 a partner's status is its phase, changed with an effective date by partner_change_phase alone.
    if p_status <> v_before.status then
        raise exception 'a partner''s phase changes through partner_change_phase, with an effective date'
            using errcode = '42501';
    end if;
    update partner p set name = p_name, kind = p_kind, status = p_status, funding_end_date = p_funding_end,
            updated_at = p_at, version = p.version + 1
        where p.id = p_partner;
    return query select v_before.name, v_before.kind, v_before.status, v_before.funding_end_date;
end
$function$;

-- partner_phase_allowed: made by V22.
CREATE OR REPLACE FUNCTION public.partner_phase_allowed(p_from character varying, p_to character varying)
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

-- partner_change_phase: made by V22.
CREATE OR REPLACE FUNCTION public.partner_change_phase(p_partner character varying, p_to character varying, p_effective date, p_reason character varying, p_by character varying, p_at timestamp with time zone)
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

-- partner_phase_admitted: made by V22.
CREATE OR REPLACE FUNCTION public.partner_phase_admitted()
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

-- partner_require_live: made by V22, changed by V23 (a suspended partnership books and shares nothing).
CREATE OR REPLACE FUNCTION public.partner_require_live(p_partner character varying, p_what character varying)
 RETURNS void
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_status varchar;
    v_partnership varchar;
begin
    select p.status, s.status into v_status, v_partnership
        from partner p join partnership s on s.id = p.partnership_id where p.id = p_partner;
    if v_status is distinct from 'LIVE' then
        raise exception 'partner % is not live (%): %', p_partner, coalesce(v_status, 'unknown'), p_what
            using errcode = '42501';
    end if;
    if v_partnership is distinct from 'OPEN' then
        raise exception 'the partnership of partner % is suspended: %', p_partner, p_what using errcode = '42501';
    end if;
end
$function$;

-- booking_requires_live_partner: made by V22.
CREATE OR REPLACE FUNCTION public.booking_requires_live_partner()
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

-- evidence_share_requires_live_partners: made by V22.
CREATE OR REPLACE FUNCTION public.evidence_share_requires_live_partners()
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

-- partnership_open: made by V23 (the service operator opens a partnership and its PCC office).
CREATE OR REPLACE FUNCTION public.partnership_open(p_id character varying, p_name character varying, p_region character varying, p_office_id character varying, p_office_name character varying, p_opened_at timestamp with time zone, p_by character varying, p_at timestamp with time zone)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator opens a partnership' using errcode = '42501';
    end if;
    if coalesce(btrim(p_name), '') = '' or coalesce(btrim(p_region), '') = ''
            or coalesce(btrim(p_office_name), '') = '' then
        raise exception 'a partnership needs a name, a region and its PCC office''s name' using errcode = '22023';
    end if;
    if p_opened_at > p_at then
        raise exception 'a partnership opens now or on a past date' using errcode = '22023';
    end if;
    insert into partnership (id, name, region, status, created_at)
    values (p_id, btrim(p_name), btrim(p_region), 'OPEN', p_opened_at);
    -- LIVE from the opening: the admission trigger (partner_phase_admitted) writes its first timeline row.
    insert into partner (id, partnership_id, name, kind, status, created_at, updated_at)
    values (p_office_id, p_id, btrim(p_office_name), 'PCC_OFFICE', 'LIVE', p_opened_at, p_opened_at);
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (nextval('partnership_change_seq'), p_id, 'OPENED', 'Opened with ' || btrim(p_office_name)
        || ' as its PCC office', null, p_by, p_opened_at);
    return p_id;
end
$function$;

-- partnership_set_status: made by V23 (suspend or reopen, with a reason).
CREATE OR REPLACE FUNCTION public.partnership_set_status(p_id character varying, p_to character varying, p_reason character varying, p_by character varying, p_at timestamp with time zone)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_before varchar;
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator suspends or reopens a partnership' using errcode = '42501';
    end if;
    if coalesce(btrim(p_reason), '') = '' then
        raise exception 'suspending or reopening a partnership needs a reason' using errcode = '22023';
    end if;
    select s.status into v_before from partnership s where s.id = p_id for update;
    if not found then
        raise exception 'no partnership %', p_id using errcode = 'P0002';
    end if;
    if not ((v_before = 'OPEN' and p_to = 'SUSPENDED') or (v_before = 'SUSPENDED' and p_to = 'OPEN')) then
        raise exception 'a partnership cannot move from % to %', v_before, p_to using errcode = '22023';
    end if;
    update partnership s set status = p_to where s.id = p_id;
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (nextval('partnership_change_seq'), p_id, case p_to when 'SUSPENDED' then 'SUSPENDED' else 'REOPENED' end,
        case p_to when 'SUSPENDED' then 'Suspended' else 'Reopened' end, btrim(p_reason), p_by, p_at);
    return v_before;
end
$function$;

-- partnership_record: made by V23 (a change of the partnership's admins, in its timeline).
CREATE OR REPLACE FUNCTION public.partnership_record(p_id character varying, p_action character varying, p_summary character varying, p_by character varying, p_at timestamp with time zone)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_id bigint := nextval('partnership_change_seq');
begin
    if app_scope() <> 'service' then
        raise exception 'only the service operator records a change of a partnership''s admins'
            using errcode = '42501';
    end if;
    if p_action not like 'ADMIN\_%' then
        raise exception 'partnership_record records the admins'' changes only, not %', p_action
            using errcode = '22023';
    end if;
    insert into partnership_change (id, partnership_id, action, summary, reason, changed_by, changed_at)
    values (v_id, p_id, p_action, p_summary, null, p_by, p_at);
    return v_id;
end
$function$;

-- partner_counts_per_partnership: made by V23 (the service operator's counts: partners per partnership).
CREATE OR REPLACE FUNCTION public.partner_counts_per_partnership()
 RETURNS TABLE(partnership_id character varying, partners bigint)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if app_scope() <> 'service' then
        raise exception 'partners are counted per partnership for the service operator only' using errcode = '42501';
    end if;
    return query select p.partnership_id, count(*) from partner p group by p.partnership_id;
end
$function$;
