package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.web.LondonTime;

/** A hub's week as a grid of people by days on a page of its own, without navigation or forms, for printing. */
@Path("/rota/hubs/{id}/print")
@Produces(MediaType.TEXT_HTML)
public class RotaPrintPage {

    @Inject
    ShiftService shiftService;

    @Inject
    WeekGrid weekGrid;

    @Inject
    Clock clock;

    public record PrintView(HubRef hub, LocalDate monday, WeekGrid.Grid grid) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(PrintView view);
    }

    @GET
    @RolesAllowed(RotaPages.SUPERVISOR)
    public TemplateInstance print(@PathParam("id") long hubId, @QueryParam("week") String week) {
        HubRef hub = shiftService.myHub(hubId);
        LocalDate monday = RotaPages.monday(week, clock);
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        return Templates.print(new PrintView(hub, monday, weekGrid.week(hubId, monday,
                shiftService.shifts(hubId, from, to))));
    }
}
