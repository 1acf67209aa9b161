package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.Htmx;
import org.cctvportal.platform.web.LondonTime;

/** The partnership's hubs for every role; the hub calendars (week and day) for the hub's operator staff. */
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HubPages {

    static final String[] HUB_STAFF = { Roles.HUB_SUPERVISOR, Roles.OPERATOR };

    @Inject
    CurrentUser user;

    @Inject
    HubService hubs;

    @Inject
    HubBookings hubBookings;

    @Inject
    BookingService bookings;

    /** A hub with its staffing plan and the partners it serves (names as far as the caller may read them). */
    /** A hub; the links to its calendar and approvals show only to the hub staff whose roles open them. */
    public record DetailView(Hub hub, List<HubStaffing> plan, Map<String, String> served, boolean showsCalendar,
            boolean showsApprovals) {
    }

    /** A hub's week: each day's occurrences at the hub. */
    public record CalendarView(Hub hub, Week week) {
    }

    /** A hub's day: hour by hour, the cameras booked against what it can watch. */
    public record DayView(Hub hub, LocalDate date, String title, List<Hour> hours) {
        public LocalDate previous() {
            return date.minusDays(1);
        }

        public LocalDate next() {
            return date.plusDays(1);
        }
    }

    /** One hour of a day view. */
    public record Hour(String time, int booked, int capacity) {
        public int room() {
            return Math.max(0, capacity - booked);
        }

        public boolean full() {
            return capacity > 0 && booked >= capacity;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Hub> hubs);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance calendar(CalendarView view);

        static native TemplateInstance calendar$week(CalendarView view);

        static native TemplateInstance day(DayView view);

        static native TemplateInstance day$hours(DayView view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(hubs.hubs());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        Hub hub = hubs.hub(id);
        boolean operates = hubs.operates(hub);
        boolean supervisor = user.hasRole(Roles.HUB_SUPERVISOR);
        return Templates.detail(new DetailView(hub, hubs.staffingPlan(hub), hubs.servedPartnerNames(hub),
                operates && (supervisor || user.hasRole(Roles.OPERATOR)), operates && supervisor));
    }

    @GET
    @Path("{id}/calendar")
    @RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    public Response calendar(@PathParam("id") long id, @QueryParam("week") String week,
            @Context HttpHeaders headers) {
        Hub hub = hubs.hub(id);
        LocalDate monday = Week.mondayOf(week, bookings.today());
        CalendarView view = new CalendarView(hub, Week.of(monday,
                hubBookings.calendar(hub, Week.start(monday), Week.end(monday))));
        return Response.ok(Htmx.isPartial(headers) ? Templates.calendar$week(view) : Templates.calendar(view))
                .header("Vary", "HX-Request").build();
    }

    @GET
    @Path("{id}/day")
    @RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    public Response day(@PathParam("id") long id, @QueryParam("date") String date, @Context HttpHeaders headers) {
        Hub hub = hubs.hub(id);
        LocalDate day = parse(date, bookings.today());
        List<Hour> hours = hubBookings.hourlyLoad(hub, day.atStartOfDay(LondonTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()).stream()
                .map(h -> new Hour(Week.TIME.format(h.at().atZone(LondonTime.ZONE)), h.booked(), h.capacity()))
                .toList();
        DayView view = new DayView(hub, day, Week.DAY.format(day), hours);
        return Response.ok(Htmx.isPartial(headers) ? Templates.day$hours(view) : Templates.day(view))
                .header("Vary", "HX-Request").build();
    }

    private static LocalDate parse(String text, LocalDate today) {
        try {
            return text == null || text.isBlank() ? today : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }
}
