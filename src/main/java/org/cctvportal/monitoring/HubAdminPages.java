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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The operator's manager opens a hub, changes it and closes it. Closing lists the bookings still to be watched from
 * the closing day, which must be moved or cancelled first.
 */
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HubAdminPages {

    @Inject
    HubAdministration administration;

    @Inject
    BookingsAhead ahead;

    @Inject
    BookingService bookings;

    @Inject
    FormRedisplay forms;

    /** The hub form: a new hub when {@code hub} is null. */
    public record FormView(Hub hub, Map<String, String> values, FormErrors errors) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    /** Closing a hub: what it still has to watch from the chosen day, and what was typed. */
    public record CloseView(Hub hub, Map<String, String> values, List<BookingsAhead.Ahead> left, FormErrors errors) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance close(CloseView view);
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance newHub() {
        requireOperator();
        return Templates.form(new FormView(null, Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response open(MultivaluedMap<String, String> form) {
        requireOperator();
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> Templates.form(new FormView(null, values, errors)));
        Hub hub = administration.open(HubForm.read(values));
        return Response.seeOther(URI.create(MonitoringLinks.hub(hub.id) + "?saved=opened")).build();
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance edit(@PathParam("id") long id) {
        Hub hub = administration.operated(id);
        return Templates.form(new FormView(hub, HubForm.values(hub), new FormErrors()));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> Templates.form(new FormView(administration.operated(id), values, errors)));
        HubForm.Command command = HubForm.read(values);
        administration.update(id, command, FormFields.wholeNumber(values.get("version"), -1));
        return Response.seeOther(URI.create(MonitoringLinks.hub(id) + "?saved=changed")).build();
    }

    @GET
    @Path("{id}/close")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance confirmClose(@PathParam("id") long id) {
        Hub hub = administration.operated(id);
        return Templates.close(new CloseView(hub, Map.of(), ahead.stillToWatch(hub.id, bookings.today()),
                new FormErrors()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response close(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>(BookingFormPages.echo(form));
        FormErrors errors = new FormErrors();
        java.time.LocalDate on = FormFields.date("closesOn", "date the hub closes", true, values.get("closesOn-day"),
                values.get("closesOn-month"), values.get("closesOn-year"), errors);
        forms.onInvalid(e -> {
            Hub hub = administration.operated(id);
            return Templates.close(new CloseView(hub, values, ahead.stillToWatch(hub.id,
                    on == null ? bookings.today() : on), e));
        });
        String reason = FormFields.text(values.get("reason"));
        if (reason.isEmpty()) {
            errors.add("reason", "Enter why the hub closes: the partners it serves read it on their notice");
        }
        errors.throwIfAny();
        administration.close(id, on, reason);
        return Response.seeOther(URI.create(MonitoringLinks.hub(id) + "?saved=closed")).build();
    }

    private void requireOperator() {
        if (!administration.runsHubs()) {
            throw new jakarta.ws.rs.NotFoundException("Only a monitoring operator opens hubs");
        }
    }
}
