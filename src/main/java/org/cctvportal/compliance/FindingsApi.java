package org.cctvportal.compliance;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's compliance findings and capital plan as JSON: the same roles, tenancy and checks as the pages. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Compliance")
public class FindingsApi {

    @Inject
    FindingService findings;

    @Inject
    RiskAcceptanceService acceptances;

    @Inject
    CapitalPlanService plans;

    /** A finding, with its partner (the name where the list spans the partnership). */
    public record FindingJson(long id, String partnerId, String partnerName, String assetType, long assetId,
            String asset, String rule, String severity, String action, String reason, BigDecimal estimatedCost,
            LocalDate due, String status, Instant raisedAt, Instant closedAt, String acceptedBy, Instant acceptedAt,
            String acceptanceReason, LocalDate acceptedUntil, Instant reopenedAt) {
        static FindingJson of(Finding f, String partnerName) {
            return new FindingJson(f.id, f.partnerId, partnerName, f.assetKind.name(), f.assetId, f.assetLabel,
                    f.rule.name(), f.severity.name(), f.action.name(), f.reason, f.estimatedCost, f.dueDate,
                    f.status.name(), f.raisedAt, f.closedAt, f.acceptedBy, f.acceptedAt, f.acceptanceReason,
                    f.acceptedUntil, f.reopenedAt);
        }
    }

    /** A page of findings. */
    public record PageJson(List<FindingJson> items, int page, int pageSize, long total) {
    }

    /** Accepting a finding's risk: why, and until when (ISO date, at most 12 months ahead). */
    public record AcceptanceInput(String reason, String until) {
    }

    @GET
    @Path("findings")
    @Operation(summary = "The caller's findings, most severe first, filtered (severity, rule, action, status,"
            + " camera, recorder) and paged; status defaults to the standing ones (open or accepted). For the PCC"
            + " office, the partnership's findings, each with its partner; partner=<id> narrows them to one partner")
    public PageJson list(@BeanParam FindingQuery query) {
        ApiPaging.Request asked = ApiPaging.of(query.page, null, FindingQuery.PAGE_SIZE);
        FindingPage page = findings.list(query);
        // The pages show the last page for one past it; the API answers it empty, as every other list does.
        List<FindingJson> items = page.page() < asked.page() ? List.of() : page.findings().stream()
                .map(f -> FindingJson.of(f, page.partners().get(f.partnerId))).toList();
        return new PageJson(items, asked.page(), page.pageSize(), page.total());
    }

    @GET
    @Path("findings/{id}")
    @Operation(summary = "One of the caller's findings (404 for any other)")
    public FindingJson finding(@PathParam("id") long id) {
        return FindingJson.of(findings.finding(id), null);
    }

    @POST
    @Path("findings/{id}/acceptance")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Accept an open finding's risk with a justification until a date in the next 12 months")
    public FindingJson accept(@PathParam("id") long id, AcceptanceInput input) {
        if (input == null) {
            new FormErrors().add("reason", "Send the justification and the date the acceptance ends").throwIfAny();
        }
        return FindingJson.of(acceptances.accept(id, input.reason(), input.until()), null);
    }

    @GET
    @Path("capital-plan")
    @Operation(summary = "The caller's replacements due per financial year (starting 1 April), counted and costed")
    public List<CapitalPlanService.Year> capitalPlan() {
        return plans.plan();
    }
}
