package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidencePages.OFFICER;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cctvportal.platform.web.Htmx;

/**
 * The redaction workspace of one master exhibit: its frames drawn by the server, the plan's boxes and decisions, face
 * detection, the render with its progress (polled by HTMX while it runs) and its cancel. Evidence officers of the
 * owning partner only ({@link Redactions#master}).
 */
@Path("/evidence/{id}/files/{fileId}/redaction")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(OFFICER)
public class RedactionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(RedactionView view);

        static native TemplateInstance workspace$progress(RedactionView view);
    }

    @Inject
    Redactions redactions;

    @Inject
    RedactionFrames frames;

    @Inject
    RedactionTools tools;

    @GET
    public TemplateInstance workspace(@PathParam("id") long id, @PathParam("fileId") String fileId,
            @QueryParam("t") String t, @QueryParam("saved") String saved) {
        return Templates.workspace(view(id, fileId, t, saved, null));
    }

    @GET
    @Path("progress")
    public Response progress(@PathParam("id") long id, @PathParam("fileId") String fileId,
            @Context HttpHeaders headers) {
        RedactionView view = view(id, fileId, null, null, null);
        return Response.ok(Htmx.isPartial(headers) ? Templates.workspace$progress(view) : Templates.workspace(view))
                .header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("frame")
    @Produces({ "image/png", MediaType.TEXT_PLAIN })
    public Response frame(@PathParam("id") long id, @PathParam("fileId") String fileId, @QueryParam("t") String t,
            @QueryParam("preview") boolean preview) {
        try {
            return Response.ok(frames.frame(id, fileId, RedactionView.seconds(t), preview), "image/png")
                    .header("Cache-Control", "no-store").build();
        } catch (RedactionRefused e) {
            return Response.status(e.status()).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        return act(id, fileId, "started", () -> redactions.start(id, fileId));
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response detect(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        return act(id, fileId, "detected", () -> frames.detect(id, fileId));
    }

    @POST
    @Path("boxes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addBox(@PathParam("id") long id, @PathParam("fileId") String fileId,
            @BeanParam RedactionForms.BoxForm form) {
        boolean moving = form.box != null && !form.box.isBlank();
        return act(id, fileId, moving ? "adjusted" : "drawn", () -> {
            if (moving) {
                redactions.adjust(id, fileId, form.box.strip(), form);
            } else {
                redactions.addBox(id, fileId, form);
            }
        });
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @PathParam("fileId") String fileId,
            @FormParam("box") String box, @FormParam("decision") String decision) {
        return act(id, fileId, "decided", () -> redactions.decide(id, fileId, box, decision));
    }

    @POST
    @Path("audio")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response audio(@PathParam("id") long id, @PathParam("fileId") String fileId,
            @FormParam("audio") String audio) {
        return act(id, fileId, "audio", () -> redactions.audio(id, fileId, audio));
    }

    @POST
    @Path("render")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response render(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        return act(id, fileId, "queued", () -> redactions.render(id, fileId));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        return act(id, fileId, "cancelled", () -> redactions.cancel(id, fileId));
    }

    /** Does the step, then back to the workspace; a refusal shows the workspace again with its message. */
    private Response act(long id, String fileId, String saved, Runnable step) {
        try {
            step.run();
            return Response.seeOther(java.net.URI.create(RedactionView.link(id, fileId, "") + "?saved=" + saved))
                    .build();
        } catch (RedactionRefused e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML)
                    .entity(Templates.workspace(view(id, fileId, null, null, e.getMessage()))).build();
        }
    }

    private RedactionView view(long id, String fileId, String t, String saved, String problem) {
        Redactions.Workspace space = redactions.workspace(id, fileId);
        return new RedactionView(space.item(), space.master(), space.plan(), space.lastDone(),
                RedactionView.seconds(t), saved, problem, tools.ffmpegWorks(), tools.detector() != null);
    }
}
