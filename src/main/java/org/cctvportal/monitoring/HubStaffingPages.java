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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * A hub's next staffing plan, set by the operator's manager or a hub supervisor: consoles staffed each day and each
 * night from a date. A plan that leaves approved bookings over capacity comes back with the nights it breaks and
 * the choice to accept it, with a reason, anyway.
 */
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HubStaffingPages {

    @Inject
    HubAdministration administration;

    @Inject
    StaffingPlans plans;

    @Inject
    BookingService bookings;

    @Inject
    FormRedisplay forms;

    /** One weekday's two fields. */
    public record Day(String name, String dayField, String nightField) {
    }

    /** The plan form: the hub, what was typed, and whether the over-capacity choice is offered. */
    public record FormView(Hub hub, Map<String, String> values, FormErrors errors) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }

        public List<Day> days() {
            return Arrays.stream(DayOfWeek.values()).map(d -> new Day(d.getDisplayName(TextStyle.FULL, Locale.UK),
                    StaffingPlanForm.field("day", d), StaffingPlanForm.field("night", d))).toList();
        }

        public boolean overCapacity() {
            return errors.has("acceptBreaches") || "yes".equals(values.get("acceptBreaches"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffing(FormView view);
    }

    @GET
    @Path("{id}/staffing")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.HUB_SUPERVISOR })
    public TemplateInstance form(@PathParam("id") long id) {
        Hub hub = administration.operated(id);
        java.time.LocalDate tomorrow = bookings.today().plusDays(1);
        Map<String, String> values = StaffingPlanForm.values(HubStaffing.inForce(HubStaffing.planOf(hub.id),
                tomorrow), tomorrow);
        return Templates.staffing(new FormView(hub, values, new FormErrors()));
    }

    @POST
    @Path("{id}/staffing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.HUB_SUPERVISOR })
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> Templates.staffing(new FormView(administration.operated(id), values, errors)));
        Hub hub = administration.operated(id);
        plans.change(hub.id, StaffingPlanForm.read(values, hub.consoles, bookings.today()));
        return Response.seeOther(URI.create(MonitoringLinks.hub(id) + "?saved=staffing")).build();
    }
}
