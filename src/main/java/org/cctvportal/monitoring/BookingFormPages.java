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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The booking form: a partner manager asks a hub to monitor cameras, picked by tag, from the picker or as a saved
 * group. Its preview ({@link BookingPreviewPages}) and saved groups ({@link CameraGroupPages}) re-render it.
 */
@Path("/bookings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class BookingFormPages {

    @Inject
    BookingService bookings;

    @Inject
    CameraPicker picker;

    @Inject
    HubService hubs;

    @Inject
    FormRedisplay forms;

    @Inject
    PickerMap pickerMap;

    /** The booking form with what was typed and a message per wrong field. */
    public record FormView(List<Choice> hubs, Map<String, String> values, FormErrors errors,
            BookingPreview.Result preview, CameraPicker.View picker) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        /** The cameras field's hint, with tags in the partner's own format. */
        public String cameraHint() {
            return "The asset tags of your cameras to monitor, separated by commas or spaces"
                    + (picker.hint().isEmpty() ? "" : ", " + picker.hint()) + ", or tick them below";
        }

        public List<Choice> days() {
            return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name(),
                    d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))).toList();
        }

        public boolean dayChosen(String day) {
            return Arrays.asList(value("days").split(",")).contains(day);
        }

        public List<Choice> priorities() {
            return Arrays.stream(Booking.Priority.values()).map(p -> new Choice(p.name(), p.label())).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance form$preview(FormView view);

        static native TemplateInstance form$picker(FormView view);
    }

    @GET
    @Path("new")
    @RolesAllowed(BookingPages.MANAGER)
    public TemplateInstance form() {
        bookings.mayBook();
        Map<String, String> defaults = Map.of("recurrence", "WEEKLY", "priority", "ROUTINE");
        return Templates.form(formView(defaults, new FormErrors()));
    }

    /** The picker map's markers, fetched once by its script when the map is first drawn. */
    @GET
    @Path("new/markers")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(BookingPages.MANAGER)
    public Response markers() {
        bookings.mayBook();
        return Response.ok(pickerMap.markers()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(BookingPages.MANAGER)
    public Response request(MultivaluedMap<String, String> form) {
        bookings.mayBook();
        Map<String, String> values = echo(form);
        forms.onInvalid(errors -> Templates.form(formView(values, errors)));
        Booking booking = bookings.request(BookingForm.read(values, hubs.servingMe(), bookings.today()));
        return Response.seeOther(URI.create(MonitoringLinks.booking(booking.id) + "?saved=requested")).build();
    }

    FormView formView(Map<String, String> values, FormErrors errors) {
        return formView(values, errors, null);
    }

    FormView formView(Map<String, String> values, FormErrors errors, BookingPreview.Result preview) {
        return formView(values, errors, preview, null);
    }

    /** The form, with a note naming the camera group just saved, if any. */
    FormView formView(Map<String, String> values, FormErrors errors, BookingPreview.Result preview, String saved) {
        List<Choice> choices = hubs.servingMe().stream().map(h -> new Choice(h.id.toString(), h.name)).toList();
        return new FormView(choices, values, errors, preview, picker.view(values, saved));
    }

    /** Form values, with the day checkboxes joined into one comma-separated value. */
    static Map<String, String> echo(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : String.join(",", list)));
        return values;
    }
}
