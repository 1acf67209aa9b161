-- Compliance: every camera and recorder of a partnership held against its ratified specification, as findings (one
-- per asset and rule while it stands) with a severity, a plain-English reason, the recommended action and the cost
-- of a replacement from the approved product list. The engine is set-based, in the database: one statement computes
-- what the rules say of the assets in scope, then inserts what is new, updates what changed and closes what no
-- longer applies. Nothing else writes a finding, except a partner's own acceptance of its risk.
--
-- Who may evaluate what is decided here, not by the caller: the two entry points below are SECURITY DEFINER functions
-- owned by this (the migration) role, and each takes its scope from the session's app.partnership / app.partner
-- settings, which the portal sets from the signed-in user's token. compliance_evaluate_partnership() reaches every
-- partner of the session's partnership and no other; compliance_evaluate_assets(...) reaches only the session
-- partner's own assets. The portal's role cannot insert, delete, or change anything but the acceptance columns.

create table compliance_finding (
    id                 bigint         primary key,
    partner_id         varchar(64)    not null references partner (id),
    partnership_id     varchar(64)    not null references partnership (id),
    asset_kind         varchar(10)    not null check (asset_kind in ('CAMERA', 'RECORDER')),
    asset_id           bigint         not null,
    asset_label        varchar(120)   not null,
    rule               varchar(30)    not null check (rule in ('FLAGGED_MAKER', 'MIN_RESOLUTION', 'FIRMWARE',
                                          'MAX_AGE', 'OPERATING_SYSTEM', 'SECURE_BY_DEFAULT', 'REQUIRED_STANDARD')),
    severity           varchar(10)    not null check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
    severity_rank      smallint       generated always as (case severity when 'CRITICAL' then 1 when 'HIGH' then 2
                                          when 'MEDIUM' then 3 else 4 end) stored,
    action             varchar(30)    not null check (action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE',
                                          'ISOLATE', 'UPDATE_FIRMWARE', 'NONE')),
    reason             varchar(1000)  not null,
    estimated_cost     numeric(12, 2),
    due_date           date,
    status             varchar(10)    not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'CLOSED')),
    raised_version_id  bigint         not null references specification_version (id),
    raised_at          timestamptz    not null,
    updated_at         timestamptz    not null,
    closed_at          timestamptz,
    accepted_by        varchar(200),
    accepted_at        timestamptz,
    acceptance_reason  varchar(2000),
    accepted_until     date,
    reopened_at        timestamptz,
    version            integer        not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null)),
    check (status <> 'ACCEPTED' or (accepted_by is not null and acceptance_reason is not null
                                    and accepted_until is not null))
);
create sequence compliance_finding_id_seq;
alter table compliance_finding alter column id set default nextval('compliance_finding_id_seq');
-- One standing finding per asset and rule; closed ones are history.
create unique index compliance_finding_standing_idx on compliance_finding (asset_kind, asset_id, rule)
    where status <> 'CLOSED';
create index compliance_finding_partner_idx on compliance_finding (partner_id, status, severity_rank);
create index compliance_finding_partnership_idx on compliance_finding (partnership_id) where status <> 'CLOSED';

-- Firmware versions compared number by number: "V5.5.12" < "5.7.0" < "11.8.64".
create function firmware_key(v text) returns int[] language sql immutable strict as $$
    select coalesce(array(select m[1]::int from regexp_matches(v, '(\d{1,9})', 'g') as m), '{}')
$$;

-- The financial year (1 April to 31 March) a date falls in, named by the calendar year it starts in.
create function financial_year(d date) returns int language sql immutable strict as $$
    select extract(year from d - interval '3 months')::int
$$;

-- ---- The engine -------------------------------------------------------------------------------------------------

