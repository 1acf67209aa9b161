-- Partner governance: a PCC office changes a partner's identity and status.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- partner_govern: made by V15.
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
    update partner p set name = p_name, kind = p_kind, status = p_status, funding_end_date = p_funding_end,
            updated_at = p_at, version = p.version + 1
        where p.id = p_partner;
    return query select v_before.name, v_before.kind, v_before.status, v_before.funding_end_date;
end
$function$;
