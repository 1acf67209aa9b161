package org.cctvportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.NativeRows;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * The capital plan: each asset a standing finding says to replace, once, in the financial year (1 April to 31 March)
 * it is due: a replace-now finding in the current year, the others in the year of the camera's next maintenance,
 * and an accepted risk no earlier than the year its acceptance ends. Costed from the approved product list (the
 * cheapest approved product of the camera's type or the recorder's kind, with installation).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CapitalPlanService {

    /**
     * One replacement due per asset, whatever number of findings call for it. Row-level security bounds the
     * findings; the partner (?2, {@link #OWN}) or partnership ({@link #PARTNERSHIP}) is also given as a bound value,
     * so that PostgreSQL reads them by index: a condition on app_partner() is never used ahead of the policies, which
     * would weigh every standing finding of the country.
     */
    static String assets(String scope) {
        return ASSETS.formatted(scope);
    }

    static final String OWN = "partner_id";

    static final String PARTNERSHIP = "partnership_id";

    private static final String ASSETS = "with asset as (select f.partner_id, f.asset_kind, f.asset_id,"
            + " min(f.asset_label) as label, max(f.estimated_cost) as cost,"
            + " greatest(min(case when f.status = 'ACCEPTED' then greatest(f.due_date, f.accepted_until)"
            + " else f.due_date end), ?1) as due,"
            + " string_agg(f.reason, ' ' order by f.severity_rank, f.rule) as reasons"
            + " from compliance_finding f where f.status <> 'CLOSED' and f.%s = ?2"
            + " and f.action in ('REPLACE_NOW', 'REPLACE_AT_NEXT_UPGRADE')"
            + " group by f.partner_id, f.asset_kind, f.asset_id) ";

    @Inject
    EntityManager entityManager;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    FindingService findings;

    @Inject
    TenantContext tenant;

    /** One financial year of a plan. */
    public record Year(int startYear, long replacements, long cameras, long unpriced, BigDecimal cost) {
        public String label() {
            return CapitalPlanService.label(startYear);
        }

        public String costText() {
            return money(cost);
        }
    }

    /** 2026/27: the financial year starting on 1 April 2026. */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** £12,345 (the plan is an estimate: whole pounds). */
    public static String money(BigDecimal amount) {
        return org.cctvportal.platform.web.Formats.wholePounds(amount);
    }

    /** One partner's line of the partnership's plan. */
    public record PartnerYear(String partnerId, String partnerName, int startYear, long replacements,
            BigDecimal cost, long unpriced) {
    }

    /** One asset to replace, for the CSV; the partner's name is given in the partnership's plan. */
    public record Replacement(int startYear, String assetKind, String asset, LocalDate due, BigDecimal cost,
            String reasons, String partnerName) {
    }

    /** The caller's plan, year by year. */
    public List<Year> plan() {
        List<?> rows = entityManager.createNativeQuery(assets(OWN) + "select financial_year(due), count(*),"
                + " count(*) filter (where asset_kind = 'CAMERA'), count(*) filter (where cost is null),"
                + " coalesce(sum(cost), 0) from asset group by 1 order by 1")
                .setParameter(1, Date.valueOf(findings.today())).setParameter(2, tenant.requirePartner())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Year(n(r[0]), n(r[1]), n(r[2]), n(r[3]),
                (BigDecimal) r[4])).toList();
    }

    /** Every asset of the caller's plan, by year then asset. */
    public List<Replacement> replacements() {
        List<?> rows = entityManager.createNativeQuery(assets(OWN) + "select financial_year(due), asset_kind, label,"
                + " due, cost, reasons from asset order by 1, 2, 3")
                .setParameter(1, Date.valueOf(findings.today())).setParameter(2, tenant.requirePartner())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Replacement(n(r[0]), r[1].toString(),
                r[2].toString(), NativeRows.localDate(r[3]), (BigDecimal) r[4], r[5].toString(), null)).toList();
    }

    /** The partnership's plan year by year, every partner's replacements together: the PCC office's own view. */
    public List<Year> partnershipYears() {
        Date today = Date.valueOf(findings.today());
        return crossPartner.read(CrossPartnerPath.CAPITAL_PLAN, () -> {
            List<?> rows = entityManager.createNativeQuery(assets(PARTNERSHIP) + "select financial_year(due),"
                    + " count(*), count(*) filter (where asset_kind = 'CAMERA'), count(*) filter (where cost is null),"
                    + " coalesce(sum(cost), 0) from asset group by 1 order by 1")
                    .setParameter(1, today).setParameter(2, tenant.partnershipId()).getResultList();
            return rows.stream().map(row -> (Object[]) row).map(r -> new Year(n(r[0]), n(r[1]), n(r[2]), n(r[3]),
                    (BigDecimal) r[4])).toList();
        });
    }

    /** Every asset of the partnership's plan with its partner, by year, partner then asset: the PCC office's CSV. */
    public List<Replacement> partnershipReplacements() {
        Date today = Date.valueOf(findings.today());
        return crossPartner.read(CrossPartnerPath.CAPITAL_PLAN, () -> {
            List<?> rows = entityManager.createNativeQuery(assets(PARTNERSHIP) + "select financial_year(a.due),"
                    + " a.asset_kind, a.label, a.due, a.cost, a.reasons, p.name from asset a join partner p"
                    + " on p.id = a.partner_id order by 1, lower(p.name), 2, 3")
                    .setParameter(1, today).setParameter(2, tenant.partnershipId()).getResultList();
            return rows.stream().map(row -> (Object[]) row).map(r -> new Replacement(n(r[0]), r[1].toString(),
                    r[2].toString(), NativeRows.localDate(r[3]), (BigDecimal) r[4], r[5].toString(),
                    r[6].toString())).toList();
        });
    }

    /** Every partner's plan, year by year: the partnership's total, for the PCC office. */
    public List<PartnerYear> partnershipPlan() {
        Date today = Date.valueOf(findings.today());
        return crossPartner.read(CrossPartnerPath.CAPITAL_PLAN, () -> {
            List<?> rows = entityManager.createNativeQuery(assets(PARTNERSHIP) + "select p.id, p.name,"
                    + " financial_year(a.due), count(*), coalesce(sum(a.cost), 0),"
                    + " count(*) filter (where a.cost is null) from asset a join partner p"
                    + " on p.id = a.partner_id group by p.id, p.name, 3 order by lower(p.name), 3")
                    .setParameter(1, today).setParameter(2, tenant.partnershipId()).getResultList();
            return rows.stream().map(row -> (Object[]) row).map(r -> new PartnerYear(r[0].toString(),
                    r[1].toString(), n(r[2]), n(r[3]), (BigDecimal) r[4], n(r[5]))).toList();
        });
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }
}
