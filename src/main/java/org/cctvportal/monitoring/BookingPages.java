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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Htmx;

/**
 * A partner's bookings: the list (which refreshes itself, so a decision shows at once), one booking and the partner's
 * calendar. The hub's staff open a booking at their hubs through their named path. The form is
 * {@link BookingFormPages}.
 */
@Path("/bookings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BookingPages {

    static final String MANAGER = Roles.PARTNER_MANAGER;

    @Inject
    BookingCameras bookingCameras;

    @Inject
    BookingService bookings;

    @Inject
    HubService hubs;

    @Inject
    HubBookings hubBookings;

    @Inject
    CurrentUser user;

    @Inject
    MonitoringConfig config;

    /** The partner's bookings, newest first, with the hub names. */
    public record ListView(List<HubBookings.Named> bookings, boolean canBook, String saved, int refreshSeconds,
            Booking.Status status) {
        /** This list's address, its filter kept, for its own refresh. */
        public String source() {
            return status == null ? MonitoringLinks.bookings() : MonitoringLinks.bookingsWith("status", status.name());
        }
    }

    /** One booking, with what the caller may do with it. */
    public record DetailView(HubBookings.Named named, boolean own, boolean canCancel, boolean canDecide,
            String saved, FormErrors errors, List<BookingCameras.Named> cameras, boolean supervisor) {
        public Booking booking() {
            return named.booking();
        }

        /** Where "Back" goes: the partner's bookings, the approvals queue for a supervisor, else the hub's week. */
        public String back() {
            return own ? MonitoringLinks.bookings()
                    : supervisor ? MonitoringLinks.approvals() : MonitoringLinks.hubCalendar(booking().hubId);
        }
    }

    /** The partner's week. */
    public record CalendarView(Week week) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance list$rows(ListView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance calendar(CalendarView view);

        static native TemplateInstance calendar$week(CalendarView view);
    }

    @GET
    @RolesAllowed({ MANAGER, Roles.PARTNER_VIEWER })
    public Response list(@QueryParam("saved") String saved, @QueryParam("status") String status,
            @Context HttpHeaders headers) {
        Booking.Status only = Booking.Status.parse(status);
        List<Booking> mine = bookings.mine().stream().filter(b -> only == null || b.status == only).toList();
        ListView view = new ListView(own(mine), user.hasRole(MANAGER), saved, config.listRefreshSeconds(), only);
        return Response.ok(Htmx.isPartial(headers) ? Templates.list$rows(view) : Templates.list(view))
                .header("Vary", "HX-Request").build();
    }

    @GET
    @Path("calendar")
    @RolesAllowed({ MANAGER, Roles.PARTNER_VIEWER })
    public Response calendar(@QueryParam("week") String week, @Context HttpHeaders headers) {
        LocalDate monday = Week.mondayOf(week, bookings.today());
        CalendarView view = new CalendarView(Week.of(monday,
                bookings.calendar(Week.start(monday), Week.end(monday))));
        return Response.ok(Htmx.isPartial(headers) ? Templates.calendar$week(view) : Templates.calendar(view))
                .header("Vary", "HX-Request").build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.OPERATOR })
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return Templates.detail(detailView(id, saved, new FormErrors()));
    }

    DetailView detailView(long id, String saved, FormErrors errors) {
        if (user.hasRole(MANAGER) || user.hasRole(Roles.PARTNER_VIEWER)) {
            try {
                Booking booking = bookings.mine(id);
                return new DetailView(own(List.of(booking)).get(0), true,
                        user.hasRole(MANAGER) && booking.isCancellable(), false, saved, errors,
                        bookingCameras.of(booking.id), false);
            } catch (jakarta.ws.rs.NotFoundException e) {
                if (!user.hasRole(Roles.HUB_SUPERVISOR) && !user.hasRole(Roles.OPERATOR)) {
                    throw e;
                }
            }
        }
        HubBookings.Named named = hubBookings.booking(id);
        return new DetailView(named, false, false,
                user.hasRole(Roles.HUB_SUPERVISOR) && named.booking().status == Booking.Status.REQUESTED, saved, errors,
                bookingCameras.of(id), user.hasRole(Roles.HUB_SUPERVISOR));
    }

    private List<HubBookings.Named> own(List<Booking> list) {
        Map<Long, String> names = new HashMap<>();
        hubs.hubs().forEach(h -> names.put(h.id, h.name));
        return list.stream().map(b -> new HubBookings.Named(b, "", names.getOrDefault(b.hubId, ""))).toList();
    }
}
