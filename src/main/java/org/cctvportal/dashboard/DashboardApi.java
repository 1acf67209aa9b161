package org.cctvportal.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.jobs.JobsApi;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.LondonTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboards' figures as JSON, with the same roles and the same numbers as the pages: the PCC office's across the
 * partnership and a council's of its own estate (as taken every few minutes, saying when), and the hub's (live).
 */
@Path("/api/v1/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class DashboardApi {

    @Inject
    DashboardReads reads;

    @Inject
    DashboardViews views;

    @Inject
    HubFigures hubFigures;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    FigureRefreshJob refresh;

    @Inject
    Jobs jobs;

    /** One hub's live figures: this month's camera-hours booked against capacity, gaps, bookings waiting. */
    public record HubJson(long id, String name, BigDecimal bookedCameraHours, BigDecimal capacityCameraHours,
            long gaps, BigDecimal gapHours, Long waiting) {
    }

    @GET
    @Path("partnership")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    @Operation(summary = "The PCC office's dashboard figures across the partnership", description = "Every"
            + " partner's cameras by status, standing findings by severity, critical risks, capital plan by financial"
            + " year, hubs' monitoring this month, evidence counts (never an item) and recharge by month, summed, and"
            + " each partner's line; asAt and oldest say when the figures were taken (every few minutes).")
    public DashboardJson partnership() {
        YearMonth month = YearMonth.now(clock.withZone(LondonTime.ZONE));
        return reads.partnership(() -> figures(reads.partnershipSnapshot(reads.partnershipCurrent().taking(),
                DashboardPages.financialYear(clock), month.toString()), true));
    }

    @POST
    @Path("partnership/refresh")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Take every partner's dashboard figures again now: 202 with the job, which takes them one"
            + " partner at a time; poll GET /api/v1/jobs/{id} until DONE (a refresh already under way is answered)")
    public Response refresh() {
        Job job = refresh.start();
        return Response.accepted(JobsApi.JobJson.of(jobs.view(job))).location(URI.create(JobLinks.apiJob(job.id)))
                .build();
    }

    @GET
    @Path("partner")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER })
    @Operation(summary = "A council's dashboard figures for its own estate", description = "The caller's partner's"
            + " cameras by status, standing findings by severity, critical risks, capital plan, hubs' monitoring"
            + " of its cameras, evidence counts and recharge by month, as last taken (asAt).")
    public DashboardJson partner() {
        return figures(reads.own(), false);
    }

    /** The page's lines for these figures (the same keys and order), with their numbers. */
    private DashboardJson figures(DashboardReads.Snapshot snapshot, boolean partnership) {
        return DashboardJson.of(snapshot, views.view(snapshot, partnership, false,
                DashboardPages.financialYear(clock), YearMonth.now(clock.withZone(LondonTime.ZONE))));
    }

    @GET
    @Path("hub")
    @RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    @Operation(summary = "The hub dashboard's figures for the hubs the caller's partner runs", description = "Read"
            + " live: this month's camera-hours booked by every partner against each hub's capacity, the rota's"
            + " coverage gaps in the next 14 days, and (for supervisors only) the bookings waiting for a decision.")
    public List<HubJson> hub() {
        boolean supervisor = user.hasRole(Roles.HUB_SUPERVISOR);
        return hubFigures.mine().stream().map(h -> new HubJson(h.id(), h.name(), h.bookedCameraHours(),
                h.capacityCameraHours(), h.gaps(), h.gapHours(), supervisor ? h.waiting() : null)).toList();
    }
}
