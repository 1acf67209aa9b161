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

    @Inject
    HubAdministration administration;

    /** The hubs, and whether the caller may open one (the operator's manager). */
    public record ListView(List<Hub> hubs, boolean opens) {
    }

    /**
     * A hub with the staffing plan in force and those to come, and the partners it serves (names as far as the caller
     * may read them); each link shows only to those whose roles open it.
     */
    public record DetailView(Hub hub, List<HubStaffing> plan, List<HubStaffing> upcoming, Map<String, String> served,
            boolean showsCalendar, boolean showsApprovals, Access access, String saved) {
    }

    /** What the caller may do with the hub: manage it (its operator's manager), staff it, see whom it serves. */
    public record Access(boolean manages, boolean staffs, boolean seesPartners) {
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
        static native TemplateInstance list(ListView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance calendar(CalendarView view);

        static native TemplateInstance calendar$week(CalendarView view);

        static native TemplateInstance day(DayView view);

        static native TemplateInstance day$hours(DayView view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListView(hubs.hubs(), user.hasRole(Roles.PARTNER_MANAGER)
                && administration.runsHubs()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        Hub hub = hubs.hub(id);
        boolean operates = hubs.operates(hub);
        boolean supervisor = user.hasRole(Roles.HUB_SUPERVISOR);
        boolean manager = operates && user.hasRole(Roles.PARTNER_MANAGER);
        LocalDate today = bookings.today();
        List<HubStaffing> all = hubs.staffingPlan(hub);
        List<HubStaffing> upcoming = all.stream().filter(b -> b.effectiveFrom.isAfter(today)).toList();
        Access access = new Access(manager, manager || (operates && supervisor),
                manager || user.hasRole(Roles.PARTNERSHIP_ADMIN));
        return Templates.detail(new DetailView(hub, HubStaffing.inForce(all, today), upcoming,
                hubs.servedPartnerNames(hub), operates && (supervisor || user.hasRole(Roles.OPERATOR)),
                operates && supervisor, access, saved == null ? "" : saved));
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
