package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Cancelling a booking: a page that says what cancelling does and asks why, then the cancellation itself. The reason
 * is kept on the booking, where the hub's supervisor reads it, and in the audit trail.
 */
@Path("/bookings/{id}/cancel")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BookingCancelPages {

    @Inject
    BookingService bookings;

    @Inject
    HubService hubs;

    @Inject
    FormRedisplay forms;

    /** The booking about to be cancelled, the hub that loses it, and what was typed. */
    public record ConfirmView(Booking booking, String hubName, String reason, FormErrors errors) {
        public boolean approved() {
            return booking.status == Booking.Status.APPROVED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ConfirmView view);
    }

    @GET
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response confirm(@PathParam("id") long id) {
        Booking booking = bookings.mine(id);
        if (!booking.isCancellable()) {
            return Response.seeOther(URI.create(MonitoringLinks.booking(id))).build();
        }
        return Response.ok(Templates.confirm(view(booking, "", new FormErrors()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response cancel(@PathParam("id") long id, @RestForm String reason) {
        String typed = reason == null ? "" : reason;
        forms.onInvalidOrConflict(errors -> Templates.confirm(view(bookings.mine(id), typed, errors)));
        if (typed.isBlank()) {
            throw new InvalidInputException(new FormErrors().add("reason",
                    "Enter why you are cancelling this booking"));
        }
        bookings.cancel(id, typed);
        return Response.seeOther(URI.create(MonitoringLinks.booking(id) + "?saved=cancelled")).build();
    }

    private ConfirmView view(Booking booking, String reason, FormErrors errors) {
        String hubName = hubs.hubs().stream().filter(h -> h.id.equals(booking.hubId)).map(h -> h.name).findFirst()
                .orElse("The hub");
        return new ConfirmView(booking, hubName, reason, errors);
    }
}
