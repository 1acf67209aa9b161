package org.cctvportal.dashboard;

import static org.cctvportal.platform.web.Formats.count;
import static org.cctvportal.platform.web.Formats.decimal;
import static org.cctvportal.platform.web.Formats.money;
import static org.cctvportal.dashboard.DashboardFormats.month;
import static org.cctvportal.dashboard.DashboardFormats.percent;
import static org.cctvportal.platform.web.Formats.when;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.compliance.BarChart;
import org.cctvportal.compliance.CapitalPlanService;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.compliance.Severity;
import org.cctvportal.dashboard.DashboardPages.CapitalLine;
import org.cctvportal.dashboard.DashboardPages.FiguresView;
import org.cctvportal.dashboard.DashboardPages.HubLine;
import org.cctvportal.dashboard.DashboardPages.HubView;
import org.cctvportal.dashboard.DashboardPages.Line;
import org.cctvportal.estate.CameraStatus;
import org.cctvportal.estate.EstateLinks;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.partner.PartnerPhases;
import org.cctvportal.platform.web.MapConfig;
import org.cctvportal.rota.RotaLinks;

/**
 * The PCC office's and a council's dashboard built from a snapshot of taken figures: each figure written out, linked
 * to the rows behind it, and charted.
 */
@ApplicationScoped
class DashboardViews {

    @Inject
    MapConfig mapConfig;

    @Inject
    PartnerPhases phases;

    /** The partnership's roll-out: partners per phase and go-live dates, read fresh (it is small and rarely moves). */
    PartnerPhases.RollOut rollOut() {
        return phases.rollOut();
    }

