-- Rota: shift and assignment checks, who is rostered, gaps, and the calendar feed's reads.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- rota_assignment_period: made by V8, changed by V17.
CREATE OR REPLACE FUNCTION public.rota_assignment_period()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    s rota_shift%rowtype;
begin
    select * into s from rota_shift where id = new.shift_id for update;
    if not found then
        raise exception 'assignment to an unknown shift %', new.shift_id using errcode = 'foreign_key_violation';
    end if;
    new.period := tstzrange(s.starts_at, s.ends_at);
    if (select count(*) from rota_assignment where shift_id = new.shift_id and id <> new.id) >= s.positions then
        raise exception 'shift % is fully staffed', new.shift_id using errcode = 'check_violation';
    end if;
    return new;
end $function$;

-- rota_shift_times: made by V8.
CREATE OR REPLACE FUNCTION public.rota_shift_times()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    update rota_assignment set period = tstzrange(new.starts_at, new.ends_at) where shift_id = new.id;
    return null;
end $function$;

-- hub_rostered_at: made by V8, changed by V16.
CREATE OR REPLACE FUNCTION public.hub_rostered_at(p_hub bigint, p_instants timestamp with time zone[])
 RETURNS TABLE(at timestamp with time zone, rostered integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select i.at,
        case when exists (select 1 from rota_shift s where s.hub_id = p_hub and s.role = 'OPERATOR'
                and tstzrange(s.starts_at, s.ends_at) @> i.at)
            then (select count(*) from rota_assignment a join rota_shift s on s.id = a.shift_id
                where s.hub_id = p_hub and s.role = 'OPERATOR' and a.period @> i.at)::integer
        end
    from unnest(p_instants) as i(at)
    where exists (select 1 from hub h where h.id = p_hub
        and ((h.partnership_id = app_partnership() and app_partnership() <> '') or app_scope() = 'platform'))
$function$;

-- rota_gaps: made by V8, changed by V16.
CREATE OR REPLACE FUNCTION public.rota_gaps(p_hub bigint, p_from timestamp with time zone, p_to timestamp with time zone)
 RETURNS TABLE(starts_at timestamp with time zone, ends_at timestamp with time zone, needed integer, rostered integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    with h as (
        select id, cameras_per_operator from hub where id = p_hub
    ), bounds as (
        select p_from as t
        union select p_to
        union select lower(l.period) from hub_load l, h where l.hub_id = h.id and l.period && tstzrange(p_from, p_to)
        union select upper(l.period) from hub_load l, h where l.hub_id = h.id and l.period && tstzrange(p_from, p_to)
        union select s.starts_at from rota_shift s, h where s.hub_id = h.id and s.ends_at > p_from and s.starts_at < p_to
        union select s.ends_at from rota_shift s, h where s.hub_id = h.id and s.ends_at > p_from and s.starts_at < p_to
    ), pieces as (
        select t as starts_at, lead(t) over (order by t) as ends_at from bounds where t >= p_from and t <= p_to
    ), measured as (
        select p.starts_at, p.ends_at,
            coalesce((select ceil(l.cameras::numeric / h.cameras_per_operator) from hub_load l, h
                where l.hub_id = h.id and l.period @> p.starts_at), 0)::integer as needed,
            (select count(*) from rota_assignment a join rota_shift s on s.id = a.shift_id, h
                where s.hub_id = h.id and s.role = 'OPERATOR' and a.period @> p.starts_at)::integer as rostered
        from pieces p where p.ends_at is not null
    )
    select starts_at, ends_at, needed, rostered from measured where rostered < needed order by starts_at
$function$;

-- rota_watched_partners: made by V10, changed by V16.
CREATE OR REPLACE FUNCTION public.rota_watched_partners(p_hub bigint, p_from timestamp with time zone, p_to timestamp with time zone)
 RETURNS TABLE(shift_id bigint, partner_id character varying)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select distinct s.id, o.partner_id
    from rota_shift s
    join booking_occurrence o on o.hub_id = s.hub_id and o.approved
        and o.period && tstzrange(s.starts_at, s.ends_at)
    where s.hub_id = p_hub and s.starts_at >= p_from and s.starts_at < p_to and hub_operated_by_caller(p_hub)
$function$;

-- rota_feed_owner: made by V10, changed by V16.
CREATE OR REPLACE FUNCTION public.rota_feed_owner(p_hash text)
 RETURNS TABLE(operator_id bigint, partner_id character varying, partnership_id character varying)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
end $function$;

-- wall_screen_guard: made by V26. A revoked wall screen stays revoked; only a revocation or the time it was last
-- seen changes a screen.
CREATE OR REPLACE FUNCTION public.wall_screen_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
        raise exception 'wall screen % is revoked', old.id using errcode = 'check_violation';
    end if;
    if (new.partner_id, new.hub_id, new.name, new.secret_hash, new.started_at, new.started_by, new.expires_at)
            is distinct from (old.partner_id, old.hub_id, old.name, old.secret_hash, old.started_at, old.started_by,
                              old.expires_at) then
        raise exception 'only a revocation changes wall screen %', old.id using errcode = 'check_violation';
    end if;
    return new;
end $function$;

-- wall_screen_owner: made by V26. Whose wall screen a secret's hash opens (the screen, its partner, the partnership).
CREATE OR REPLACE FUNCTION public.wall_screen_owner(p_hash text)
 RETURNS TABLE(screen_id bigint, partner_id character varying, partnership_id character varying)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    perform set_config('app.scope', 'platform', true);
    return query select w.id, w.partner_id, p.partnership_id from wall_screen w
        join partner p on p.id = w.partner_id where w.secret_hash = p_hash;
    perform set_config('app.scope', previous, true);
exception when others then
    perform set_config('app.scope', previous, true);
    raise;
end $function$;

-- operator_profile_person_check: made by V36 (a profile's person is one of its own partner, as the caller sees
-- people).
CREATE OR REPLACE FUNCTION public.operator_profile_person_check()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
begin
    if not person_of_partner(new.person_id, new.partner_id) then
        raise exception 'an operator profile must belong to a person of its own partner' using errcode = '23514';
    end if;
    return new;
end $function$;
