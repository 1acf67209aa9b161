package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidencePages.MANAGER;
import static org.cctvportal.evidence.EvidencePages.OFFICER;
import static org.cctvportal.evidence.EvidencePages.OPERATOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The decisions taken on an item's page: shares and their revocation, legal hold and its release, retention,
 * disposal, and the end of the capturing operator's access. Each answers with the item page.
 */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidenceDecisionPages {

    @Inject
    EvidenceDecisions decisions;

    @Inject
    CaptureAccess captureAccess;

    @Inject
    ItemPage page;

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response share(@PathParam("id") long id, @RestForm("share-recipient") String recipient,
            @RestForm("share-expires") String expires, @RestForm("share-reason") String reason) {
        return page.act(id, "share", FormFields.echo("share-recipient", recipient, "share-expires", expires,
                "share-reason", reason), () -> decisions.share(id, recipient, expires, reason));
    }

    @POST
    @Path("{id}/shares/{shareId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response revoke(@PathParam("id") long id, @PathParam("shareId") long shareId) {
        decisions.revoke(id, shareId);
        return ItemPage.seeOther(EvidenceLinks.evidenceItem(id) + "?saved=revoked");
    }

    @POST
    @Path("{id}/shares/{shareId}/shorten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response shorten(@PathParam("id") long id, @PathParam("shareId") long shareId) {
        decisions.shorten(id, shareId);
        return ItemPage.seeOther(EvidenceLinks.evidenceItem(id) + "?saved=shortened#share");
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response hold(@PathParam("id") long id, @RestForm String action, @RestForm("hold-reason") String reason) {
        boolean hold = !"release".equals(action);
        page.onInvalid(id, "hold", FormFields.echo("action", action, "hold-reason", reason));
        EvidenceItem item = decisions.hold(id, hold, reason);
        String saved = item.releasePending() ? "release-requested" : "hold";
        return ItemPage.seeOther(EvidenceLinks.evidenceItem(id) + "?saved=" + saved + "#hold");
    }

    @POST
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response retention(@PathParam("id") long id, @RestForm("retention-evidential") String evidential,
            @RestForm("retention-reviewDate") String reviewDate) {
        return page.act(id, "retention", FormFields.echo("retention-evidential", evidential, "retention-reviewDate",
                reviewDate), () -> decisions.retention(id, FormFields.yes(evidential), reviewDate));
    }

    @POST
    @Path("{id}/dispose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response dispose(@PathParam("id") long id, @RestForm("dispose-reason") String reason) {
        return page.act(id, "dispose", FormFields.echo("dispose-reason", reason), () -> decisions.dispose(id, reason));
    }

    @POST
    @Path("{id}/capture-access/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response endCaptureAccess(@PathParam("id") long id, @RestForm("capture-reason") String reason) {
        return page.act(id, "capture", FormFields.echo("capture-reason", reason), () -> captureAccess.end(id, reason));
    }
}
