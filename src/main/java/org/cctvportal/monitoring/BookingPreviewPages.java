package org.cctvportal.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Htmx;

/**
 * The booking form's preview: the capacity the rota gives at the chosen times and the cost at the tariff. HTMX asks
 * for the preview alone as the fields change; without JavaScript the "Check capacity and cost" button posts the
 * form here and gets the whole form back, filled in as it was, with the preview. The camera picker's search (and
 * "Use this group") come here too: HTMX asks for the picker alone as the search is typed. Nothing is booked.
 */
@Path("/bookings/preview")
@Produces(MediaType.TEXT_HTML)
public class BookingPreviewPages {

    @Inject
    BookingFormPages pages;

    @Inject
    BookingService bookings;

    @Inject
    BookingPreview preview;

    @Inject
    CameraPicker picker;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(BookingPages.MANAGER)
    public Response preview(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        bookings.mayBook();
        Map<String, String> values = picker.withGroup(BookingFormPages.echo(form));
        BookingFormPages.FormView view = pages.formView(values, new FormErrors(), preview.of(values));
        boolean pickerOnly = "camera-picker".equals(headers.getHeaderString("HX-Target"));
        return Response.ok(!Htmx.isPartial(headers) ? BookingFormPages.Templates.form(view)
                : pickerOnly ? BookingFormPages.Templates.form$picker(view)
                        : BookingFormPages.Templates.form$preview(view))
                .header("Vary", "HX-Request, HX-Target").build();
    }
}
