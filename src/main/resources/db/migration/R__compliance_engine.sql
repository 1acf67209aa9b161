-- Compliance: the engine that raises, changes and closes findings, and the checks on findings.
--
-- The current definition of each function of this family, and the only place to change one: edit it here and
-- Flyway re-applies this file (it runs after every versioned migration, whenever its checksum changes). A V
-- migration is still needed for what is not a function (tables, triggers, policies, grants). CREATE OR REPLACE
-- keeps each function's owner and grants, which the V migrations below set.

-- firmware_key: made by V5.
CREATE OR REPLACE FUNCTION public.firmware_key(v text)
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$
    select coalesce(array(select m[1]::int from regexp_matches(v, '(\d{1,9})', 'g') as m), '{}')
$function$;

-- financial_year: made by V5.
CREATE OR REPLACE FUNCTION public.financial_year(d date)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$
    select extract(year from d - interval '3 months')::int
$function$;

-- compliance_evaluate: made by V5, changed by V11 and here (the cameras in scope found through their indexes).
-- With p_all, every asset of the partners in p_partners (one partner), or of every partner of the partnership when
-- p_partners is null; only their standing findings are compared. A business's assets are left out: the
-- specification holds them to nothing.
CREATE OR REPLACE FUNCTION public.compliance_evaluate(p_partnership character varying, p_partners character varying[], p_all boolean, p_sites bigint[], p_cameras bigint[], p_recorders bigint[])
 RETURNS TABLE(raised bigint, changed bigint, closed bigint)
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
 SET enable_mergejoin TO 'off'
 SET jit TO 'off'
AS $function$
declare
    v_version bigint;
    v_max_age int;
    v_today date := (app_now() at time zone 'Europe/London')::date;
    v_has_os_list boolean;
    -- The whole partnership: its standing findings are read by partnership alone. Naming its partners as well
    -- (partner_id = any(...)) made the planner add a second bitmap over compliance_finding_partner_idx, which holds
    -- every finding of those partners, closed ones included, and guess a few hundred rows where there are 60,000:
    -- the read took about three times as long.
    v_whole boolean := p_partners is null;
    v_partners varchar[];
    -- Without p_all: the cameras in scope (those named, and those at the sites and on the recorders named).
    v_scope bigint[];
