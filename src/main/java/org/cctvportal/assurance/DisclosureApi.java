package org.cctvportal.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The disclosure register (every release of the partner's footage) and its subject access requests on their clock. */
@Path("/api/v1/assurance/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER_MANAGER, Roles.EVIDENCE_OFFICER, Roles.AUDITOR })
@Tag(name = "Assurance")
public class DisclosureApi {

    @Inject
    DisclosureService disclosures;

    /** A subject access request: due a month after receipt (on a working day), or later when extended. */
    public record RequestJson(long id, String reference, String requester, LocalDate receivedOn, LocalDate dueOn,
            LocalDate extendedTo, String extensionReason, LocalDate deadline, String status, LocalDate closedOn,
            boolean overdue) {
        static RequestJson of(SubjectAccessRequest r, LocalDate today) {
            return new RequestJson(r.id, r.reference, r.requester, r.receivedOn, r.dueOn, r.extendedTo,
                    r.extensionReason, r.deadline(), r.status.name(), r.closedOn, r.overdueOn(today));
        }
    }

    /** A request as received: reference, requester and received (2027-03-31, not in the future). */
    public record RequestInput(String reference, String requester, String received) {
    }

    /** More time: until (2027-05-31, at most two months past the due date) and why. */
    public record ExtensionInput(String until, String reason) {
    }

    /** How a request ended: RESPONDED or WITHDRAWN. */
    public record CloseInput(String outcome) {
    }

    @GET
    @Operation(summary = "The caller's partner's releases of its own footage, newest first; paged",
            description = "Shares to a force, downloads, exports and disclosure packages, each with its recipient,"
                    + " reason and who released it; the newest " + DisclosurePages.LIMIT + " releases")
    public ApiPaging.Page<DisclosureService.Disclosure> register(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(disclosures.register(DisclosurePages.LIMIT));
    }

    @GET
    @Path("sars")
    @Operation(summary = "The caller's partner's subject access requests, newest first; paged")
    public ApiPaging.Page<RequestJson> requests(@BeanParam ApiPaging paging,
            @Parameter(description = "overdue: only open requests past their deadline") @QueryParam("status")
            String status) {
        ApiPaging.Request page = paging.request();
        LocalDate today = disclosures.today();
        boolean overdueOnly = "overdue".equalsIgnoreCase(status == null ? "" : status.strip());
        if (!overdueOnly && status != null && !status.isBlank()) {
            throw new InvalidInputException(new FormErrors().add("status", "status must be overdue or left out"));
        }
        List<SubjectAccessRequest> all = disclosures.requests().stream()
                .filter(r -> !overdueOnly || r.overdueOn(today)).toList();
        return page.slice(all).map(r -> RequestJson.of(r, today));
    }

    @GET
    @Path("sars/{id}")
    @Operation(summary = "One of the caller's partner's subject access requests")
    public RequestJson request(@PathParam("id") long id) {
        return RequestJson.of(disclosures.request(id), disclosures.today());
    }

    @POST
    @Path("sars")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.EVIDENCE_OFFICER })
    @Operation(summary = "Record a subject access request as received; its due date follows",
            description = "400 names each field at fault with the form's words (a reference already used, a date in"
                    + " the future), and nothing is stored")
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestInput.class)))
    public Response receive(JsonNode body) {
        SubjectAccessRequest sar = disclosures.receive(AssuranceApiInputs.request(body));
        return Response.created(URI.create("/api/v1/assurance/disclosures/sars/" + sar.id))
                .entity(RequestJson.of(sar, disclosures.today())).build();
    }

    @POST
    @Path("sars/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.EVIDENCE_OFFICER })
    @Operation(summary = "Give an open request more time, with the reason")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtensionInput.class)))
    public RequestJson extend(@PathParam("id") long id, JsonNode body) {
        disclosures.request(id);
        return RequestJson.of(disclosures.extend(id, AssuranceApiInputs.extension(body)), disclosures.today());
    }

    @POST
    @Path("sars/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.EVIDENCE_OFFICER })
    @Operation(summary = "Close an open request as responded to or withdrawn")
    @RequestBody(content = @Content(schema = @Schema(implementation = CloseInput.class)))
    public RequestJson close(@PathParam("id") long id, JsonNode body) {
        disclosures.request(id);
        return RequestJson.of(disclosures.close(id, AssuranceApiInputs.text(body, "outcome")), disclosures.today());
    }
}
