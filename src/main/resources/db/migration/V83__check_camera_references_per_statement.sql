-- A camera's references, checked once per statement.
--
-- A camera names its site and its recorder by (id, partner_id), so both are its own partner's, and its maker by id.
-- Three foreign keys checked these row by row: a lookup per reference for every camera inserted, about 40 ms of each
-- 1,000-row insert of an import (run 54 of the import benchmark, docs/benchmarks.md). Here the cameras a statement
-- inserts or re-points are checked together, as V11 did for the findings: their sites, recorders and makers locked
-- as a foreign key locks them (FOR KEY SHARE, so none can be deleted until the statement's transaction ends), then
-- any camera naming what is not there, or not its partner's, refuses the statement.
--
-- The other half of what the foreign keys did stays: a site, recorder or maker that cameras name cannot be deleted,
-- nor its key changed. The portal never does either (a site is retired, not removed), and its role loses the grant to
-- delete them; a trigger refuses it for whoever sends it, reading every partner's cameras as the owner.

alter table camera drop constraint camera_site_id_partner_id_fkey;
alter table camera drop constraint camera_recorder_id_partner_id_fkey;
alter table camera drop constraint camera_manufacturer_id_fkey;

create function camera_references_exist() returns trigger
    language plpgsql set search_path = pg_catalog, public, pg_temp as $$
declare
    bad record;
begin
    -- The cameras whose references are new: every inserted one, and an updated one only when a reference changed.
    if tg_op = 'INSERT' then
        perform 1 from site s
          where (s.id, s.partner_id) in (select n.site_id, n.partner_id from new_cameras n)
          for key share of s;
        perform 1 from recorder r
          where (r.id, r.partner_id) in (select n.recorder_id, n.partner_id from new_cameras n
                                          where n.recorder_id is not null)
          for key share of r;
        perform 1 from manufacturer m
          where m.id in (select n.manufacturer_id from new_cameras n where n.manufacturer_id is not null)
          for key share of m;
        select n.id, n.partner_id, n.site_id, n.recorder_id, n.manufacturer_id into bad
          from new_cameras n
         where not exists (select 1 from site s where s.id = n.site_id and s.partner_id = n.partner_id)
            or (n.recorder_id is not null
                and not exists (select 1 from recorder r where r.id = n.recorder_id and r.partner_id = n.partner_id))
            or (n.manufacturer_id is not null
                and not exists (select 1 from manufacturer m where m.id = n.manufacturer_id))
         limit 1;
    else
        perform 1 from site s
          where (s.id, s.partner_id) in (select n.site_id, n.partner_id from new_cameras n
                                          join old_cameras o on o.id = n.id
                                         where (n.site_id, n.partner_id) is distinct from (o.site_id, o.partner_id))
          for key share of s;
        perform 1 from recorder r
          where (r.id, r.partner_id) in (select n.recorder_id, n.partner_id from new_cameras n
                                          join old_cameras o on o.id = n.id
                                         where n.recorder_id is not null
                                           and (n.recorder_id, n.partner_id)
                                               is distinct from (o.recorder_id, o.partner_id))
          for key share of r;
        perform 1 from manufacturer m
          where m.id in (select n.manufacturer_id from new_cameras n join old_cameras o on o.id = n.id
                          where n.manufacturer_id is distinct from o.manufacturer_id)
          for key share of m;
        select n.id, n.partner_id, n.site_id, n.recorder_id, n.manufacturer_id into bad
          from new_cameras n join old_cameras o on o.id = n.id
         where ((n.site_id, n.partner_id) is distinct from (o.site_id, o.partner_id)
                and not exists (select 1 from site s where s.id = n.site_id and s.partner_id = n.partner_id))
            or (n.recorder_id is not null
                and (n.recorder_id, n.partner_id) is distinct from (o.recorder_id, o.partner_id)
                and not exists (select 1 from recorder r where r.id = n.recorder_id and r.partner_id = n.partner_id))
            or (n.manufacturer_id is not null and n.manufacturer_id is distinct from o.manufacturer_id
                and not exists (select 1 from manufacturer m where m.id = n.manufacturer_id))
         limit 1;
    end if;
    if found then
        raise exception 'camera % of partner % names site %, recorder % and maker %, not all of them its partner''s'
            ' (a foreign key violation)', bad.id, bad.partner_id, bad.site_id, bad.recorder_id, bad.manufacturer_id
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
create trigger camera_references_inserted after insert on camera
    referencing new table as new_cameras for each statement execute function camera_references_exist();
create trigger camera_references_updated after update on camera
    referencing old table as old_cameras new table as new_cameras
    for each statement execute function camera_references_exist();

-- A site, recorder or maker stays while a camera names it. Run as the owner with the service's scope, which reads
-- every partner's cameras (camera_counted, V23): a maker is named by cameras of the whole partnership, which the
-- partner deleting it could not read. It waits, as a foreign key's check would, for a statement that locked the row
-- to name it (above) to end.
create function camera_reference_kept() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
    named boolean;
    previous text := coalesce(current_setting('app.scope', true), '');
begin
    if tg_op = 'UPDATE' then
        if tg_table_name = 'manufacturer' then
            if new.id = old.id then
                return new;
            end if;
        elsif (new.id, new.partner_id) = (old.id, old.partner_id) then
            return new;
        end if;
    end if;
    perform set_config('app.scope', 'service', true);
    if tg_table_name = 'site' then
        select exists (select 1 from camera c where c.partner_id = old.partner_id and c.site_id = old.id) into named;
    elsif tg_table_name = 'recorder' then
        select exists (select 1 from camera c where c.recorder_id = old.id) into named;
    else
        select exists (select 1 from camera c join partner p on p.id = c.partner_id
                        where p.partnership_id = old.partnership_id and c.manufacturer_id = old.id) into named;
    end if;
    -- Put back as it was (an error undoes it with the transaction or savepoint that set it).
    perform set_config('app.scope', previous, true);
    if named then
        raise exception '% % is named by cameras: it stays while they name it (a foreign key violation)',
            tg_table_name, old.id using errcode = 'foreign_key_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
revoke all on function camera_reference_kept() from public;
create trigger site_kept_while_named before delete or update of id, partner_id on site
    for each row execute function camera_reference_kept();
create trigger recorder_kept_while_named before delete or update of id, partner_id on recorder
    for each row execute function camera_reference_kept();
create trigger manufacturer_kept_while_named before delete or update of id on manufacturer
    for each row execute function camera_reference_kept();

-- The portal retires sites, recorders and makers; it never deletes them.
revoke delete on site, recorder, manufacturer from ${portal_role};
