package org.cctvportal.dashboard;

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
import org.cctvportal.compliance.ComplianceFigures;
import org.cctvportal.compliance.FindingService;
import org.cctvportal.compliance.Severity;
import org.cctvportal.estate.EstateFigures;
import org.cctvportal.evidence.EvidenceFigures;
import org.cctvportal.monitoring.HubCapacity;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.monitoring.MonitoringFigures;
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
 * statements, rota gaps), and replace its previous rows in one transaction with the time they were taken (in place:
 * only the figures whose value moved are written). {@link ChangedDashboards} takes a partner's figures as its
 * changes commit; {@link #refreshAll} is the slow safety net.
 */
@ApplicationScoped
public class DashboardFigures {

    private static final Logger LOG = Logger.getLogger(DashboardFigures.class);

    /** Months of recharge income kept: this month and the five before. */
    static final int RECHARGE_MONTHS = 6;

    /** How far ahead the rota's coverage gaps are counted. */
    static final Duration GAP_HORIZON = Duration.ofDays(14);

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
    EstateFigures estateFigures;

    @Inject
    ComplianceFigures complianceFigures;

    @Inject
    MonitoringFigures monitoringFigures;

    @Inject
    HubCapacity hubCapacity;

    @Inject
    EvidenceFigures evidenceFigures;

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

    /** The partners of one partnership, in the order a refresh started from its dashboard takes them. */
    @SuppressWarnings("unchecked")
    public List<String> partnersOf(String partnershipId) {
        return ((List<Object>) scheduled.atPlatform(() -> entityManager.createNativeQuery(
                "select id from partner where partnership_id = ?1 order by id").setParameter(1, partnershipId)
                .getResultList())).stream().map(Object::toString).toList();
    }

    /** Takes one partner's figures now, in a transaction of its own under that partner (unattended work only). */
    public Instant refreshPartner(String partnerId, String partnershipId) {
        return scheduled.forPartner(partnerId, partnershipId, this::refreshOwn);
    }

    /** Takes one partner's figures now, in the caller's partner scope (the job, or a test acting as the partner). */
    public Instant refreshOwn() {
        tenant.requirePartner();
        // One taking per partner at a time (the job on one replica, a test, the demo): the second waits.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(7012, hashtext(app_partner()))")
                .getSingleResult();
        return take();
    }

    /**
     * Takes the caller's figures again if they were marked changed ({@link DashboardChanges}); null when another
     * replica is taking them now (it, or the next round, sees the marks). The marks read are deleted in the same
     * transaction as the new figures: a change committed after that delete keeps its mark for the next round, one
     * committed before it is in the figures (each later statement reads newer data), and a failure keeps them all.
     */
    public Instant refreshChanged() {
        tenant.requirePartner();
        Boolean mine = (Boolean) entityManager.createNativeQuery(
                "select pg_try_advisory_xact_lock(7012, hashtext(app_partner()))").getSingleResult();
        if (!mine) {
            return null;
        }
        entityManager.createNativeQuery("delete from dashboard_change where partner_id = app_partner()")
                .executeUpdate();
        return take();
    }

    private Instant take() {
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>();
        estate(figures);
        compliance(figures);
        capitalPlan.plan().forEach(year -> {
            figures.add(new Figure("CAPITAL_COUNT", Integer.toString(year.startYear()), year.replacements()));
            figures.add(new Figure("CAPITAL_COST", Integer.toString(year.startYear()), year.cost()));
            figures.add(new Figure("CAPITAL_UNPRICED", Integer.toString(year.startYear()), year.unpriced()));
        });
        monitoring(figures, now);
        evidence(figures);
        YearMonth month = statements.currentMonth();
        statements.own(month.minusMonths(RECHARGE_MONTHS - 1), month)
                .forEach((m, statement) -> {
                    figures.add(new Figure("RECHARGE", m.toString(), statement.total()));
                    statement.totalsByKind().forEach((kind, amount) -> figures.add(new Figure("RECHARGE_KIND",
                            m + "/" + kind.name(), amount)));
                });
        store(figures, now);
        return now;
    }

    // Each owning feature's figures, set-based. Row-level security alone bounds these reads to the partner; each
    // owner binds the partner as a value for the planner, since a condition on app_partner() is never used ahead of
    // the policies.
    private void estate(List<Figure> figures) {
        String partner = tenant.requirePartner();
        estateFigures.camerasByStatus(partner)
                .forEach((status, count) -> figures.add(new Figure("CAMERAS", status, count)));
        ComplianceFigures.Risks risks = complianceFigures.risks(partner);
        figures.add(new Figure("RISKS", "FLAGGED_SENSITIVE", risks.flaggedSensitive()));
        figures.add(new Figure("RISKS", "UNSUPPORTED_OS", risks.unsupportedOs()));
        figures.add(new Figure("RISKS", "INTERNET_FACING", estateFigures.internetFacingRecorders(partner)));
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
        Instant from = month.atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(LondonTime.ZONE).toInstant();
        for (MonitoringFigures.HubHours h : monitoringFigures.ownHours(tenant.requirePartner(), from, to, now)) {
            String hub = Long.toString(h.hubId());
            figures.add(new Figure("BOOKED_HOURS", hub, hours(h.booked())));
            figures.add(new Figure("DELIVERED_HOURS", hub, hours(h.delivered())));
            figures.add(new Figure("BOOKED_CAMERA_HOURS", hub, hours(h.cameraHours())));
        }
        for (HubRef hub : shiftService.myHubs()) {
            String id = hub.id().toString();
            figures.add(new Figure("CAPACITY_CAMERA_HOURS", id, hubCapacity.cameraHours(hub, from, to)));
            List<CoverageService.Gap> gaps = coverage.gaps(hub.id(), now, now.plus(GAP_HORIZON));
            figures.add(new Figure("GAPS", id, gaps.size()));
            figures.add(new Figure("GAP_HOURS", id, hours(gaps.stream()
                    .mapToLong(g -> Duration.between(g.startsAt(), g.endsAt()).toMinutes()).sum() / 60.0)));
        }
    }

    private void evidence(List<Figure> figures) {
        EvidenceFigures.Counts counts = evidenceFigures.counts(tenant.requirePartner());
        figures.add(new Figure("EVIDENCE", "CREATED", counts.created()));
        figures.add(new Figure("EVIDENCE", "DISPOSED", counts.disposed()));
        figures.add(new Figure("EVIDENCE", "SHARED", counts.shared()));
        figures.add(new Figure("EVIDENCE", "HOURS_TO_FIRST_SHARE", hours(counts.hoursToFirstShare())));
    }

    private void store(List<Figure> figures, Instant now) {
        // In place: a figure whose value did not move is not written (no dead row), one that is gone is deleted.
        entityManager.createNativeQuery("with taken as (select * from unnest(cast(?1 as text[]), cast(?2 as text[]),"
                + " cast(?3 as numeric[])) as t(f, i, a)), gone as (delete from dashboard_figure d"
                + " where d.partner_id = app_partner() and not exists (select 1 from taken"
                + " where taken.f = d.figure and taken.i = d.item))"
                + " insert into dashboard_figure (partner_id, partnership_id, figure, item, amount)"
                + " select app_partner(), app_partnership(), f, i, a from taken"
                + " on conflict (partner_id, figure, item) do update set amount = excluded.amount"
                + " where dashboard_figure.amount is distinct from excluded.amount")
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

    private static BigDecimal hours(Object value) {
        return value == null ? BigDecimal.ZERO
                : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
