-- When a partner's assurance rows last changed, so the PCC dashboard can keep its assurance summary between requests
-- and know in one small read that it is still true. Every change to what the summary reads (switch-off notices,
-- their cameras and acknowledgements, code-of-practice assessments, DPIAs and their cameras, subject access
-- requests, and a partner's name, kind or partnership) takes a fresh number from one sequence for the partners whose
-- rows changed, in the transaction of the change. Numbers only grow, so the highest number among a partnership's
-- partners changes whenever any of their rows does, and a number once read is never given again.
--
-- An acknowledgement is stamped on the PCC office's own partner (its row's partner_id); that partner belongs to the
-- same partnership as the notice, which is all the partnership's highest number needs.

create sequence assurance_stamp_seq;

create table assurance_stamp (
    partner_id  varchar(64)  primary key,
    version     bigint       not null
);

-- The stamps are written only by the trigger functions below, as the table's owner (so the table is not FORCEd:
-- a change made in any scope, the platform's provisioning included, stamps its partner). Callers read them: a
-- partner its own, the partnership scope its partnership's partners'.
alter table assurance_stamp enable row level security;
create policy assurance_stamp_own on assurance_stamp for select using (partner_id = app_partner());
create policy assurance_stamp_partnership on assurance_stamp for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
grant select on assurance_stamp to ${portal_role};

-- Statement-level: one stamp per partner a statement changed, however many of its rows.
create function assurance_stamp_rows() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op <> 'DELETE' then
        insert into assurance_stamp (partner_id, version)
        select c.partner_id, nextval('assurance_stamp_seq')
        from (select distinct partner_id from changed_new order by partner_id) c
        on conflict (partner_id) do update set version = excluded.version;
    end if;
    if tg_op <> 'INSERT' then
        insert into assurance_stamp (partner_id, version)
        select c.partner_id, nextval('assurance_stamp_seq')
        from (select distinct partner_id from changed_old order by partner_id) c
        on conflict (partner_id) do update set version = excluded.version;
    end if;
    return null;
end
$$;
revoke all on function assurance_stamp_rows() from public;

do $$
declare t text;
begin
    foreach t in array array['switch_off_notice', 'switch_off_notice_camera', 'switch_off_acknowledgement',
            'cop_assessment', 'dpia', 'dpia_camera', 'subject_access_request'] loop
        execute format('create trigger %I after insert on %I referencing new table as changed_new '
            || 'for each statement execute function assurance_stamp_rows()', t || '_stamp_insert', t);
        execute format('create trigger %I after update on %I referencing old table as changed_old '
            || 'new table as changed_new for each statement execute function assurance_stamp_rows()',
            t || '_stamp_update', t);
        execute format('create trigger %I after delete on %I referencing old table as changed_old '
            || 'for each statement execute function assurance_stamp_rows()', t || '_stamp_delete', t);
    end loop;
end
$$;

-- The summary names partners, lists councils without assessments and groups by partnership: a partner's name, kind
-- or partnership changing stamps it too (its other columns do not show in the summary).
create function assurance_stamp_partner() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    insert into assurance_stamp (partner_id, version)
    values (case when tg_op = 'DELETE' then old.id else new.id end, nextval('assurance_stamp_seq'))
    on conflict (partner_id) do update set version = excluded.version;
    return null;
end
$$;
revoke all on function assurance_stamp_partner() from public;

create trigger partner_stamp_insert after insert on partner
    for each row execute function assurance_stamp_partner();
create trigger partner_stamp_update after update on partner
    for each row when ((old.name, old.kind, old.partnership_id) is distinct from (new.name, new.kind, new.partnership_id))
    execute function assurance_stamp_partner();
create trigger partner_stamp_delete after delete on partner
    for each row execute function assurance_stamp_partner();