-- Not callable by the portal: the two entry points below fix its partners from the session.
create function compliance_evaluate(p_partnership varchar, p_partners varchar[], p_all boolean, p_sites bigint[],
                                    p_cameras bigint[], p_recorders bigint[])
    returns table (raised bigint, changed bigint, closed bigint)
    -- The CTEs' row estimates are guesses, which lead the planner to sort tens of thousands of wide rows for merge
    -- joins; hash joins are what every join here wants (measured: a third faster at 40,000 cameras).
    language plpgsql set search_path = public, pg_temp set enable_mergejoin = off as $$
declare
    v_version bigint;
    v_max_age int;
    v_today date := (now() at time zone 'Europe/London')::date;
    v_has_os_list boolean;
begin
    select id, max_asset_age_years into v_version, v_max_age
      from specification_version where partnership_id = p_partnership and status = 'RATIFIED';
    if v_version is null then
        return query select 0::bigint, 0::bigint, 0::bigint;
        return;
    end if;
    select exists (select 1 from spec_supported_os where version_id = v_version) into v_has_os_list;

    return query
    with cams as materialized (
        select c.id, c.partner_id, c.asset_tag, c.type, c.resolution_mp, c.firmware, c.install_date,
               c.next_maintenance, c.manufacturer_id, c.model, c.status, s.sensitive, s.name as site_name,
               coalesce(r.exposure, 'UNKNOWN') as exposure, m.name as maker
          from camera c
          join site s on s.id = c.site_id
          left join recorder r on r.id = c.recorder_id
          left join manufacturer m on m.id = c.manufacturer_id
         where c.partner_id = any(p_partners)
           and (p_all or c.id in (select unnest(p_cameras)) or c.site_id in (select unnest(p_sites))
                or c.recorder_id in (select unnest(p_recorders)))
    ),
    recs as materialized (
        select r.id, r.partner_id, r.name, r.exposure, r.manufacturer_id, r.os_id, s.sensitive, s.name as site_name,
               m.name as maker, os.name as os_name, os.end_of_support
          from recorder r
          join site s on s.id = r.site_id
          left join manufacturer m on m.id = r.manufacturer_id
          left join operating_system os on os.id = r.os_id
         where r.partner_id = any(p_partners)
           and (p_all or r.id in (select unnest(p_recorders)) or r.site_id in (select unnest(p_sites)))
    ),
    price as (
        select camera_type, min(unit_price + install_cost) as cost
          from spec_approved_product where version_id = v_version group by camera_type
    ),
    flags as (select manufacturer_id, level, source from spec_flagged_maker where version_id = v_version),
    rule_rows as (
        -- A flagged maker: out of sensitive sites now; elsewhere off core networks, replaced at the next maintenance
        -- where the kit is already isolated (the policy councils such as Kent follow).
        select 'CAMERA' as kind, c.id as asset_id, c.partner_id, c.asset_tag as label, 'FLAGGED_MAKER' as rule,
               case when c.sensitive or c.exposure = 'INTERNET_FACING' then 'CRITICAL'
                    when c.exposure = 'ISOLATED' then 'MEDIUM' else 'HIGH' end as severity,
               case when c.sensitive then 'REPLACE_NOW' when c.exposure = 'ISOLATED' then 'REPLACE_AT_NEXT_UPGRADE'
                    else 'ISOLATE' end as action,
               c.maker || ' is ' || lower(f.level) || ' by the specification (' || f.source || '). '
               || case when c.sensitive then 'The camera is at ' || c.site_name
                           || ', a sensitive site, where such kit must not stand: replace it now.'
                       when c.exposure = 'INTERNET_FACING' then 'Its recorder faces the internet: take it off the '
                           || 'internet and core networks now, and replace it at its next maintenance.'
                       when c.exposure = 'ISOLATED' then 'It records on an isolated network, so it can stay until '
                           || 'its next maintenance, when it is replaced.'
                       else 'It is not shown as isolated: move it off the core network now, and replace it at '
                           || 'its next maintenance.' end as reason,
               c.type as camera_type, c.next_maintenance
          from cams c join flags f on f.manufacturer_id = c.manufacturer_id
         where c.status <> 'DECOMMISSIONED'
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'MIN_RESOLUTION', 'MEDIUM', 'REPLACE_AT_NEXT_UPGRADE',
               trim_scale(c.resolution_mp) || ' MP is below the minimum of ' || trim_scale(mr.min_mp) || ' MP for '
               || lower(replace(c.type, '_', '-')) || ' cameras: replace it at its next maintenance.',
               c.type, c.next_maintenance
          from cams c join spec_min_resolution mr on mr.version_id = v_version and mr.camera_type = c.type
         where c.resolution_mp < mr.min_mp and c.status <> 'DECOMMISSIONED'
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'FIRMWARE', 'MEDIUM', 'UPDATE_FIRMWARE',
               'Firmware ' || c.firmware || ' is older than ' || p.min_firmware || ', the minimum for the approved '
               || c.model || ': update the firmware.', c.type, c.next_maintenance
          from cams c join spec_approved_product p on p.version_id = v_version
               and p.manufacturer_id = c.manufacturer_id and lower(p.model) = lower(c.model)
         where p.min_firmware is not null and c.firmware is not null and c.status <> 'DECOMMISSIONED'
           and firmware_key(c.firmware) < firmware_key(p.min_firmware)
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'MAX_AGE', 'LOW', 'REPLACE_AT_NEXT_UPGRADE',
               'Installed on ' || to_char(c.install_date, 'FMDD Mon YYYY') || ', older than the maximum age of '
               || v_max_age || ' years: replace it at its next maintenance.', c.type, c.next_maintenance
          from cams c
         where c.status <> 'DECOMMISSIONED' and v_max_age is not null
           and c.install_date <= v_today - make_interval(years => v_max_age)
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag,
               case st.kind when 'SECURE_BY_DEFAULT' then 'SECURE_BY_DEFAULT' else 'REQUIRED_STANDARD' end, 'LOW',
               'REPLACE_AT_NEXT_UPGRADE',
               c.maker || ' does not meet ' || string_agg(st.code, ', ' order by st.code)
               || ', required by the specification: replace it at its next maintenance with kit that does.',
               c.type, c.next_maintenance
          from cams c join spec_standard st on st.version_id = v_version
         where c.manufacturer_id is not null and c.status <> 'DECOMMISSIONED'
           -- A standard is assessed once the specification records which makers meet it.
           and exists (select 1 from spec_standard_maker any_maker where any_maker.standard_id = st.id)
           and not exists (select 1 from spec_standard_maker sm
                            where sm.standard_id = st.id and sm.manufacturer_id = c.manufacturer_id)
         group by c.id, c.partner_id, c.asset_tag, c.maker, c.type, c.next_maintenance,
                  case st.kind when 'SECURE_BY_DEFAULT' then 'SECURE_BY_DEFAULT' else 'REQUIRED_STANDARD' end
        union all
        select 'RECORDER', r.id, r.partner_id, r.name, 'FLAGGED_MAKER',
               case when r.sensitive or r.exposure = 'INTERNET_FACING' then 'CRITICAL'
                    when r.exposure = 'ISOLATED' then 'MEDIUM' else 'HIGH' end,
               case when r.sensitive then 'REPLACE_NOW' when r.exposure = 'ISOLATED' then 'REPLACE_AT_NEXT_UPGRADE'
                    else 'ISOLATE' end,
               r.maker || ' is ' || lower(f.level) || ' by the specification (' || f.source || '). '
               || case when r.sensitive then 'The recorder is at ' || r.site_name
                           || ', a sensitive site, where such kit must not stand: replace it now.'
                       when r.exposure = 'ISOLATED' then 'It is on an isolated network, so it can stay until its '
                           || 'next upgrade.'
                       else 'Move it off the internet and core networks now, and replace it at its next upgrade.'
                  end, null, null
          from recs r join flags f on f.manufacturer_id = r.manufacturer_id
        union all
        select 'RECORDER', r.id, r.partner_id, r.name, 'OPERATING_SYSTEM',
               case when r.end_of_support < v_today then
                        case r.exposure when 'INTERNET_FACING' then 'CRITICAL' when 'ISOLATED' then 'MEDIUM'
                             else 'HIGH' end
                    else 'LOW' end,
               case when r.end_of_support < v_today then
                        case r.exposure when 'INTERNET_FACING' then 'REPLACE_NOW' when 'ISOLATED'
                             then 'REPLACE_AT_NEXT_UPGRADE' else 'ISOLATE' end
                    else 'REPLACE_AT_NEXT_UPGRADE' end,
               case when r.end_of_support < v_today then
                        r.os_name || ' has had no security updates since ' || to_char(r.end_of_support,
                        'FMDD Mon YYYY') || '. ' || case r.exposure
                            when 'INTERNET_FACING' then 'The recorder faces the internet: replace it now.'
                            when 'ISOLATED' then 'It is on an isolated network: upgrade it at its next upgrade.'
                            else 'Isolate it from the network now and upgrade it.' end
                    else r.os_name || ' is not an operating system the specification supports: move to one it '
                        || 'supports at the next upgrade.' end,
               null, null
          from recs r
         where r.os_id is not null
           and (r.end_of_support < v_today
                or (v_has_os_list and not exists (select 1 from spec_supported_os so
                                                   where so.version_id = v_version and so.operating_system_id = r.os_id)))
    ),
    wanted as materialized (
        select w.kind, w.asset_id, w.partner_id, w.label, w.rule, w.severity, w.action, w.reason,
               case when w.action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE') then p.cost end as cost,
               case w.action when 'REPLACE_NOW' then v_today
                             when 'REPLACE_AT_NEXT_UPGRADE' then greatest(coalesce(w.next_maintenance, v_today), v_today)
               end as due
          from rule_rows w left join price p on p.camera_type = w.camera_type
    ),
    existing as materialized (
        select f.id, f.asset_kind, f.asset_id, f.rule, f.severity, f.action, f.reason, f.estimated_cost, f.due_date,
               f.asset_label
          from compliance_finding f
         where f.status <> 'CLOSED'
           and (p_all and f.partnership_id = p_partnership
                or not p_all and f.partner_id = any(p_partners)
                   and ((f.asset_kind = 'CAMERA' and f.asset_id in (select id from cams))
                        or (f.asset_kind = 'RECORDER' and f.asset_id in (select id from recs))))
    ),
    inserted as (
        insert into compliance_finding (partner_id, partnership_id, asset_kind, asset_id, asset_label, rule, severity,
                                        action, reason, estimated_cost, due_date, status, raised_version_id,
                                        raised_at, updated_at)
        select w.partner_id, p_partnership, w.kind, w.asset_id, w.label, w.rule, w.severity, w.action, w.reason,
               w.cost, w.due, 'OPEN', v_version, now(), now()
          from wanted w
         where not exists (select 1 from existing e
                            where e.asset_kind = w.kind and e.asset_id = w.asset_id and e.rule = w.rule)
        on conflict (asset_kind, asset_id, rule) where status <> 'CLOSED' do nothing
        returning 1
    ),
    updated as (
        update compliance_finding f
           set severity = w.severity, action = w.action, reason = w.reason, estimated_cost = w.cost,
               due_date = w.due, asset_label = w.label, updated_at = now()
          from existing e join wanted w on w.kind = e.asset_kind and w.asset_id = e.asset_id and w.rule = e.rule
         where f.id = e.id
           and (e.severity, e.action, e.reason, e.estimated_cost, e.due_date, e.asset_label)
               is distinct from (w.severity, w.action, w.reason, w.cost, w.due, w.label)
        returning 1
    ),
    closing as (
        update compliance_finding f
           set status = 'CLOSED', closed_at = now(), updated_at = now()
          from existing e
         where f.id = e.id
           and not exists (select 1 from wanted w
                            where w.kind = e.asset_kind and w.asset_id = e.asset_id and w.rule = e.rule)
        returning 1
    )
    select (select count(*) from inserted), (select count(*) from updated), (select count(*) from closing);
