package org.cctvportal.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partner's register of data protection impact assessments, linked to a site and cameras. */
@Path("/api/v1/assurance/dpias")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assurance")
public class DpiaApi {

    @Inject
    DpiaService register;

    /** A DPIA: overdue when its review date has passed, dueSoon when it is near (a retired one is neither). */
    public record DpiaJson(long id, String reference, String title, String owner, String notes, String status,
            LocalDate approvedOn, LocalDate reviewDue, String site, List<String> cameras, boolean overdue,
            boolean dueSoon, String updatedBy, Instant updatedAt) {
        static DpiaJson of(DpiaService.Entry e) {
            Dpia d = e.dpia();
            return new DpiaJson(d.id, d.reference, d.title, d.owner, d.notes, d.status.name(), d.approvedOn,
                    d.reviewDue, e.site(), e.cameras(), e.overdue(), e.dueSoon(), d.updatedBy, d.updatedAt);
        }
    }

    /**
     * A DPIA as a whole (an update replaces every field): status DRAFT, APPROVED (with approved) or RETIRED; dates as
     * 2027-03-31; site by name; cameras by asset tag.
     */
    public record DpiaInput(String reference, String title, String owner, String notes, String status,
            String approved, String review, String site, List<String> cameras) {
    }

    @GET
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    @Operation(summary = "The caller's partner's DPIAs, by review date; paged",
            description = "Each with its site and cameras and whether its review is overdue or due soon")
    public ApiPaging.Page<DpiaJson> list(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(register.own()).map(DpiaJson::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    @Operation(summary = "One of the caller's partner's DPIAs")
    public DpiaJson one(@PathParam("id") long id) {
        return DpiaJson.of(register.one(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Record a DPIA",
            description = "Reference (unique in the register), title, owner, status and review date are required;"
                    + " 400 names each field at fault with the form's words, and nothing is stored")
    @RequestBody(content = @Content(schema = @Schema(implementation = DpiaInput.class)))
    public Response create(JsonNode body) {
        Dpia made = register.save(null, AssuranceApiInputs.dpia(body));
        return Response.created(URI.create("/api/v1/assurance/dpias/" + made.id))
                .entity(DpiaJson.of(register.one(made.id))).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Change a DPIA: every field is replaced, as on the form",
            description = "The same checks as recording one; a refused change leaves the DPIA as it was")
    @RequestBody(content = @Content(schema = @Schema(implementation = DpiaInput.class)))
    public DpiaJson update(@PathParam("id") long id, JsonNode body) {
        register.one(id);
        register.save(id, AssuranceApiInputs.dpia(body));
        return DpiaJson.of(register.one(id));
    }
}
