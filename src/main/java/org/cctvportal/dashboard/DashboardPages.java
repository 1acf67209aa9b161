package org.cctvportal.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cctvportal.assurance.AssuranceSummary;
import org.cctvportal.compliance.BarChart;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.partner.PartnerLinks;
import org.cctvportal.partner.PartnerPhases;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.Links;
import org.cctvportal.platform.web.LondonTime;

/**
 * The dashboards: the PCC office's across the partnership, a council's for its own estate, and the hub's. Each
 * figure links to the rows behind it. The PCC office's and the council's read the figures taken by
 * {@link DashboardRefresh} and say when; the hub's are read live (a few of the hub's own rows).
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPages {

    static final String[] PCC = { Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST };
    static final String[] COUNCIL = { Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER };
    static final String[] HUB = { Roles.HUB_SUPERVISOR, Roles.OPERATOR };

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
    DashboardViews dashboardViews;

    @Inject
    AttentionPanels attentionPanels;

    @Inject
    Clock clock;

    @Inject
    FigureRefreshJob refresh;

    /** A figure and the list it links to (none for a PCC analyst where the rows would be evidence). */
    public record Line(String key, String label, String figure, String href) {
    }

    /** One financial year of the capital plan. */
    public record CapitalLine(String label, long replacements, String cost, long unpriced) {
    }

    /** One hub's monitoring this month and its coverage gaps in the next 14 days. */
    public record HubLine(long id, String name, String href, String booked, String delivered, String utilisation,
            long gaps, String gapHours, String gapsHref, Long waiting) {
    }

    /** A month's recharge per kind of customer, as money text, with the month's statements to follow. */
    public record KindIncome(String month, String label, String council, String business, String police,
            String href) {
    }

    /** The PCC office's and a council's dashboard. */
    public record FiguresView(boolean partnership, boolean showsEvidenceLinks, String asAt, String oldest,
            long partnersTaken, BarChart statusChart, List<Line> statuses, BarChart severityChart,
            List<Line> severities, List<Line> risks, BarChart capitalChart, List<CapitalLine> capital,
            List<HubLine> hubs, List<Line> evidence, String turnaround, BarChart rechargeChart, List<Line> recharge,
            List<KindIncome> rechargeByKind, List<DashboardReads.PartnerLine> partners, String yearLabel, String monthLabel, String currentMonth,
            String tileUrl, String attribution, List<Attention.Item> attention) {
        public boolean taken() {
            return asAt != null;
        }

        /** The replacements the capital figures leave out, having no approved product to price them. */
        public long capitalUnpriced() {
            return capital.stream().mapToLong(CapitalLine::unpriced).sum();
        }
    }

    /** One camera on the compliance map, as the map's script reads it. */
    public record MapMarker(String tag, double lat, double lon, String partner, String severity, String url) {
    }

    /** The map's cameras and how many it shows at most. */
    public record MapMarkers(List<MapMarker> cameras, int limit) {
    }

    /** The hub's dashboard. */
    public record HubView(List<HubLine> hubs, long waiting, boolean supervisor, Attention attention,
            List<HubBreaks> breaks, List<KindIncome> income) {
    }


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partnership(String figures, AssuranceSummary.Summary summary,
                PartnerPhases.RollOut rollOut, Attention attention, boolean canRefresh);

        static native TemplateInstance partnershipFigures(FiguresView view);

        static native TemplateInstance partner(FiguresView view, Attention attention);

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
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    public TemplateInstance partnership() {
        int year = financialYear();
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        boolean evidenceLinks = user.hasRole(Roles.PARTNERSHIP_ADMIN);
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        // One read-only transaction. A single statement says when the figures were taken and where the partnership's
        // assurance stamp stands; the figures and the assurance summary are read only when the ones kept for that
        // taking, stamp and day are missing.
        PartnerPhases.RollOut rollOut = dashboardViews.rollOut();
        return reads.partnership(() -> {
            DashboardReads.Current current = reads.partnershipCurrent();
            DashboardReads.Taking taking = current.taking();
            PartnershipViews.Rendered figures = views.figures(tenant.partnershipId(), evidenceLinks, taking, year,
                    month.toString(), () -> {
                        FiguresView view = dashboardViews.view(reads.partnershipSnapshot(taking, year,
                                month.toString()), true, evidenceLinks, year, month);
                        return new PartnershipViews.Rendered(Templates.partnershipFigures(view).render(),
                                view.attention());
                    });
            AssuranceSummary.Summary summary = views.summary(tenant.partnershipId(), tenant.requirePartner(),
                    current.assuranceStamp(), today, assurance::forPcc);
            return Templates.partnership(figures.html(), summary, rollOut,
                    attentionPanels.partnership(figures.attention(), summary), evidenceLinks);
        });
    }

    /** The partnership admin takes every partner's figures again now: a job, whose page shows how far it is. */
    @POST
    @Path("partnership/refresh")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response refresh() {
        return Response.seeOther(URI.create(JobLinks.job(refresh.start().id))).build();
    }

    /** The map's cameras as JSON: inside the box shown, or the first ones. */
    @GET
    @Path("partnership/cameras")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    public String cameras(@QueryParam("south") Double south, @QueryParam("west") Double west,
            @QueryParam("north") Double north, @QueryParam("east") Double east) {
        List<MapMarker> markers = reads.map(south, west, north, east).stream()
                .map(c -> new MapMarker(c.tag(), c.lat(), c.lon(), c.partner(), c.severity(),
                        c.severity().equals("NONE") ? PartnerLinks.partner(c.partnerId())
                                : ComplianceLinks.partnerFindingsWith(c.partnerId(), "camera", Long.toString(c.id()))))
                .toList();
        try {
            return JSON.writeValueAsString(new MapMarkers(markers, DashboardReads.MAP_LIMIT));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the map's cameras", e);
        }
    }

    @GET
    @Path("partner")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER })
    public TemplateInstance partner() {
        int year = financialYear();
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        FiguresView view = dashboardViews.view(reads.own(), false, user.hasRole(Roles.PARTNER_MANAGER), year, month);
        return Templates.partner(view, attentionPanels.partner(view.attention()));
    }

    @GET
    @Path("hub")
    @RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    public TemplateInstance hub() {
        boolean supervisor = user.hasRole(Roles.HUB_SUPERVISOR);
        return Templates.hub(dashboardViews.hubView(hubFigures.mine(), supervisor,
                supervisor ? hubFigures.income() : List.of()));
    }

    int financialYear() {
        return financialYear(clock);
    }

    /** The financial year (April to March) today falls in, by its first calendar year. */
    static int financialYear(Clock clock) {
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
}
