package org.cctvportal.dashboard;

import static org.cctvportal.platform.NativeRows.instant;
import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.compliance.ComplianceFigures;
import org.cctvportal.estate.EstateFigures;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Reads the dashboards' pre-aggregated figures: the caller's own partner's rows, or, for the PCC office, every
 * partner's of the partnership through the named path {@link CrossPartnerPath#PARTNERSHIP_DASHBOARD}. Row-level
 * security bounds both; nothing here filters by partner to keep others out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardReads {

    /** Cameras drawn on the map at once; zooming in shows the rest. */
    static final int MAP_LIMIT = 2000;

    @Inject
    EntityManager entityManager;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    TenantContext tenant;

    @Inject
    HubDirectory hubDirectory;

    @Inject
    EstateFigures estateFigures;

    @Inject
    ComplianceFigures complianceFigures;

    /** Figures summed over the partners read: (figure, item) to amount. */
    public record Amounts(Map<String, BigDecimal> values) {
        public BigDecimal of(String figure, String item) {
            return values.getOrDefault(figure + "/" + item, BigDecimal.ZERO);
        }

        public long count(String figure, String item) {
            return of(figure, item).longValue();
        }

        /** Every item of one figure with its amount, in item order. */
        public Map<String, BigDecimal> items(String figure) {
            Map<String, BigDecimal> items = new java.util.TreeMap<>();
            values.forEach((key, amount) -> {
                if (key.startsWith(figure + "/")) {
                    items.put(key.substring(figure.length() + 1), amount);
                }
            });
            return items;
        }
    }

    /** One partner's line of the PCC office's table. */
    public record PartnerLine(String id, String name, long cameras, long live, long critical, long high,
            long risks, BigDecimal capitalThisYear, long evidence, BigDecimal rechargeThisMonth) {
        public String capitalText() {
            return org.cctvportal.compliance.CapitalPlanService.money(capitalThisYear);
        }

        public String rechargeText() {
            return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK).format(rechargeThisMonth);
        }
    }

    /** What a dashboard shows: the summed figures, the partners' lines (PCC only), hub names and the as-at time. */
    public record Snapshot(Amounts totals, List<PartnerLine> partners, Map<Long, String> hubNames, Instant asAt,
            Instant oldest, long partnersTaken) {
    }

    /** One camera on the PCC office's map with its worst open finding. */
    public record MapCamera(long id, String tag, double lat, double lon, String partnerId, String partner,
            String severity) {
    }

    /** When the figures read were taken: the newest and oldest taking and how many partners' were taken. */
    public record Taking(Instant asAt, Instant oldest, long partners) {
    }

    /**
     * What the PCC dashboard checks on every request: when the figures were taken, and the partnership's assurance
     * stamp (0 before any assurance row was written), which moves whenever a row its summary reads changes.
     */
    public record Current(Taking taking, long assuranceStamp) {
    }

    /**
     * Work on the partnership's figures, every partner's, for the PCC office, through the named path: everything the
     * work reads (here and through other partnership paths it calls) shares one read-only transaction.
     */
    public <T> T partnership(java.util.function.Supplier<T> work) {
        return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, work);
    }

    /**
     * When the partnership's figures were taken and its assurance stamp, in one statement; inside
     * {@link #partnership(java.util.function.Supplier)}.
     */
    public Current partnershipCurrent() {
        String partnership = tenant.partnershipId();
        // The stamp is assurance's to define: its published function, read in the same statement as the taking.
        Object[] r = rows(entityManager.createNativeQuery("select max(r.as_at), min(r.as_at), count(*),"
                + " assurance_partnership_stamp(?1)"
                + " from dashboard_refresh r where r.partnership_id = ?1").setParameter(1, partnership)).get(0);
        return new Current(new Taking(instant(r[0]), instant(r[1]), longValue(r[2])), longValue(r[3]));
    }

    /** The partnership's figures as taken then; inside {@link #partnership(java.util.function.Supplier)}. */
    public Snapshot partnershipSnapshot(Taking taking, int financialYear, String month) {
        return snapshot(true, taking, financialYear, month);
    }

    /** The caller's own partner's figures. */
    public Snapshot own() {
        return snapshot(false, taking("partner_id", tenant.requirePartner()), 0, "");
    }

    // Row-level security bounds every read here. The partnership (or partner) is also given as a bound value so
    // that PostgreSQL reads the few rows by index: a condition on app_partnership() is never used ahead of the
    // policies, which would weigh every partner's rows of the country.
    private Taking taking(String scope, String key) {
        Object[] taken = rows(entityManager.createNativeQuery("select max(as_at), min(as_at), count(*)"
                + " from dashboard_refresh where " + scope + " = ?1").setParameter(1, key)).get(0);
        return new Taking(instant(taken[0]), instant(taken[1]), longValue(taken[2]));
    }

    private Snapshot snapshot(boolean partnersToo, Taking taking, int financialYear, String month) {
        String scope = partnersToo ? "partnership_id" : "partner_id";
        String key = partnersToo ? tenant.partnershipId() : tenant.requirePartner();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Object[] r : rows(entityManager.createNativeQuery("select figure, item, sum(amount) from dashboard_figure"
                + " where " + scope + " = ?1 group by figure, item").setParameter(1, key))) {
            totals.put(r[0] + "/" + r[1], (BigDecimal) r[2]);
        }
        List<PartnerLine> partners = List.of();
        if (partnersToo) {
            partners = rows(entityManager.createNativeQuery("select p.id, p.name,"
                    + " sum(f.amount) filter (where f.figure = 'CAMERAS'),"
                    + " sum(f.amount) filter (where f.figure = 'CAMERAS' and f.item = 'LIVE'),"
                    + " sum(f.amount) filter (where f.figure = 'FINDINGS' and f.item = 'CRITICAL'),"
                    + " sum(f.amount) filter (where f.figure = 'FINDINGS' and f.item = 'HIGH'),"
                    + " sum(f.amount) filter (where f.figure = 'RISKS'),"
                    + " sum(f.amount) filter (where f.figure = 'CAPITAL_COST' and f.item = ?1),"
                    + " sum(f.amount) filter (where f.figure = 'EVIDENCE' and f.item = 'CREATED'),"
                    + " sum(f.amount) filter (where f.figure = 'RECHARGE' and f.item = ?2)"
                    + " from partner p left join dashboard_figure f on f.partner_id = p.id and f.partnership_id = ?3"
                    + " where p.partnership_id = ?3 group by p.id, p.name order by lower(p.name)")
                    .setParameter(1, Integer.toString(financialYear)).setParameter(2, month).setParameter(3, key))
                    .stream()
                    .map(r -> new PartnerLine(r[0].toString(), r[1].toString(), longValue(r[2]), longValue(r[3]),
                            longValue(r[4]), longValue(r[5]), longValue(r[6]), money(r[7]), longValue(r[8]),
                            money(r[9]))).toList();
        }
        Map<Long, String> hubs = hubDirectory.names(tenant.partnershipId());
        return new Snapshot(new Amounts(totals), partners, hubs, taking.asAt(), taking.oldest(), taking.partners());
    }

    /** The partners' cameras inside a box (or the first ones, with none), with their worst open severity. */
    public List<MapCamera> map(Double south, Double west, Double north, Double east) {
        // The estate places the cameras and compliance gives each its worst open severity, in the same transaction.
        return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> {
            List<EstateFigures.MapPoint> points = estateFigures.onMap(south, west, north, east, MAP_LIMIT);
            Map<Long, String> severities = complianceFigures.worstOpenSeverity(
                    points.stream().map(EstateFigures.MapPoint::id).toList());
            return points.stream().map(c -> new MapCamera(c.id(), c.tag(), c.lat(), c.lon(), c.partnerId(),
                    c.partner(), severities.getOrDefault(c.id(), "NONE"))).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream().map(o -> (Object[]) o).toList();
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
