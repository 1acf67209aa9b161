package org.cctvportal.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * Saves the cameras ticked on the booking form as a named group of the partner's, and gives the form back as it was
 * filled in, the new group ready to pick. Nothing is booked.
 */
@Path("/bookings/groups")
@Produces(MediaType.TEXT_HTML)
public class CameraGroupPages {

    @Inject
    BookingFormPages pages;

    @Inject
    BookingService bookings;

    @Inject
    CameraPicker picker;

    @Inject
    FormRedisplay forms;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(BookingPages.MANAGER)
    public Response save(MultivaluedMap<String, String> form) {
        bookings.mayBook();
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> BookingFormPages.Templates.form(pages.formView(values, errors)));
        String saved = picker.save(values);
        return Response.ok(BookingFormPages.Templates.form(pages.formView(values, new FormErrors(), null, saved)))
                .build();
    }
}