end $$;
revoke all on function compliance_evaluate(varchar, varchar[], boolean, bigint[], bigint[], bigint[]) from public;

-- After a ratification: every partner of the session's partnership, against its ratified version.
create function compliance_evaluate_partnership() returns table (raised bigint, changed bigint, closed bigint)
    language plpgsql security definer set search_path = public, pg_temp set work_mem = '256MB' as $$
declare
    v_partnership varchar := app_partnership();
    v_partners varchar[];
begin
    if v_partnership = '' then
        raise exception 'no partnership is set on this session' using errcode = 'insufficient_privilege';
    end if;
    select array_agg(id) into v_partners from partner where partnership_id = v_partnership;
    return query select * from compliance_evaluate(v_partnership, coalesce(v_partners, '{}'), true,
                                                   '{}', '{}', '{}');
end $$;

-- After an estate change: the session partner's own assets named here (cameras at the sites, cameras on the
-- recorders and the recorders at the sites included), and nothing else.
create function compliance_evaluate_assets(p_sites bigint[], p_cameras bigint[], p_recorders bigint[])
    returns table (raised bigint, changed bigint, closed bigint)
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    v_partner varchar := app_partner();
    v_partnership varchar;
begin
    select partnership_id into v_partnership from partner
     where id = v_partner and partnership_id = app_partnership();
    if v_partnership is null then
        raise exception 'no partner of this partnership is set on this session' using errcode = 'insufficient_privilege';
    end if;
    return query select * from compliance_evaluate(v_partnership, array[v_partner], false,
                                                   coalesce(p_sites, '{}'), coalesce(p_cameras, '{}'),
                                                   coalesce(p_recorders, '{}'));
