package org.cctvportal.assurance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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

/**
 * The PCC office acknowledges a switch-off notice on a page of its own: what it acknowledges, that the
 * acknowledgement is final and seen by the partner, and the note (kept in the audit trail) saying what it will do.
 */
@Path("/assurance/notices/{id}/acknowledge")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class NoticeAcknowledgePages {

    @Inject
    SwitchOffNoticeService notices;

    @Inject
    FormRedisplay forms;

    /** The notice about to be acknowledged, the note typed so far, and what went wrong. */
    public record ConfirmView(SwitchOffNoticeService.Row row, String note, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ConfirmView view);
    }

    @GET
    public Response confirm(@PathParam("id") long id) {
        SwitchOffNoticeService.Row row = notices.detail(id).row();
        if (row.acknowledged()) {
            // Nothing left to confirm: the notice's page says who acknowledged it and when.
            return Response.seeOther(URI.create(AssuranceLinks.notice(id))).build();
        }
        return Response.ok(Templates.confirm(new ConfirmView(row, "", new FormErrors()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") long id, @FormParam("note") String note) {
        forms.onInvalid(errors -> Templates.confirm(new ConfirmView(notices.detail(id).row(),
                note == null ? "" : note, errors)));
        notices.acknowledge(id, note);
        return Response.seeOther(URI.create(AssuranceLinks.notice(id) + "?acknowledged=true")).build();
    }
}