begin
    -- One evaluation at a time per partnership, until the transaction ends: the statement below then reads the
    -- findings an earlier evaluation of the same assets committed, so two can never raise the same finding (the
    -- unique index would refuse it). This replaces V5's ON CONFLICT, whose speculative insertion cost each new
    -- finding an extra index probe and WAL record.
    perform pg_advisory_xact_lock(hashtextextended('compliance_evaluate:' || p_partnership, 0));
    select id, max_asset_age_years into v_version, v_max_age
      from specification_version where partnership_id = p_partnership and status = 'RATIFIED';
    if v_version is null then
        return query select 0::bigint, 0::bigint, 0::bigint;
        return;
    end if;
    select exists (select 1 from spec_supported_os where version_id = v_version) into v_has_os_list;
    v_partners := array(select p.id from partner p
                         where p.partnership_id = p_partnership and p.kind <> 'BUSINESS'
                           and (v_whole or p.id = any(p_partners)));
    -- The cameras in scope found through their own indexes (by id, by site, by recorder) before the statement
    -- below. Sought there with p_all OR'ed into the same condition, they were found by reading every camera of the
    -- partner, so re-evaluating a few thousand cameras of a large estate (an import's chunk) cost about as much as
    -- evaluating all of them.
    if not p_all then
        v_scope := array(
            select c.id from camera c where c.partner_id = any(v_partners) and c.id = any(p_cameras)
            union
            select c.id from camera c where c.partner_id = any(v_partners) and c.site_id = any(p_sites)
            union
            select c.id from camera c where c.partner_id = any(v_partners) and c.recorder_id = any(p_recorders));
    end if;

    return query
    with cams as materialized (
        select c.id, c.partner_id, c.asset_tag, c.type, c.resolution_mp, c.firmware, c.install_date,
               c.next_maintenance, c.manufacturer_id, c.model, s.sensitive, s.name as site_name,
               coalesce(r.exposure, 'UNKNOWN') as exposure, m.name as maker
          from (
                -- Two branches, only one of which runs: every camera of the partners, or those in scope by id.
                select * from camera where p_all and partner_id = any(v_partners)
                union all
                select * from camera where not p_all and id = any(v_scope) and partner_id = any(v_partners)
               ) c
          join site s on s.id = c.site_id
          left join recorder r on r.id = c.recorder_id
          left join manufacturer m on m.id = c.manufacturer_id
         -- Decommissioned cameras raise nothing, so their standing findings close.
         where c.status <> 'DECOMMISSIONED'
    ),
    scope_cams as (
        -- Every camera in scope, decommissioned ones included: their standing findings are the ones compared.
        select unnest(v_scope) as id
    ),
    recs as materialized (
        select r.id, r.partner_id, r.name, r.kind, r.exposure, r.manufacturer_id, r.os_id, s.sensitive,
               s.name as site_name, m.name as maker, os.name as os_name, os.end_of_support
          from recorder r
          join site s on s.id = r.site_id
          left join manufacturer m on m.id = r.manufacturer_id
          left join operating_system os on os.id = r.os_id
         where r.partner_id = any(v_partners)
           and (p_all or r.id in (select unnest(p_recorders)) or r.site_id in (select unnest(p_sites)))
    ),
    price as (
        -- The cheapest approved product of each camera type and each recorder kind, installed.
        select coalesce(camera_type, recorder_kind) as product_type, min(unit_price + install_cost) as cost
          from spec_approved_product where version_id = v_version group by 1
    ),
    flags as (select manufacturer_id, level, source from spec_flagged_maker where version_id = v_version),
    unmet as (
        -- Per maker, the required standards it does not meet (Secure by Default apart from the others), worked out
        -- once for the partnership's makers rather than once per camera. A standard is assessed once the
        -- specification records which makers meet it.
        select m.id as manufacturer_id,
               case st.kind when 'SECURE_BY_DEFAULT' then 'SECURE_BY_DEFAULT' else 'REQUIRED_STANDARD' end as rule,
               string_agg(st.code, ', ' order by st.code) as codes
          from spec_standard st join manufacturer m on m.partnership_id = p_partnership
         where st.version_id = v_version
           and exists (select 1 from spec_standard_maker any_maker where any_maker.standard_id = st.id)
           and not exists (select 1 from spec_standard_maker sm
                            where sm.standard_id = st.id and sm.manufacturer_id = m.id)
         group by 1, 2
    ),
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
               c.type as product_type, c.next_maintenance
          from cams c join flags f on f.manufacturer_id = c.manufacturer_id
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'MIN_RESOLUTION', 'MEDIUM', 'REPLACE_AT_NEXT_UPGRADE',
               trim_scale(c.resolution_mp) || ' MP is below the minimum of ' || trim_scale(mr.min_mp) || ' MP for '
               || lower(replace(c.type, '_', '-')) || ' cameras: replace it at its next maintenance.',
               c.type, c.next_maintenance
          from cams c join spec_min_resolution mr on mr.version_id = v_version and mr.camera_type = c.type
         where c.resolution_mp < mr.min_mp
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'FIRMWARE', 'MEDIUM', 'UPDATE_FIRMWARE',
               'Firmware ' || c.firmware || ' is older than ' || p.min_firmware || ', the minimum for the approved '
               || c.model || ': update the firmware.', c.type, c.next_maintenance
          from cams c join spec_approved_product p on p.version_id = v_version
               and p.manufacturer_id = c.manufacturer_id and lower(p.model) = lower(c.model)
         where p.min_firmware is not null and c.firmware is not null
           and firmware_key(c.firmware) < firmware_key(p.min_firmware)
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, 'MAX_AGE', 'LOW', 'REPLACE_AT_NEXT_UPGRADE',
               'Installed on ' || to_char(c.install_date, 'FMDD Mon YYYY') || ', older than the maximum age of '
               || v_max_age || ' years: replace it at its next maintenance.', c.type, c.next_maintenance
          from cams c
         where v_max_age is not null and c.install_date <= v_today - make_interval(years => v_max_age)
        union all
        select 'CAMERA', c.id, c.partner_id, c.asset_tag, u.rule, 'LOW', 'REPLACE_AT_NEXT_UPGRADE',
               c.maker || ' does not meet ' || u.codes
               || ', required by the specification: replace it at its next maintenance with kit that does.',
               c.type, c.next_maintenance
          from cams c join unmet u on u.manufacturer_id = c.manufacturer_id
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
                  end, r.kind, null
          from recs r join flags f on f.manufacturer_id = r.manufacturer_id
        union all
        select 'RECORDER', r.id, r.partner_id, r.name, 'OPERATING_SYSTEM',
               case when r.end_of_support < v_today then
                        case r.exposure when 'INTERNET_FACING' then 'CRITICAL' when 'ISOLATED' then 'MEDIUM'
                             else 'HIGH' end
                    else 'LOW' end,
               -- A control-room workstation cannot be isolated from the network its operators watch over, so
               -- one past its end of support is replaced in the current financial year, costed like any other.
               case when r.end_of_support < v_today then
                        case when r.exposure = 'INTERNET_FACING' then 'REPLACE_NOW'
                             when r.exposure = 'ISOLATED' then 'REPLACE_AT_NEXT_UPGRADE'
                             when r.kind = 'WORKSTATION' then 'REPLACE_NOW' else 'ISOLATE' end
                    else 'REPLACE_AT_NEXT_UPGRADE' end,
               case when r.end_of_support < v_today then
                        r.os_name || ' has had no security updates since ' || to_char(r.end_of_support,
                        'FMDD Mon YYYY') || '. ' || case
                            when r.exposure = 'INTERNET_FACING' then 'The recorder faces the internet: replace it now.'
                            when r.exposure = 'ISOLATED' then 'It is on an isolated network: upgrade it at its next upgrade.'
                            when r.kind = 'WORKSTATION' then 'A control-room workstation cannot be isolated from the'
                                || ' network its operators watch over: replace it this financial year.'
                            else 'Isolate it from the network now and upgrade it.' end
                    else r.os_name || ' is not an operating system the specification supports: move to one it '
                        || 'supports at the next upgrade.' end,
               r.kind, null
          from recs r
         where r.os_id is not null
           and (r.end_of_support < v_today
                or (v_has_os_list and not exists (select 1 from spec_supported_os so
                                                   where so.version_id = v_version and so.operating_system_id = r.os_id)))
    ),
    wanted as (
        select w.kind, w.asset_id, w.partner_id, w.label, w.rule, w.severity, w.action, w.reason,
               case when w.action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE') then p.cost end as cost,
               case w.action when 'REPLACE_NOW' then v_today
                             when 'REPLACE_AT_NEXT_UPGRADE' then greatest(coalesce(w.next_maintenance, v_today), v_today)
               end as due
          from rule_rows w left join price p on p.product_type = w.product_type
    ),
    existing as (
        select f.id, f.asset_kind, f.asset_id, f.rule, f.severity, f.action, f.reason, f.estimated_cost, f.due_date,
               f.asset_label
          from compliance_finding f
         where p_all and f.status <> 'CLOSED' and f.partnership_id = p_partnership
           and (v_whole or f.partner_id = any(v_partners))
        union all
        -- The recorders' in scope through the standing findings' index, their partner checked on the few found (IS
        -- TRUE keeps the check off compliance_finding_partner_idx). OR'ed into the branch above, they were sought
        -- among every finding of the partner even with no recorder in scope (60 ms of an import's chunk at 100,000
        -- cameras).
        select f.id, f.asset_kind, f.asset_id, f.rule, f.severity, f.action, f.reason, f.estimated_cost, f.due_date,
               f.asset_label
          from compliance_finding f
         where not p_all and f.status <> 'CLOSED' and f.asset_kind = 'RECORDER' and f.asset_id in (select id from recs)
           and (f.partner_id = any(v_partners)) is true
        union all
        -- The cameras' in scope through the standing findings' index, not among every finding of the partner.
        select f.id, f.asset_kind, f.asset_id, f.rule, f.severity, f.action, f.reason, f.estimated_cost, f.due_date,
               f.asset_label
          from compliance_finding f
         where not p_all and f.status <> 'CLOSED' and f.asset_kind = 'CAMERA' and f.asset_id = any(v_scope)
           and f.partner_id = any(v_partners)
    ),
    -- One pass: what is new (no standing finding), what changed, and what no rule says any more.
    diff as materialized (
        select e.id, w.kind, w.asset_id, w.partner_id, w.label, w.rule, w.severity, w.action, w.reason, w.cost,
               w.due
          from wanted w full join existing e
               on e.asset_kind = w.kind and e.asset_id = w.asset_id and e.rule = w.rule
         where e.id is null or w.asset_id is null
            or (e.severity, e.action, e.reason, e.estimated_cost, e.due_date, e.asset_label)
               is distinct from (w.severity, w.action, w.reason, w.cost, w.due, w.label)
    ),
    inserted as (
        insert into compliance_finding (partner_id, partnership_id, asset_kind, asset_id, asset_label, rule, severity,
                                        action, reason, estimated_cost, due_date, status, raised_version_id,
                                        raised_at, updated_at)
        select d.partner_id, p_partnership, d.kind, d.asset_id, d.label, d.rule, d.severity, d.action, d.reason,
               d.cost, d.due, 'OPEN', v_version, app_now(), app_now()
          from diff d
         where d.id is null
        returning 1
    ),
    updated as (
        update compliance_finding f
           set severity = d.severity, action = d.action, reason = d.reason, estimated_cost = d.cost,
               due_date = d.due, asset_label = d.label, updated_at = app_now()
          from diff d
         where f.id = d.id and d.asset_id is not null
           -- The changed findings sought by id: the join alone hashed every finding of the partnership to match
           -- none when the assets only raised new ones (150 ms of an import's chunk at 100,000 cameras).
           and f.id = any(array(select c.id from diff c where c.id is not null and c.asset_id is not null))
        returning 1
    ),
    closing as (
        update compliance_finding f
           set status = 'CLOSED', closed_at = app_now(), updated_at = app_now()
          from diff d
         where f.id = d.id and d.asset_id is null
        returning 1
    )
    select (select count(*) from inserted), (select count(*) from updated), (select count(*) from closing);
end $function$;

-- compliance_evaluate_partnership: made by V5, changed by V16. Every partner of the partnership (p_partners null).
CREATE OR REPLACE FUNCTION public.compliance_evaluate_partnership()
 RETURNS TABLE(raised bigint, changed bigint, closed bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET work_mem TO '256MB'
AS $function$
declare
    v_partnership varchar := app_partnership();
begin
    if v_partnership = '' then
        raise exception 'no partnership is set on this session' using errcode = 'insufficient_privilege';
    end if;
    return query select * from compliance_evaluate(v_partnership, null, true, '{}', '{}', '{}');
end $function$;

-- compliance_evaluation_partners: made here. The partners of the caller's partnership the engine holds to the
-- specification (not businesses, whose cameras are watched, not assessed), in a fixed order: the evaluation after a
-- ratification goes through them one at a time, and one taken up again after a restart goes on where it stopped.
CREATE OR REPLACE FUNCTION public.compliance_evaluation_partners()
 RETURNS SETOF character varying
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
    select p.id from partner p
     where p.partnership_id = app_partnership() and app_partnership() <> '' and p.kind <> 'BUSINESS'
     order by p.id
$function$;
revoke all on function public.compliance_evaluation_partners() from public;
grant execute on function public.compliance_evaluation_partners() to ${portal_role};

-- compliance_evaluate_partner: made here. Every camera and recorder of one partner of the caller's partnership
-- against the ratified version, in the caller's transaction: one step of the evaluation after a ratification.
CREATE OR REPLACE FUNCTION public.compliance_evaluate_partner(p_partner character varying)
 RETURNS TABLE(raised bigint, changed bigint, closed bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET work_mem TO '256MB'
AS $function$
declare
    v_partnership varchar := app_partnership();
begin
    if v_partnership = '' or not exists (select 1 from partner p where p.id = p_partner
                                          and p.partnership_id = v_partnership) then
        raise exception 'partner % is not of the caller''s partnership', p_partner
            using errcode = 'insufficient_privilege';
    end if;
    return query select * from compliance_evaluate(v_partnership, array[p_partner], true, '{}', '{}', '{}');
end $function$;
revoke all on function public.compliance_evaluate_partner(character varying) from public;
grant execute on function public.compliance_evaluate_partner(character varying) to ${portal_role};

-- compliance_evaluate_assets: made by V5, changed by V16.
CREATE OR REPLACE FUNCTION public.compliance_evaluate_assets(p_sites bigint[], p_cameras bigint[], p_recorders bigint[])
 RETURNS TABLE(raised bigint, changed bigint, closed bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
end $function$;

-- compliance_finding_references_exist: made by V11; since V73 it also refuses a finding for a business's asset (a
-- business's cameras are watched, not assessed), once per statement over the inserted rows where V38's row trigger
-- looked each finding's partner up on its own.
CREATE OR REPLACE FUNCTION public.compliance_finding_references_exist()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
AS $function$
declare
    bad record;
begin
    select n.id, n.partner_id, n.partnership_id, n.raised_version_id into bad
      from new_findings n
     where not exists (select 1 from partner p where p.id = n.partner_id and p.partnership_id = n.partnership_id)
        or not exists (select 1 from specification_version v
                        where v.id = n.raised_version_id and v.partnership_id = n.partnership_id
                          and v.status <> 'DRAFT')
     limit 1;
    if found then
        raise exception 'finding % names partner %, partnership % and version %, which do not belong together',
            bad.id, bad.partner_id, bad.partnership_id, bad.raised_version_id using errcode = 'foreign_key_violation';
    end if;
    select n.id, n.partner_id into bad
      from new_findings n join partner p on p.id = n.partner_id
     where p.kind = 'BUSINESS'
     limit 1;
    if found then
        raise exception 'finding % is for an asset of %, a business, whose cameras are watched, not assessed',
            bad.id, bad.partner_id using errcode = 'check_violation';
    end if;
    return null;
end $function$;

-- compliance_finding_owner_fixed: made by V11.
CREATE OR REPLACE FUNCTION public.compliance_finding_owner_fixed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    if (new.partner_id, new.partnership_id, new.raised_version_id, new.asset_kind, new.asset_id, new.rule)
            is distinct from (old.partner_id, old.partnership_id, old.raised_version_id, old.asset_kind,
                              old.asset_id, old.rule) then
        raise exception 'a finding keeps its partner, partnership, version, asset and rule'
            using errcode = 'check_violation';
    end if;
    return new;
end $function$;

-- compliance_ratify_preview: made by V30.
CREATE OR REPLACE FUNCTION public.compliance_ratify_preview(p_version bigint)
 RETURNS TABLE(partner_id character varying, partner_name character varying, change character varying, asset_label character varying, rule character varying, severity character varying, cost_before numeric, cost_after numeric, unpriced_before bigint, unpriced_after bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET work_mem TO '256MB'
AS $function$
#variable_conflict use_column
declare
    v_partnership varchar := app_partnership();
    v_before jsonb;
    v_after jsonb;
begin
    if v_partnership = '' or not exists (select 1 from partner p where p.id = app_partner()
            and p.partnership_id = v_partnership and p.kind = 'PCC_OFFICE') then
        raise exception 'only the partnership''s PCC office previews a ratification'
            using errcode = 'insufficient_privilege';
    end if;
    if not exists (select 1 from specification_version v where v.id = p_version
            and v.partnership_id = v_partnership and v.status = 'DRAFT') then
        raise exception 'version % is not a draft of this partnership', p_version using errcode = 'no_data_found';
    end if;
    select coalesce(jsonb_agg(jsonb_build_object('partner', f.partner_id, 'kind', f.asset_kind, 'asset', f.asset_id,
               'label', f.asset_label, 'rule', f.rule, 'severity', f.severity, 'cost', f.estimated_cost,
               'replace', f.action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE'))), '[]')
      into v_before from compliance_finding f where f.partnership_id = v_partnership and f.status <> 'CLOSED';
    -- Ratify and evaluate in a subtransaction, read what it left, then roll the subtransaction back: the preview is
    -- the engine's own answer, and nothing of it outlives this block.
    begin
        update specification_version v set status = 'SUPERSEDED'
         where v.partnership_id = v_partnership and v.status = 'RATIFIED';
        update specification_version v set status = 'RATIFIED', ratified_by = 'preview', ratified_at = now()
         where v.id = p_version;
        perform compliance_evaluate(v_partnership, null, true, '{}', '{}', '{}');
        select coalesce(jsonb_agg(jsonb_build_object('partner', f.partner_id, 'kind', f.asset_kind,
                   'asset', f.asset_id, 'label', f.asset_label, 'rule', f.rule, 'severity', f.severity,
                   'cost', f.estimated_cost, 'replace', f.action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE'))), '[]')
          into v_after from compliance_finding f where f.partnership_id = v_partnership and f.status <> 'CLOSED';
        raise exception 'preview only' using errcode = 'CP901';
    exception when sqlstate 'CP901' then
        null;
    end;
    return query
    with b as (select * from jsonb_to_recordset(v_before) as x(partner varchar, kind varchar, asset bigint,
                   label varchar, rule varchar, severity varchar, cost numeric, replace boolean)),
         a as (select * from jsonb_to_recordset(v_after) as x(partner varchar, kind varchar, asset bigint,
                   label varchar, rule varchar, severity varchar, cost numeric, replace boolean)),
         opening as (select a.* from a where not exists (select 1 from b
                      where b.kind = a.kind and b.asset = a.asset and b.rule = a.rule)),
         closing as (select b.* from b where not exists (select 1 from a
                      where a.kind = b.kind and a.asset = b.asset and a.rule = b.rule)),
         -- The capital plan counts each asset to replace once, at its dearest finding's cost; unpriced if none has one.
         plan_b as (select s.partner, coalesce(sum(s.cost), 0) as cost, count(*) filter (where s.cost is null) as unpriced
                      from (select b.partner, b.kind, b.asset, max(b.cost) as cost from b where b.replace
                             group by 1, 2, 3) s group by 1),
         plan_a as (select s.partner, coalesce(sum(s.cost), 0) as cost, count(*) filter (where s.cost is null) as unpriced
                      from (select a.partner, a.kind, a.asset, max(a.cost) as cost from a where a.replace
                             group by 1, 2, 3) s group by 1),
         totals as (select coalesce(pb.partner, pa.partner) as partner, coalesce(pb.cost, 0) as cb,
                           coalesce(pa.cost, 0) as ca, coalesce(pb.unpriced, 0) as ub, coalesce(pa.unpriced, 0) as ua
                      from plan_b pb full join plan_a pa on pa.partner = pb.partner)
    select o.partner, p.name, 'OPENS'::varchar, o.label, o.rule, o.severity, null::numeric, o.cost, null::bigint,
           null::bigint
      from opening o join partner p on p.id = o.partner
    union all
    select c.partner, p.name, 'CLOSES'::varchar, c.label, c.rule, c.severity, c.cost, null::numeric, null::bigint,
           null::bigint
      from closing c join partner p on p.id = c.partner
    union all
    select t.partner, p.name, 'COST'::varchar, null::varchar, null::varchar, null::varchar, t.cb, t.ca, t.ub, t.ua
      from totals t join partner p on p.id = t.partner
     where t.cb <> t.ca or t.ub <> t.ua;
end $function$;
