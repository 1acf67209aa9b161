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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** The hub supervisor's queue of requested bookings at its hubs, oldest first, each approved or declined. */
@Path("/approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.HUB_SUPERVISOR)
public class ApprovalPages {

    @Inject
    HubBookings hubBookings;

    @Inject
    HubDecisions decisions;

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
        try {
            decisions.approve(id);
            return Response.seeOther(URI.create(MonitoringLinks.approvals() + "?saved=approved-" + id)).build();
        } catch (InvalidInputException e) {
            return refused(id, e, "");
        }
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String reason = form.getFirst("reason");
        try {
            decisions.decline(id, reason);
            return Response.seeOther(URI.create(MonitoringLinks.approvals() + "?saved=declined-" + id)).build();
        } catch (InvalidInputException e) {
            return refused(id, e, reason == null ? "" : reason);
        }
    }

    private Response refused(long id, InvalidInputException e, String reason) {
        return Response.status(e.status() == 409 ? 409 : 400)
                .entity(Templates.queue(new QueueView(hubBookings.queue(), id, e.errors(), null, reason))).build();
    }
}
