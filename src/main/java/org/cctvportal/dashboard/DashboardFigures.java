package org.cctvportal.dashboard;

import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cctvportal.compliance.CapitalPlanService;
import org.cctvportal.compliance.FindingService;
import org.cctvportal.compliance.Severity;
import org.cctvportal.monitoring.Hub;
import org.cctvportal.monitoring.StatementService;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.rota.CoverageService;
import org.cctvportal.rota.ShiftService;
import org.jboss.logging.Logger;

/**
 * Takes each partner's dashboard figures and keeps them as small rows ({@code dashboard_figure}), so a dashboard
 * reads a few hundred rows however large the estate. Each partner's figures are taken under its own tenant and
 * row-level security, with the same queries and services its own pages use (compliance counts, capital plan,
 * statements, rota gaps), and replace its previous rows in one transaction with the time they were taken.
 */
@ApplicationScoped
public class DashboardFigures {

    private static final Logger LOG = Logger.getLogger(DashboardFigures.class);

    /** Months of recharge income kept: this month and the five before. */
    static final int RECHARGE_MONTHS = 6;

    /** How far ahead the rota's coverage gaps are counted. */
    static final Duration GAP_HORIZON = Duration.ofDays(14);

    /**
     * The caller's own approved monitoring in a month per hub: booked and delivered hours as on its statement (each
     * booking's minutes, then hours) and the camera-hours booked, which measure a hub's use against its capacity.
     */
    static final String OWN_HOURS = "select hub_id, sum(booked) / 60.0, sum(delivered) / 60.0, sum(camera) / 60.0"
            + " from (select o.booking_id, o.hub_id,"
            + " sum(extract(epoch from upper(o.period) - lower(o.period)))::bigint / 60 as booked,"
            + " sum(case when upper(o.period) <= ?3 then extract(epoch from upper(o.period) - lower(o.period))"
            + " else 0 end)::bigint / 60 as delivered,"
            + " sum(o.cameras * extract(epoch from upper(o.period) - lower(o.period)))::bigint / 60 as camera"
            + " from booking_occurrence o where o.approved and o.partner_id = ?4"
            + " and lower(o.period) >= ?1 and lower(o.period) < ?2 group by o.booking_id, o.hub_id) b"
            + " group by hub_id";

    /** A hub's capacity over a period in camera-hours: its capacity at each hour (it changes only on the hour). */
    static final String CAPACITY_HOURS = "select coalesce(sum(c.capacity), 0) from hub_capacity_at(?1, array("
            + "select generate_series(cast(?2 as timestamptz), cast(?3 as timestamptz) - interval '1 hour',"
            + " interval '1 hour'))) c";

    @Inject
    EntityManager entityManager;

    @Inject
    UnattendedWork scheduled;

    @Inject
    TenantContext tenant;

    @Inject
    FindingService findings;

    @Inject
    CapitalPlanService capitalPlan;

    @Inject
    StatementService statements;

    @Inject
    ShiftService shiftService;

    @Inject
    CoverageService coverage;

    @Inject
    Clock clock;

    /** One figure of one partner. */
    record Figure(String figure, String item, BigDecimal amount) {
        Figure(String figure, String item, long amount) {
            this(figure, item, BigDecimal.valueOf(amount));
        }
    }

