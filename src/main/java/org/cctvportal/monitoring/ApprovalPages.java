package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/** The hub supervisor's queue of requested bookings at its hubs, oldest first, each approved or declined. */
@Path("/approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.HUB_SUPERVISOR)
public class ApprovalPages {

    @Inject
    HubBookings hubBookings;

    @Inject
    HubDecisions decisions;

    @Inject
    FormRedisplay forms;

    /** The queue; errors belong to the booking {@code failed}, whose decision was refused. */
    public record QueueView(List<HubBookings.Named> queue, long failed, FormErrors errors, String saved,
            String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);
    }

    @GET
    public TemplateInstance queue(@QueryParam("saved") String saved) {
        return Templates.queue(new QueueView(hubBookings.queue(), 0, new FormErrors(), saved, ""));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id) {
        forms.onInvalidOrConflict(errors -> refused(id, errors, ""));
        decisions.approve(id);
        return Response.seeOther(URI.create(MonitoringLinks.approvals() + "?saved=approved-" + id)).build();
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, @RestForm String reason) {
        forms.onInvalidOrConflict(errors -> refused(id, errors, reason == null ? "" : reason));
        decisions.decline(id, reason);
        return Response.seeOther(URI.create(MonitoringLinks.approvals() + "?saved=declined-" + id)).build();
    }

    private TemplateInstance refused(long id, FormErrors errors, String reason) {
        return Templates.queue(new QueueView(hubBookings.queue(), id, errors, null, reason));
    }
}
