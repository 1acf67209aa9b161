-- Notify: notifications in the bell and e-mails in the outbox.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). The tables,
-- policies and grants are V40's.

-- notify_post: made here (V40's tables). Posts one notification to a person of a partner of the caller's
-- partnership, in the caller's transaction: the bell's row, and the e-mail in the outbox when the person takes this
-- kind at once (or it is security mail, which cannot be turned off). Posting the same thing again posts nothing.
-- Answers the delivery chosen ('NOW', 'DIGEST', 'OFF'), or '' when it was posted before.
CREATE OR REPLACE FUNCTION public.notify_post(p_person uuid, p_partner varchar, p_email varchar, p_kind varchar,
        p_key varchar, p_security boolean, p_message varchar, p_link varchar, p_subject varchar, p_text text,
        p_html text, p_at timestamptz)
 RETURNS character varying
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
declare
    v_partnership varchar;
    v_choice varchar;
    v_id uuid := gen_random_uuid();
begin
    select partnership_id into v_partnership from partner
        where id = p_partner and partnership_id = app_partnership() and app_partnership() <> '';
    if v_partnership is null then
        raise exception 'partner % is not of the caller''s partnership', p_partner using errcode = '42501';
    end if;
    select choice into v_choice from notification_preference where person_id = p_person and kind = p_kind;
    v_choice := coalesce(v_choice, 'NOW');
    if p_security then
        v_choice := 'NOW';
    end if;
    insert into notification (id, partner_id, person_id, kind, source_key, message, link, delivery, created_at)
        values (v_id, p_partner, p_person, p_kind, p_key, left(p_message, 500), left(p_link, 500), v_choice, p_at)
        on conflict (person_id, source_key) do nothing;
    if not found then
        return '';
    end if;
    if v_choice = 'NOW' then
        insert into mail_outbox (id, partner_id, partnership_id, person_id, kind, recipient, subject, body_text,
                body_html, dedupe_key, created_at, next_attempt_at)
            values (v_id, p_partner, v_partnership, p_person, p_kind, p_email, left(p_subject, 300), p_text, p_html,
                p_person || ':' || p_key, p_at, p_at)
            on conflict (dedupe_key) do nothing;
    end if;
    return v_choice;
end
$function$;
revoke all on function public.notify_post(uuid, varchar, varchar, varchar, varchar, boolean, varchar, varchar,
    varchar, text, text, timestamptz) from public;
grant execute on function public.notify_post(uuid, varchar, varchar, varchar, varchar, boolean, varchar, varchar,
    varchar, text, text, timestamptz) to ${portal_role};

-- notify_partner_name: made here. A partner's name, for a partner of the caller's partnership (a notification names
-- the force evidence was shared with, the partner a notice was raised for); at partner scope the caller's row-level
-- security shows its own partner row only. Nothing for another partnership's partner.
CREATE OR REPLACE FUNCTION public.notify_partner_name(p_partner character varying)
 RETURNS character varying
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$ select name from partner where id = p_partner and partnership_id = app_partnership()
                                            and app_partnership() <> '' $function$;
revoke all on function public.notify_partner_name(character varying) from public;
grant execute on function public.notify_partner_name(character varying) to ${portal_role};
