-- The impact preview before ratifying a draft specification: the findings that would open and close and the capital
-- costs that would change, per partner, worked out by the engine itself in a subtransaction that is rolled back, so
-- nothing is kept. Only the partnership's PCC office may ask (its admin ratifies); the function's current body is in
-- R__compliance_engine.sql.

create function compliance_ratify_preview(p_version bigint)
 RETURNS TABLE(partner_id character varying, partner_name character varying, change character varying, asset_label character varying, rule character varying, severity character varying, cost_before numeric, cost_after numeric, unpriced_before bigint, unpriced_after bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET work_mem TO '256MB'
AS $function$
#variable_conflict use_column
declare
    v_partnership varchar := app_partnership();
    v_partners varchar[];
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
    select array_agg(p.id) into v_partners from partner p where p.partnership_id = v_partnership;
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
        perform compliance_evaluate(v_partnership, coalesce(v_partners, '{}'), true, '{}', '{}', '{}');
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

revoke all on function compliance_ratify_preview(bigint) from public;
grant execute on function compliance_ratify_preview(bigint) to ${portal_role};
