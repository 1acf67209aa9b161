-- Specification: rules change only in a draft, a ratified version is frozen.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- spec_rule_only_in_draft: made by V4.
CREATE OR REPLACE FUNCTION public.spec_rule_only_in_draft()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
declare
    v bigint := case when tg_op = 'DELETE' then old.version_id else new.version_id end;
    s varchar;
begin
    select status into s from specification_version where id = v;
    if s is distinct from 'DRAFT' or (tg_op = 'UPDATE' and old.version_id <> new.version_id) then
        raise exception 'specification version % is not a draft; its rules cannot change', v
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $function$;

-- specification_version_frozen: made by V4.
CREATE OR REPLACE FUNCTION public.specification_version_frozen()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'specification version % is % and cannot be deleted', old.number, old.status
                using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' then
        return new;
    end if;
    if old.status = 'RATIFIED' and new.status = 'SUPERSEDED'
            and (new.id, new.partnership_id, new.number, new.max_asset_age_years, new.notes, new.created_by,
                 new.created_at, new.ratified_by, new.ratified_at)
            is not distinct from (old.id, old.partnership_id, old.number, old.max_asset_age_years, old.notes,
                 old.created_by, old.created_at, old.ratified_by, old.ratified_at) then
        return new;
    end if;
    raise exception 'specification version % is % and cannot change', old.number, old.status
        using errcode = 'check_violation';
end $function$;
