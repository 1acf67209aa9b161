-- An operator profile is a person's: the people feature's record of their portal account. Their name is read from
-- it (the rota keeps no copy), and "My shifts" follows the account rather than a user name typed into the profile.
-- A clearance to watch a partner's cameras keeps the day it was given.

alter table operator_profile add column person_id uuid references person (id);
alter table operator_cleared_partner add column cleared_on date;

-- Profiles made before this migration are linked to the person of their partner whose e-mail address is, or
-- begins with, the user name the profile held. The platform scope lets this migration see every partner's profiles
-- (the table's row-level security is forced, so its owner is bound by the policies too). Clearances given before
-- this migration are dated the day it runs: their real day was never recorded.
do $$
declare
    unlinked bigint;
begin
    perform set_config('app.scope', 'platform', true);
    update operator_profile o set person_id = n.id from person n
        where o.username is not null and n.partner_id = o.partner_id
          and (lower(n.email) = lower(o.username) or lower(split_part(n.email, '@', 1)) = lower(o.username));
    update operator_cleared_partner set cleared_on = current_date where cleared_on is null;
    select count(*) into unlinked from operator_profile where person_id is null;
    if unlinked > 0 then
        raise exception '% operator profiles have no person: invite each operator through the portal, set the '
            'profile''s person_id, then migrate again', unlinked;
    end if;
    perform set_config('app.scope', '', true);
end $$;

alter table operator_profile alter column person_id set not null;
create unique index operator_profile_person_idx on operator_profile (person_id);
alter table operator_profile drop column full_name;
alter table operator_profile drop column username;

-- The name people read the rota by: the person's, under the caller's row-level security (null for a person the
-- caller may not see). Made here so the rota's reads can use it; its body is kept in R__people_functions.sql.
create function person_name(p_person uuid) returns varchar
    language sql stable
    set search_path = pg_catalog, public, pg_temp
    as $$ select first_name || ' ' || last_name from person where id = p_person $$;
revoke all on function person_name(uuid) from public;
grant execute on function person_name(uuid) to ${portal_role};

-- Whether a person is one of a partner's, as the caller sees people: what the rota checks a profile's person by.
create function person_of_partner(p_person uuid, p_partner varchar) returns boolean
    language sql stable
    set search_path = pg_catalog, public, pg_temp
    as $$ select exists (select 1 from person where id = p_person and partner_id = p_partner) $$;
revoke all on function person_of_partner(uuid, varchar) from public;
grant execute on function person_of_partner(uuid, varchar) to ${portal_role};

alter table operator_cleared_partner alter column cleared_on set not null;

-- The person must be one of the profile's own partner: read under the caller's row-level security, so a person the
-- caller cannot see is refused as well.
create function operator_profile_person_check() returns trigger
    language plpgsql
    set search_path = pg_catalog, public, pg_temp
    as $$
begin
    if not person_of_partner(new.person_id, new.partner_id) then
        raise exception 'an operator profile must belong to a person of its own partner' using errcode = '23514';
    end if;
    return new;
end $$;
create trigger operator_profile_person before insert or update of person_id, partner_id on operator_profile
    for each row execute function operator_profile_person_check();