    FiguresView view(DashboardReads.Snapshot s, boolean partnership, boolean evidenceLinks, int year,
            YearMonth month) {
        DashboardReads.Amounts t = s.totals();
        List<Line> statuses = new ArrayList<>();
        for (CameraStatus status : CameraStatus.values()) {
            statuses.add(new Line(status.name(), status.label(), count(t.count("CAMERAS", status.name())),
                    partnership ? EstateLinks.partnerCamerasWith("all", "status", status.name())
                            : EstateLinks.camerasWith("status", status.name())));
        }
        List<Line> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(new Line(severity.name(), severity.label(), count(t.count("FINDINGS", severity.name())),
                    findings(partnership, "severity", severity.name())));
        }
        severities.add(new Line("ACCEPTED", "Risk accepted", count(t.count("FINDINGS", "ACCEPTED")),
                findings(partnership, "status", "ACCEPTED")));
        List<Line> risks = List.of(
                new Line("FLAGGED_SENSITIVE", "Flagged makers at sensitive sites",
                        count(t.count("RISKS", "FLAGGED_SENSITIVE")),
                        findings(partnership, "rule", "FLAGGED_MAKER") + "&action=REPLACE_NOW"),
                new Line("UNSUPPORTED_OS", "Recorders on unsupported operating systems",
                        count(t.count("RISKS", "UNSUPPORTED_OS")), findings(partnership, "rule", "OPERATING_SYSTEM")),
                new Line("INTERNET_FACING", "Internet-facing recorders", count(t.count("RISKS", "INTERNET_FACING")),
                        partnership ? "#partners" : EstateLinks.recordersWith("exposure", "INTERNET_FACING")));
        List<CapitalLine> capital = new ArrayList<>();
        Map<String, BigDecimal> costs = t.items("CAPITAL_COST");
        Map<String, BigDecimal> unpriced = t.items("CAPITAL_UNPRICED");
        t.items("CAPITAL_COUNT").forEach((fy, n) -> capital.add(new CapitalLine(
                CapitalPlanService.label(Integer.parseInt(fy)), n.longValue(),
                CapitalPlanService.money(costs.getOrDefault(fy, BigDecimal.ZERO)),
                unpriced.getOrDefault(fy, BigDecimal.ZERO).longValue())));
        List<HubLine> hubs = new ArrayList<>();
        s.hubNames().forEach((id, name) -> {
            String key = id.toString();
            BigDecimal booked = t.of("BOOKED_HOURS", key);
            BigDecimal capacity = t.of("CAPACITY_CAMERA_HOURS", key);
            if (booked.signum() == 0 && capacity.signum() == 0 && t.of("GAPS", key).signum() == 0) {
                return;
            }
            hubs.add(new HubLine(id, name, MonitoringLinks.hub(id), decimal(booked),
                    decimal(t.of("DELIVERED_HOURS", key)),
                    partnership ? percent(t.of("BOOKED_CAMERA_HOURS", key), capacity) : "",
                    t.count("GAPS", key), decimal(t.of("GAP_HOURS", key)), MonitoringLinks.hub(id), null));
        });
        String evidenceHref = evidenceLinks ? EvidenceLinks.evidence() : null;
        long shared = t.count("EVIDENCE", "SHARED");
        List<Line> evidence = List.of(
                new Line("CREATED", "Items created", count(t.count("EVIDENCE", "CREATED")), evidenceHref),
                new Line("SHARED", "Items shared", count(shared), evidenceHref),
                new Line("DISPOSED", "Items disposed of", count(t.count("EVIDENCE", "DISPOSED")), evidenceHref));
        String turnaround = shared == 0 ? "No items shared yet"
                : decimal(t.of("EVIDENCE", "HOURS_TO_FIRST_SHARE").divide(BigDecimal.valueOf(shared), 2,
                        RoundingMode.HALF_UP)) + " hours on average from creation to first share";
        List<Line> recharge = new ArrayList<>();
        t.items("RECHARGE").forEach((m, amount) -> recharge.add(new Line(m,
                month(YearMonth.parse(m)), money(amount), MonitoringLinks.statementsOf(m))));
        List<DashboardPages.KindIncome> byKind = new ArrayList<>();
        t.items("RECHARGE").keySet().forEach(m -> byKind.add(new DashboardPages.KindIncome(m,
                month(YearMonth.parse(m)), money(t.of("RECHARGE_KIND", m + "/COUNCIL")),
                money(t.of("RECHARGE_KIND", m + "/BUSINESS")), money(t.of("RECHARGE_KIND", m + "/POLICE")),
                MonitoringLinks.statementsOf(m))));
        BarChart statusChart = BarChart.of("Cameras by status", "Cameras by status", statuses.stream()
                .map(l -> value(l, statusColour(l.key()))).toList());
        BarChart severityChart = BarChart.of("Open findings by severity", "Open findings by severity",
                severities.stream().filter(l -> !l.key().equals("ACCEPTED"))
                        .map(l -> value(l, Severity.valueOf(l.key()).colour())).toList());
        BarChart capitalChart = BarChart.of("Capital plan by financial year", "Replacements due by financial year",
                capital.stream().map(c -> new BarChart.Value(c.label(), c.replacements(),
                        Long.toString(c.replacements()), "blue")).toList());
        BarChart rechargeChart = BarChart.of("Recharge income by month", "Monitoring recharge by month, in pounds",
                recharge.stream().map(l -> new BarChart.Value(l.label(),
                        t.of("RECHARGE", l.key()).doubleValue(), l.figure(), "blue")).toList());
        return new FiguresView(partnership, evidenceLinks, when(s.asAt()), when(s.oldest()), s.partnersTaken(),
                statusChart, statuses, severityChart, severities, risks, capitalChart, capital, hubs, evidence,
                turnaround, rechargeChart, recharge, byKind, s.partners(), CapitalPlanService.label(year),
                month(month), month.toString(), mapConfig.tileUrl(), mapConfig.attribution(),
                attention(t, hubs, partnership));
    }

    /** The panel's lines these figures give: standing critical findings, and each hub's rota gaps. */
    private static List<Attention.Item> attention(DashboardReads.Amounts t, List<HubLine> hubs, boolean partnership) {
        Attention.Builder attention = Attention.builder().add("critical-findings", t.count("FINDINGS", "CRITICAL"),
                "critical finding", "critical findings", findings(partnership, "severity", "CRITICAL"));
        hubs.forEach(h -> rotaGaps(attention, h, h.gapsHref()));
        return attention.build().items();
    }

    /** A hub's line of the panel: its coverage gaps in the next 14 days, leading to {@code href}. */
    private static void rotaGaps(Attention.Builder attention, HubLine hub, String href) {
        attention.add("rota-gaps-" + hub.id(), hub.gaps(), "rota gap at " + hub.name() + " in the next 14 days",
                "rota gaps at " + hub.name() + " in the next 14 days", href);
    }

    private static String findings(boolean partnership, String key, String value) {
        return partnership ? ComplianceLinks.partnerFindingsWith("all", key, value)
                : ComplianceLinks.findingsWith(key, value);
    }

    private static BarChart.Value value(Line line, String colour) {
        return new BarChart.Value(line.label(), Double.parseDouble(line.figure().replace(",", "")), line.figure(),
                colour);
    }

    private static String statusColour(String status) {
        return switch (status) {
            case "LIVE" -> "blue";
            case "FAULTY" -> "orange";
            case "OFFLINE" -> "red";
            default -> "grey";
        };
    }

    /** The hub dashboard's lines, read live from the caller's hubs. */
    HubView hubView(List<HubFigures.Figures> mine, boolean supervisor, List<DashboardPages.KindIncome> income) {
        List<HubLine> hubs = mine.stream().map(h -> new HubLine(h.id(), h.name(),
                MonitoringLinks.hub(h.id()), decimal(h.bookedCameraHours()), "", percent(h.bookedCameraHours(),
                        h.capacityCameraHours()), h.gaps(), decimal(h.gapHours()), RotaLinks.rotaHub(h.id()),
                h.waiting())).toList();
        long waiting = hubs.stream().mapToLong(HubLine::waiting).sum();
        Attention.Builder attention = Attention.builder();
        if (supervisor) {
            attention.add("bookings-waiting", waiting, "booking waiting for a decision",
                    "bookings waiting for a decision", MonitoringLinks.approvals());
        }
        hubs.forEach(h -> rotaGaps(attention, h, supervisor ? h.gapsHref() : RotaLinks.rotaBoard(h.id())));
        // A colleague's lapsed licence or removed clearance is the supervisors' to act on, and each line leads to the
        // rota, which operators do not open: operators see their own shifts under "My shifts" instead.
        List<HubBreaks> breaks = !supervisor ? List.of() : mine.stream().filter(h -> !h.broken().isEmpty())
                .map(h -> new HubBreaks(h.id(), h.name(), h.broken())).toList();
        if (supervisor) {
            breaks.forEach(b -> attention.add("broken-shifts-" + b.id(), b.broken().size(),
                    "rostered shift place broken by operators' profiles at " + b.name(),
                    "rostered shift places broken by operators' profiles at " + b.name(),
                    RotaLinks.rotaHub(b.id()) + "#broken"));
        }
        return new HubView(hubs, waiting, supervisor, attention.build(), breaks, income);
    }
}
