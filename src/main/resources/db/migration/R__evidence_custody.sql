-- Evidence: sharing and capture seen by the caller, custody chain head, holds, counts.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- evidence_shared_with_caller: made by V6.
CREATE OR REPLACE FUNCTION public.evidence_shared_with_caller(item bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$
    select exists (select 1 from evidence_share s where s.item_id = item and s.recipient_partner_id = app_partner()
        and s.revoked_at is null and s.expires_at > app_now() and app_partner() <> '')
$function$;

-- evidence_captured_by_caller: made by V6, changed by V20.
CREATE OR REPLACE FUNCTION public.evidence_captured_by_caller(item bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$
    select exists (select 1 from evidence_item i where i.id = item and i.captured_by_partner_id = app_partner()
        and i.capture_ended_at is null and app_partner() <> '')
$function$;

-- evidence_counts: made by V6, changed by V16.
CREATE OR REPLACE FUNCTION public.evidence_counts()
 RETURNS TABLE(partner_id character varying, items bigint, on_hold bigint, evidential bigint, disposed bigint)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select i.partner_id, count(*), count(*) filter (where i.legal_hold), count(*) filter (where i.evidential),
        count(*) filter (where i.status = 'DISPOSED')
    from evidence_item i where app_scope() = 'partnership' group by i.partner_id
$function$;

-- evidence_hold_lifted_from_request: made by V19.
CREATE OR REPLACE FUNCTION public.evidence_hold_lifted_from_request()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if old.legal_hold and not new.legal_hold and old.release_requested_at is null then
        raise exception 'legal hold on evidence item % lifted without a release request', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $function$;

-- custody_head_advance: made by V20.
CREATE OR REPLACE FUNCTION public.custody_head_advance()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;

-- custody_event_about_caller: made by V20.
CREATE OR REPLACE FUNCTION public.custody_event_about_caller(action character varying, detail character varying)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$
    select action in ('SHARED', 'REVOKED') and exists (select 1 from partner p where p.id = app_partner()
        and app_partner() <> '' and (starts_with(detail, 'Shared with ' || p.name || ' until ')
            or detail = 'Revoked the share with ' || p.name))
$function$;

-- disclosure_package_share_owner: made by V55.
CREATE OR REPLACE FUNCTION public.disclosure_package_share_owner(p_hash text)
 RETURNS TABLE(package_id uuid, partner_id character varying, partnership_id character varying)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'platform', true);
    return query select d.id, d.partner_id, p.partnership_id from disclosure_package d
        join partner p on p.id = d.partner_id
        where d.share_token_hash = p_hash and d.share_expires_at > app_now();
    perform set_config('app.scope', previous, true);
exception when others then
    perform set_config('app.scope', previous, true);
    raise;
end $function$;
