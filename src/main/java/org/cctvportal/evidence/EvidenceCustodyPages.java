package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidencePages.AUDITOR;
import static org.cctvportal.evidence.EvidencePages.MANAGER;
import static org.cctvportal.evidence.EvidencePages.OFFICER;
import static org.cctvportal.evidence.EvidencePages.OPERATOR;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An item's custody log, and the verification of its files against the log, which auditors may run too. */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidenceCustodyPages {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceVerification verifier;

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance custody(@PathParam("id") long id) {
        EvidenceService.Reached reached = evidence.find(id);
        return EvidenceTemplates.custody(new EvidencePages.CustodyView(reached.item(), evidence.custodyLog(id), null,
                reached.reach().seesFiles(), reached.reach() != Reach.RECIPIENT));
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance verify(@PathParam("id") long id) {
        EvidenceVerification.Verification verification = verifier.verify(id);
        EvidenceService.Reached reached = evidence.find(id);
        return EvidenceTemplates.custody(new EvidencePages.CustodyView(reached.item(), evidence.custodyLog(id),
                verification, reached.reach().seesFiles(), true));
    }
}
