package org.cctvportal.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Surveillance Camera Code self-assessment: the partner's own 12 principles and the partnership's summary. */
@Path("/api/v1/assurance/code-of-practice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assurance")
public class CodeOfPracticeApi {

    @Inject
    CodeOfPracticeService codeOfPractice;

    /** One principle as the partner assessed it (NOT_ASSESSED where it has not). */
    public record PrincipleJson(int principle, String title, String status, String statusLabel, String evidence,
            LocalDate reviewDate, String updatedBy, boolean reviewOverdue) {
        static PrincipleJson of(CodeOfPracticeService.Line l) {
            return new PrincipleJson(l.principle().number(), l.principle().title(), l.status().name(),
                    l.status().label(), l.evidence(), l.reviewDate(), l.updatedBy(), l.reviewOverdue());
        }
    }

    /** An assessment: status MET, PARTLY_MET, NOT_MET or NOT_ASSESSED; evidence and review (2027-03-31) unless not assessed. */
    public record AssessmentInput(String status, String evidence, String review) {
    }

    /** One partner's assessment of one principle, in the partnership's publication. */
    public record PartnerPrincipleJson(String partnerId, String partnerName, int principle, String status,
            String evidence, LocalDate reviewDate) {
    }

    /** The partnership's self-assessment: each partner's counts and its 12 lines. */
    public record PartnershipJson(List<CodeOfPracticeService.PartnerSummary> partners,
            List<PartnerPrincipleJson> lines) {
    }

    @GET
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    @Operation(summary = "The caller's partner's self-assessment, principle by principle",
            description = "All 12 principles, in order, with how far each is met, the evidence and its review date")
    public List<PrincipleJson> own() {
        return codeOfPractice.own().stream().map(PrincipleJson::of).toList();
    }

    @PUT
    @Path("{principle}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Assess one principle (1 to 12) for the caller's partner",
            description = "Evidence and a review date today or later are required unless the status is NOT_ASSESSED;"
                    + " 400 names each field at fault with the form's words, and nothing changes")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentInput.class)))
    public PrincipleJson assess(@PathParam("principle") int number, JsonNode body) {
        codeOfPractice.assess(number, AssuranceApiInputs.assessment(body));
        return codeOfPractice.own().stream().filter(l -> l.principle().number() == number).findFirst()
                .map(PrincipleJson::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("partnership")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    @Operation(summary = "Every partner's self-assessment, for the PCC office",
            description = "Each council's (and each partner with an assessment's) counts by status, reviews overdue,"
                    + " and its 12 lines")
    public PartnershipJson partnership() {
        return new PartnershipJson(codeOfPractice.partnership(), codeOfPractice.partnershipLines().stream()
                .map(l -> new PartnerPrincipleJson(l.partnerId(), l.partnerName(), l.principle().number(),
                        l.status().name(), l.evidence(), l.reviewDate())).toList());
    }
}
