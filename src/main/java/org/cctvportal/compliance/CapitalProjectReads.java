package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cctvportal.platform.NativeRows;

/**
 * What capital projects hold, costed by the capital plan itself: each item is joined to the plan's one line per asset
 * (its due financial year and cost), so a project's total is always the plan's. An item whose asset has left the plan
 * (its replacement done, its findings closed) stays in the project, uncosted, until someone removes it. Row-level
 * security bounds every read; the caller says whose plan (a partner, or the partnership inside its cross-partner read).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CapitalProjectReads {

    @Inject
    EntityManager entityManager;

    @Inject
    FindingService findings;

    /** One project with its items counted and costed; {@code partnerName} is the owner's. */
    public record Summary(long id, String name, String partnerName, long items, long inPlan, long unpriced,
            BigDecimal cost) {
        public String costText() {
            return CapitalPlanService.money(cost);
        }
    }

    /** One item of a project: in the plan ({@code startYear} set) or no longer. */
    public record Line(long itemId, String assetKind, long assetId, String asset, Integer startYear, LocalDate due,
            BigDecimal cost, String reasons) {
        public boolean inPlan() {
            return startYear != null;
        }

        public String yearLabel() {
            return startYear == null ? "" : CapitalPlanService.label(startYear);
        }

        public String costText() {
            return cost == null ? "" : CapitalPlanService.money(cost);
        }
    }

    /** A replacement of the caller's plan that no project holds yet. */
    public record Candidate(String assetKind, long assetId, String asset, int startYear, BigDecimal cost) {
        public String yearLabel() {
            return CapitalPlanService.label(startYear);
        }

        public String costText() {
            return cost == null ? "Not priced" : CapitalPlanService.money(cost);
        }
    }

    /** Projects of one partner ({@code PARTNER}) or of the partnership ({@code PARTNERSHIP}), by partner and name. */
    public List<Summary> summaries(boolean partnership, String scopeId) {
        String sql = CapitalPlanService.assets(partnership ? CapitalPlanService.PARTNERSHIP : CapitalPlanService.OWN)
                + "select p.id, p.name, pa.name, count(i.id), count(a.asset_id),"
                + " count(a.asset_id) filter (where a.cost is null), coalesce(sum(a.cost), 0)"
                + " from capital_project p join partner pa on pa.id = p.partner_id"
                + " left join capital_project_item i on i.project_id = p.id"
                + " left join asset a on a.asset_kind = i.asset_kind and a.asset_id = i.asset_id"
                + " where " + (partnership ? "pa.partnership_id" : "p.partner_id") + " = ?2"
                + " group by p.id, p.name, pa.name order by lower(pa.name), lower(p.name)";
        return rows(sql, scopeId).stream().map(r -> new Summary(NativeRows.longValue(r[0]), (String) r[1],
                (String) r[2], NativeRows.longValue(r[3]), NativeRows.longValue(r[4]), NativeRows.longValue(r[5]),
                (BigDecimal) r[6])).toList();
    }

    /** The items of one project of {@code partnerId}, by financial year then asset; those out of the plan last. */
    public List<Line> lines(long projectId, String partnerId) {
        String sql = CapitalPlanService.assets(CapitalPlanService.OWN) + "select i.id, i.asset_kind, i.asset_id,"
                + " coalesce(a.label, i.asset_label), financial_year(a.due), a.due, a.cost, a.reasons"
                + " from capital_project_item i left join asset a on a.asset_kind = i.asset_kind"
                + " and a.asset_id = i.asset_id where i.project_id = ?3"
                + " order by 5 nulls last, 4, 1";
        return rows(sql, partnerId, projectId).stream().map(r -> new Line(NativeRows.longValue(r[0]),
                (String) r[1], NativeRows.longValue(r[2]), (String) r[3],
                r[4] == null ? null : ((Number) r[4]).intValue(), NativeRows.localDate(r[5]), (BigDecimal) r[6],
                (String) r[7])).toList();
    }

    /** Up to {@code limit} of the caller's replacements that no project holds, by financial year then asset. */
    public List<Candidate> candidates(String partnerId, int limit) {
        String sql = CapitalPlanService.assets(CapitalPlanService.OWN) + "select a.asset_kind, a.asset_id, a.label,"
                + " financial_year(a.due), a.cost from asset a where not exists (select 1 from capital_project_item i"
                + " where i.asset_kind = a.asset_kind and i.asset_id = a.asset_id) order by 4, 3 limit ?3";
        return rows(sql, partnerId, limit).stream().map(r -> new Candidate((String) r[0],
                NativeRows.longValue(r[1]), (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4])).toList();
    }

    /** The caller's plan lines whose asset tag or recorder name is {@code label}, any case: one, or two alike. */
    public List<Candidate> inPlanNamed(String partnerId, String label) {
        String sql = CapitalPlanService.assets(CapitalPlanService.OWN) + "select a.asset_kind, a.asset_id, a.label,"
                + " financial_year(a.due), a.cost from asset a where lower(a.label) = lower(?3) order by 1";
        return rows(sql, partnerId, label.strip()).stream().map(r -> new Candidate((String) r[0],
                NativeRows.longValue(r[1]), (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4])).toList();
    }

    /** Whether the partner's plan has a replacement of this asset. */
    public Optional<Candidate> inPlan(String partnerId, String assetKind, long assetId) {
        String sql = CapitalPlanService.assets(CapitalPlanService.OWN) + "select a.asset_kind, a.asset_id, a.label,"
                + " financial_year(a.due), a.cost from asset a where a.asset_kind = ?3 and a.asset_id = ?4";
        return rows(sql, partnerId, assetKind, assetId).stream().map(r -> new Candidate((String) r[0],
                NativeRows.longValue(r[1]), (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4]))
                .findFirst();
    }

    private List<Object[]> rows(String sql, Object scope, Object... more) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, Date.valueOf(findings.today()))
                .setParameter(2, scope);
        for (int i = 0; i < more.length; i++) {
            query.setParameter(3 + i, more[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> (Object[]) row).toList();
    }
}