end $$;

revoke all on function compliance_evaluate_partnership() from public;
revoke all on function compliance_evaluate_assets(bigint[], bigint[], bigint[]) from public;
grant execute on function compliance_evaluate_partnership(), compliance_evaluate_assets(bigint[], bigint[], bigint[])
    to ${portal_role};
grant execute on function firmware_key(text), financial_year(date) to ${portal_role};

-- ---- Row-level security ------------------------------------------------------------------------------------------

alter table compliance_finding enable row level security;
alter table compliance_finding force row level security;
-- The partner reads its own findings and records its own acceptances.
create policy compliance_finding_own on compliance_finding for all
    using (partner_id = app_partner()) with check (partner_id = app_partner());
-- The PCC office reads the partnership's findings through its named cross-partner paths.
create policy compliance_finding_partnership on compliance_finding for select
    using (app_scope() = 'partnership' and partner_id in (select app_partnership_partners()));
-- Scheduled work finds which partners have acceptances to expire (then changes them as each partner).
create policy compliance_finding_platform_read on compliance_finding for select using (app_scope() = 'platform');

-- The engine runs as this role (the functions above are SECURITY DEFINER): it reads and writes across the partners
-- of the session's partnership, and only those. Every table has FORCE ROW LEVEL SECURITY, so this role is bound too.
create policy compliance_finding_engine on compliance_finding for all to current_user
    using (partnership_id = app_partnership() and partner_id in (select app_partnership_partners()))
    with check (partnership_id = app_partnership() and partner_id in (select app_partnership_partners()));
create policy partner_engine on partner for select to current_user
    using (partnership_id = app_partnership() and app_partnership() <> '');
create policy camera_engine on camera for select to current_user
    using (partner_id in (select app_partnership_partners()));
create policy site_engine on site for select to current_user
    using (partner_id in (select app_partnership_partners()));
create policy recorder_engine on recorder for select to current_user
    using (partner_id in (select app_partnership_partners()));

-- The portal never inserts or deletes a finding, and changes only what a partner's acceptance is made of.
grant select on compliance_finding to ${portal_role};
grant update (status, accepted_by, accepted_at, acceptance_reason, accepted_until, reopened_at, version, updated_at)
    on compliance_finding to ${portal_role};
