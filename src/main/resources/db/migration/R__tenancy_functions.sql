-- Tenancy: who the caller is (app.partner, app.partnership, app.scope), read by every policy.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- app_partner: made by V1.
CREATE OR REPLACE FUNCTION public.app_partner()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select coalesce(current_setting('app.partner', true), '') $function$;

-- app_now: made by V31.
CREATE OR REPLACE FUNCTION public.app_now()
 RETURNS timestamp with time zone
 LANGUAGE sql
 STABLE
AS $function$ select coalesce(nullif(current_setting('app.now', true), '')::timestamptz, now()) $function$;

-- app_partnership: made by V1.
CREATE OR REPLACE FUNCTION public.app_partnership()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select coalesce(current_setting('app.partnership', true), '') $function$;

-- app_scope: made by V1.
CREATE OR REPLACE FUNCTION public.app_scope()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select coalesce(current_setting('app.scope', true), '') $function$;

-- The policies' helpers that read a table are PL/pgSQL: PostgreSQL never inlines a SQL function whose body holds a
-- subquery, and plans such a body again in every statement that calls it (about 0.1 ms, more than the lookup of one
-- row it guards), where PL/pgSQL keeps its plan for the connection's life. The helpers that only read a setting
-- (app_partner and the like) stay SQL: those are inlined into the policy.

-- app_partnership_partners: made by V1.
CREATE OR REPLACE FUNCTION public.app_partnership_partners()
 RETURNS SETOF character varying
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
    return query select id from partner where partnership_id = app_partnership() and app_partnership() <> '';
end
$function$;

-- app_is_pcc_office: made by V7.
CREATE OR REPLACE FUNCTION public.app_is_pcc_office()
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
    return exists (select 1 from partner where id = app_partner() and kind = 'PCC_OFFICE');
end
$function$;

-- audit_event_partner_exists: made by V84: a statement's audit events name partners that exist, checked together (the foreign key
-- looked the partner up once per event).
CREATE OR REPLACE FUNCTION public.audit_event_partner_exists()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    bad varchar;
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'service', true);
    select n.partner_id into bad
      from (select distinct e.partner_id from new_events e) n
     where not exists (select 1 from partner p where p.id = n.partner_id)
     limit 1;
    perform set_config('app.scope', previous, true);
    if bad is not null then
        raise exception 'an audit event names partner %, which does not exist (a foreign key violation)', bad
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $function$;
