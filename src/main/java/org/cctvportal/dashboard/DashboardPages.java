package org.cctvportal.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.assurance.AssuranceSummary;
import org.cctvportal.compliance.BarChart;
import org.cctvportal.compliance.CapitalPlanService;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.compliance.Severity;
import org.cctvportal.estate.CameraStatus;
import org.cctvportal.estate.EstateLinks;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.monitoring.MonitoringLinks;
import org.cctvportal.partner.PartnerLinks;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.Links;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.platform.web.MapConfig;
import org.cctvportal.rota.RotaLinks;

/**
 * The dashboards: the PCC office's across the partnership, a council's for its own estate, and the hub's. Each
 * figure links to the rows behind it. The PCC office's and the council's read the figures taken by
 * {@link DashboardRefresh} and say when; the hub's are read live (a few of the hub's own rows).
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPages {

    static final String[] PCC = { "partnership-admin", "pcc-analyst" };
    static final String[] COUNCIL = { "partner-manager", "partner-viewer" };
    static final String[] HUB = { "hub-supervisor", "operator" };

    private static final DateTimeFormatter AS_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DashboardReads reads;

    @Inject
    HubFigures hubFigures;

    @Inject
    PartnershipViews views;

    @Inject
    TenantContext tenant;

    @Inject
    AssuranceSummary assurance;

    @Inject
    CurrentUser user;

    @Inject
    MapConfig mapConfig;

    @Inject
    Clock clock;

    /** A figure and the list it links to (none for a PCC analyst where the rows would be evidence). */
    public record Line(String key, String label, String figure, String href) {
    }

    /** One financial year of the capital plan. */
    public record CapitalLine(String label, long replacements, String cost) {
    }

    /** One hub's monitoring this month and its coverage gaps in the next 14 days. */
    public record HubLine(long id, String name, String href, String booked, String delivered, String utilisation,
            long gaps, String gapHours, String gapsHref, Long waiting) {
    }

    /** The PCC office's and a council's dashboard. */
    public record FiguresView(boolean partnership, boolean showsEvidenceLinks, String asAt, String oldest,
            long partnersTaken, BarChart statusChart, List<Line> statuses, BarChart severityChart,
            List<Line> severities, List<Line> risks, BarChart capitalChart, List<CapitalLine> capital,
            List<HubLine> hubs, List<Line> evidence, String turnaround, BarChart rechargeChart, List<Line> recharge,
            List<DashboardReads.PartnerLine> partners, String yearLabel, String monthLabel, String currentMonth,
            String tileUrl, String attribution) {
        public boolean taken() {
            return asAt != null;
        }
    }

    /** The hub's dashboard. */
    public record HubView(List<HubLine> hubs, long waiting, boolean supervisor) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partnership(String figures, AssuranceSummary.Summary summary);

        static native TemplateInstance partnershipFigures(FiguresView view);

        static native TemplateInstance partner(FiguresView view);

        static native TemplateInstance hub(HubView view);
    }

    /** Each role's own dashboard; roles without one go home. */
    @GET
    public Response dashboard() {
        String target = any(PCC) ? DashboardLinks.partnershipDashboard()
                : any(COUNCIL) ? DashboardLinks.partnerDashboard()
                : any(HUB) ? DashboardLinks.hubDashboard() : Links.home();
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("partnership")
    @RolesAllowed({ "partnership-admin", "pcc-analyst" })
    public TemplateInstance partnership() {
        int year = financialYear();
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        boolean evidenceLinks = user.hasRole("partnership-admin");
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        // One read-only transaction. A single statement says when the figures were taken and where the partnership's
        // assurance stamp stands; the figures and the assurance summary are read only when the ones kept for that
        // taking, stamp and day are missing.
        return reads.partnership(() -> {
            DashboardReads.Current current = reads.partnershipCurrent();
            DashboardReads.Taking taking = current.taking();
            String figures = views.figures(tenant.partnershipId(), evidenceLinks, taking, year, month.toString(),
                    () -> Templates.partnershipFigures(view(reads.partnershipSnapshot(taking, year, month.toString()),
                            true, evidenceLinks, year, month)).render());
            AssuranceSummary.Summary summary = views.summary(tenant.partnershipId(), tenant.requirePartner(),
                    current.assuranceStamp(), today, assurance::forPcc);
            return Templates.partnership(figures, summary);
        });
    }

    /** The map's cameras as JSON: inside the box shown, or the first ones. */
    @GET
    @Path("partnership/cameras")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "partnership-admin", "pcc-analyst" })
    public String cameras(@QueryParam("south") Double south, @QueryParam("west") Double west,
            @QueryParam("north") Double north, @QueryParam("east") Double east) {
        List<Map<String, Object>> markers = reads.map(south, west, north, east).stream()
                .map(c -> Map.<String, Object>of("tag", c.tag(), "lat", c.lat(), "lon", c.lon(), "partner",
                        c.partner(), "severity", c.severity(), "url", c.severity().equals("NONE")
                                ? PartnerLinks.partner(c.partnerId())
                                : ComplianceLinks.partnerFindingsWith(c.partnerId(), "camera", Long.toString(c.id()))))
                .toList();
        try {
            return JSON.writeValueAsString(Map.of("cameras", markers, "limit", DashboardReads.MAP_LIMIT));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the map's cameras", e);
        }
    }

    @GET
    @Path("partner")
    @RolesAllowed({ "partner-manager", "partner-viewer" })
    public TemplateInstance partner() {
        int year = financialYear();
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        return Templates.partner(view(reads.own(), false, user.hasRole("partner-manager"), year, month));
    }

    @GET
    @Path("hub")
    @RolesAllowed({ "hub-supervisor", "operator" })
    public TemplateInstance hub() {
        List<HubLine> hubs = hubFigures.mine().stream().map(h -> new HubLine(h.id(), h.name(),
                MonitoringLinks.hub(h.id()), hours(h.bookedCameraHours()), "", percent(h.bookedCameraHours(),
                        h.capacityCameraHours()), h.gaps(), hours(h.gapHours()), RotaLinks.rotaHub(h.id()),
                h.waiting())).toList();
        return Templates.hub(new HubView(hubs, hubs.stream().mapToLong(HubLine::waiting).sum(),
                user.hasRole("hub-supervisor")));
    }

    private FiguresView view(DashboardReads.Snapshot s, boolean partnership, boolean evidenceLinks, int year,
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
        t.items("CAPITAL_COUNT").forEach((fy, n) -> capital.add(new CapitalLine(
                CapitalPlanService.label(Integer.parseInt(fy)), n.longValue(),
                CapitalPlanService.money(costs.getOrDefault(fy, BigDecimal.ZERO)))));
        List<HubLine> hubs = new ArrayList<>();
        s.hubNames().forEach((id, name) -> {
            String key = id.toString();
            BigDecimal booked = t.of("BOOKED_HOURS", key);
            BigDecimal capacity = t.of("CAPACITY_CAMERA_HOURS", key);
            if (booked.signum() == 0 && capacity.signum() == 0 && t.of("GAPS", key).signum() == 0) {
                return;
            }
            hubs.add(new HubLine(id, name, MonitoringLinks.hub(id), hours(booked),
                    hours(t.of("DELIVERED_HOURS", key)),
                    partnership ? percent(t.of("BOOKED_CAMERA_HOURS", key), capacity) : "",
                    t.count("GAPS", key), hours(t.of("GAP_HOURS", key)), MonitoringLinks.hub(id), null));
        });
        String evidenceHref = evidenceLinks ? EvidenceLinks.evidence() : null;
        long shared = t.count("EVIDENCE", "SHARED");
        List<Line> evidence = List.of(
                new Line("CREATED", "Items created", count(t.count("EVIDENCE", "CREATED")), evidenceHref),
                new Line("SHARED", "Items shared", count(shared), evidenceHref),
                new Line("DISPOSED", "Items disposed of", count(t.count("EVIDENCE", "DISPOSED")), evidenceHref));
        String turnaround = shared == 0 ? "No items shared yet"
                : hours(t.of("EVIDENCE", "HOURS_TO_FIRST_SHARE").divide(BigDecimal.valueOf(shared), 2,
                        RoundingMode.HALF_UP)) + " hours on average from creation to first share";
        List<Line> recharge = new ArrayList<>();
        t.items("RECHARGE").forEach((m, amount) -> recharge.add(new Line(m,
                YearMonth.parse(m).format(MONTH), pounds(amount), MonitoringLinks.statementsOf(m))));
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
        return new FiguresView(partnership, evidenceLinks, time(s.asAt()), time(s.oldest()), s.partnersTaken(),
                statusChart, statuses, severityChart, severities, risks, capitalChart, capital, hubs, evidence,
                turnaround, rechargeChart, recharge, s.partners(), CapitalPlanService.label(year),
                month.format(MONTH), month.toString(), mapConfig.tileUrl(), mapConfig.attribution());
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

    int financialYear() {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    private boolean any(String[] roles) {
        for (String role : roles) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    static String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "No capacity";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP) + "%";
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.atZone(LondonTime.ZONE).format(AS_AT);
    }
}
