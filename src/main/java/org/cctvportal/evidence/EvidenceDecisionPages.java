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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

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
    public Response share(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(id, "share", form, () -> decisions.share(id, form.getFirst("share-recipient"),
                form.getFirst("share-expires"), form.getFirst("share-reason")));
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
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response hold(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        boolean hold = !"release".equals(form.getFirst("action"));
        page.onInvalid(id, "hold", form);
        EvidenceItem item = decisions.hold(id, hold, form.getFirst("hold-reason"));
        String saved = item.releasePending() ? "release-requested" : "hold";
        return ItemPage.seeOther(EvidenceLinks.evidenceItem(id) + "?saved=" + saved + "#hold");
    }

    @POST
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response retention(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(id, "retention", form, () -> decisions.retention(id,
                "yes".equals(form.getFirst("retention-evidential")), form.getFirst("retention-reviewDate")));
    }

    @POST
    @Path("{id}/dispose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response dispose(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(id, "dispose", form, () -> decisions.dispose(id, form.getFirst("dispose-reason")));
    }

    @POST
    @Path("{id}/capture-access/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response endCaptureAccess(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(id, "capture", form, () -> captureAccess.end(id, form.getFirst("capture-reason")));
    }
}
