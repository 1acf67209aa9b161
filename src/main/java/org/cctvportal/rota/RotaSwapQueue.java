package org.cctvportal.rota;

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
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/** The hub supervisor's queue of swaps and open-shift requests: approve (every rule checked again) or decline. */
@Path("/rota")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RotaPages.SUPERVISOR)
public class RotaSwapQueue {

    @Inject
    ShiftService shiftService;

    @Inject
    SwapApprovalService approvals;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    public record QueueView(HubRef hub, List<SwapService.SwapRow> waiting, FormErrors errors, long failed,
            String saved) {

        public String message() {
            return errors.list().isEmpty() ? "" : errors.list().get(0).message();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);
    }

    @GET
    @Path("hubs/{id}/swaps")
    public TemplateInstance queue(@PathParam("id") long hubId, @QueryParam("saved") String saved) {
        return Templates.queue(view(hubId, new FormErrors(), 0, saved));
    }

    @POST
    @Path("swaps/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long swapId) {
        return decide(swapId, "approved", () -> approvals.approve(swapId, user.displayName()));
    }

    @POST
    @Path("swaps/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") long swapId, @RestForm String reason) {
        return decide(swapId, "declined", () -> approvals.decline(swapId, user.displayName(), reason));
    }

    private Response decide(long swapId, String saved, Runnable decision) {
        long hubId = shiftService.shift(approvals.swap(swapId).shiftId).hubId;
        forms.onInvalid(errors -> Templates.queue(view(hubId, errors, swapId, null)));
        decision.run();
        return Response.seeOther(URI.create(RotaLinks.rotaSwaps(hubId) + "?saved=" + saved)).build();
    }

    private QueueView view(long hubId, FormErrors errors, long failed, String saved) {
        return new QueueView(shiftService.myHub(hubId), approvals.waitingAt(hubId), errors, failed, saved);
    }
}
