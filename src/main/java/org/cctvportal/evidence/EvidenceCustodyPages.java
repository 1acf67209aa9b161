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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cctvportal.platform.web.ApiPaging;

/** An item's custody log, and the verification of its files against the log, which auditors may run too. */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidenceCustodyPages {

    static final int PAGE_SIZE = 50;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceVerification verifier;

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance custody(@PathParam("id") long id, @QueryParam("page") String page) {
        EvidenceService.Reached reached = evidence.find(id);
        return EvidenceTemplates.custody(new EvidencePages.CustodyView(reached.item(), shown(id, page), null,
                reached.reach().seesFiles(), reached.reach() != Reach.RECIPIENT));
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance verify(@PathParam("id") long id) {
        EvidenceVerification.Verification verification = verifier.verify(id);
        EvidenceService.Reached reached = evidence.find(id);
        return EvidenceTemplates.custody(new EvidencePages.CustodyView(reached.item(), shown(id, null),
                verification, reached.reach().seesFiles(), true));
    }

    /** The page of the log asked for, the nearest one when it is past the last or not a number. */
    private EvidenceService.CustodyPage shown(long id, String page) {
        EvidenceService.CustodyPage first = evidence.custodyPage(id, 1, PAGE_SIZE);
        int asked = Math.min(Math.max(1, ApiPaging.lenient(page, 1)), first.lastPage());
        return asked == 1 ? first : evidence.custodyPage(id, asked, PAGE_SIZE);
    }
}