    /** Takes every partner's figures, each partner in a transaction of its own; says how many partners. */
    @ActivateRequestContext
    public String refreshAll() {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery(
                "select id, partnership_id from partner order by partnership_id, id").getResultList());
        List<String> failed = new ArrayList<>();
        for (Object row : rows) {
            Object[] partner = (Object[]) row;
            try {
                scheduled.forPartner(partner[0].toString(), partner[1].toString(), this::refreshOwn);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not take the dashboard figures of %s", partner[0]);
                failed.add(partner[0].toString());
            }
        }
        String summary = "dashboard figures taken for " + (rows.size() - failed.size()) + " partners";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }

    /** Takes one partner's figures now, in the caller's partner scope (the job, or a test acting as the partner). */
    public Instant refreshOwn() {
        tenant.requirePartner();
        // One taking per partner at a time (the job on one replica, a test, the demo): the second waits.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(7012, hashtext(app_partner()))")
                .getSingleResult();
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>();
        estate(figures);
        compliance(figures);
        capitalPlan.plan().forEach(year -> {
            figures.add(new Figure("CAPITAL_COUNT", Integer.toString(year.startYear()), year.replacements()));
            figures.add(new Figure("CAPITAL_COST", Integer.toString(year.startYear()), year.cost()));
        });
        monitoring(figures, now);
        evidence(figures);
        YearMonth month = statements.currentMonth();
        statements.own(month.minusMonths(RECHARGE_MONTHS - 1), month)
                .forEach((m, statement) -> figures.add(new Figure("RECHARGE", m.toString(), statement.total())));
        store(figures, now);
        return now;
    }

    // Row-level security alone bounds these reads to the partner; the partner condition is there for the planner, as
    // a bound value: app_partner() reads a setting through a function PostgreSQL does not call leakproof, so a
    // condition on it is never used ahead of the policies, and every row of the table would be weighed.
    private void estate(List<Figure> figures) {
        for (Object[] r : rows("select status, count(*) from camera where partner_id = ?1"
                + " group by status")) {
            figures.add(new Figure("CAMERAS", r[0].toString(), longValue(r[1])));
        }
        Object[] risks = rows("select count(*) filter (where rule = 'FLAGGED_MAKER' and action = 'REPLACE_NOW'),"
                + " count(*) filter (where rule = 'OPERATING_SYSTEM') from compliance_finding"
                + " where partner_id = ?1 and status <> 'CLOSED'").get(0);
        figures.add(new Figure("RISKS", "FLAGGED_SENSITIVE", longValue(risks[0])));
        figures.add(new Figure("RISKS", "UNSUPPORTED_OS", longValue(risks[1])));
        figures.add(new Figure("RISKS", "INTERNET_FACING", longValue(entityManager.createNativeQuery("select count(*)"
                + " from recorder where partner_id = ?1 and exposure = 'INTERNET_FACING'")
                .setParameter(1, tenant.requirePartner()).getSingleResult())));
    }

    private void compliance(List<Figure> figures) {
        FindingService.Counts counts = findings.counts();
        for (Severity severity : Severity.values()) {
            figures.add(new Figure("FINDINGS", severity.name(), counts.open(severity)));
        }
        figures.add(new Figure("FINDINGS", "ACCEPTED", counts.accepted()));
    }

    private void monitoring(List<Figure> figures, Instant now) {
        YearMonth month = statements.currentMonth();
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(LondonTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(LondonTime.ZONE).toInstant());
        for (Object[] r : rows(entityManager.createNativeQuery(OWN_HOURS).setParameter(1, from).setParameter(2, to)
                .setParameter(3, Timestamp.from(now)).setParameter(4, tenant.requirePartner()))) {
            String hub = r[0].toString();
            figures.add(new Figure("BOOKED_HOURS", hub, hours(r[1])));
            figures.add(new Figure("DELIVERED_HOURS", hub, hours(r[2])));
            figures.add(new Figure("BOOKED_CAMERA_HOURS", hub, hours(r[3])));
        }
        for (Hub hub : shiftService.myHubs()) {
            String id = hub.id.toString();
            figures.add(new Figure("CAPACITY_CAMERA_HOURS", id, longValue(entityManager
                    .createNativeQuery(CAPACITY_HOURS).setParameter(1, hub.id).setParameter(2, from)
                    .setParameter(3, to).getSingleResult())));
            List<CoverageService.Gap> gaps = coverage.gaps(hub.id, now, now.plus(GAP_HORIZON));
            figures.add(new Figure("GAPS", id, gaps.size()));
            figures.add(new Figure("GAP_HOURS", id, hours(gaps.stream()
                    .mapToLong(g -> Duration.between(g.startsAt(), g.endsAt()).toMinutes()).sum() / 60.0)));
        }
    }

    private void evidence(List<Figure> figures) {
        // The same counts as evidence_counts() gives the PCC office, and how long items waited for their first share.
        Object[] r = rows("select count(*), count(*) filter (where i.status = 'DISPOSED'), count(s.first_shared),"
                + " coalesce(sum(extract(epoch from s.first_shared - i.created_at)) / 3600.0, 0)"
                + " from evidence_item i left join lateral (select min(sh.shared_at) as first_shared"
                + " from evidence_share sh where sh.item_id = i.id and sh.partner_id = i.partner_id) s on true"
                + " where i.partner_id = ?1").get(0);
        figures.add(new Figure("EVIDENCE", "CREATED", longValue(r[0])));
        figures.add(new Figure("EVIDENCE", "DISPOSED", longValue(r[1])));
        figures.add(new Figure("EVIDENCE", "SHARED", longValue(r[2])));
        figures.add(new Figure("EVIDENCE", "HOURS_TO_FIRST_SHARE", hours(r[3])));
    }

    private void store(List<Figure> figures, Instant now) {
        entityManager.createNativeQuery("delete from dashboard_figure where partner_id = app_partner()")
                .executeUpdate();
        entityManager.createNativeQuery("insert into dashboard_figure (partner_id, partnership_id, figure, item,"
                + " amount) select app_partner(), app_partnership(), f, i, a from unnest(cast(?1 as text[]),"
                + " cast(?2 as text[]), cast(?3 as numeric[])) as t(f, i, a)")
                .setParameter(1, array(figures.stream().map(Figure::figure).toList()))
                .setParameter(2, array(figures.stream().map(Figure::item).toList()))
                .setParameter(3, array(figures.stream().map(f -> f.amount().toPlainString()).toList()))
                .executeUpdate();
        entityManager.createNativeQuery("insert into dashboard_refresh (partner_id, partnership_id, as_at)"
                + " values (app_partner(), app_partnership(), ?1) on conflict (partner_id)"
                + " do update set as_at = excluded.as_at").setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** A PostgreSQL array literal of plain words and numbers (figure names, ids, months and amounts). */
    static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A query whose only parameter (?1) is the partner the figures are taken for. */
    private List<Object[]> rows(String sql) {
        return rows(entityManager.createNativeQuery(sql).setParameter(1, tenant.requirePartner()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return ((List<Object>) query.getResultList()).stream().map(o -> (Object[]) o).toList();
    }

    private static BigDecimal hours(Object value) {
        return value == null ? BigDecimal.ZERO
                : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
