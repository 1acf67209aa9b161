package org.cctvportal.compliance;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Capital plan projects as JSON: the same roles, tenancy and checks as the pages. */
@Path("/api/v1/capital-plan/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Compliance")
public class CapitalProjectApi {

    @Inject
    CapitalProjectService projects;

    /** A project in a list: its items counted and its cost as the plan gives it. */
    public record SummaryJson(long id, String name, String partner, long items, long inPlan, long unpriced,
            BigDecimal estimatedCost) {
        static SummaryJson of(CapitalProjectReads.Summary s) {
            return new SummaryJson(s.id(), s.name(), s.partnerName(), s.items(), s.inPlan(), s.unpriced(), s.cost());
        }
    }

    /** One item: its financial year and cost while its replacement is in the plan, null once it is not. */
    public record ItemJson(long id, String assetType, long assetId, String asset, boolean inPlan, String financialYear,
            LocalDate due, BigDecimal estimatedCost, String reasons) {
    }

    /** One financial year of a project. */
    public record YearJson(String financialYear, long items, long unpriced, BigDecimal estimatedCost) {
    }

    /** A project with its items and its cost per financial year. */
    public record ProjectJson(long id, String name, String partner, String createdBy, Instant createdAt,
            BigDecimal estimatedCost, List<YearJson> years, List<ItemJson> items) {
        static ProjectJson of(CapitalProjectDetail p) {
            return new ProjectJson(p.id(), p.name(), p.partnerName(), p.createdBy(), p.createdAt(), p.total(),
                    p.years().stream().map(y -> new YearJson(y.label(), y.items(), y.unpriced(), y.cost())).toList(),
                    p.lines().stream().map(l -> new ItemJson(l.itemId(), l.assetKind(), l.assetId(), l.asset(),
                            l.inPlan(), l.inPlan() ? l.yearLabel() : null, l.due(), l.cost(), l.reasons())).toList());
        }
    }

    /** A new project's name. */
    public record ProjectInput(String name) {
    }

    /** The asset tag or recorder name of a replacement in the caller's plan. */
    public record ItemInput(String asset) {
    }

    @GET
    @Operation(summary = "The caller's capital projects; for the PCC office, every partner's; paged")
    public ApiPaging.Page<SummaryJson> list(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(projects.projects()).map(SummaryJson::of);
    }

    @POST
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Start an empty capital project of the caller's partner")
    public Response create(ProjectInput input) {
        CapitalProject project = projects.create(input == null ? null : input.name());
        return Response.created(URI.create("/api/v1/capital-plan/projects/" + project.id))
                .entity(ProjectJson.of(projects.project(project.id))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A capital project with its items and its cost per financial year (1 April to 31 March)")
    public ProjectJson project(@PathParam("id") long id) {
        return ProjectJson.of(projects.project(id));
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Put a replacement of the caller's capital plan (asset tag or recorder name) in the project")
    public ProjectJson add(@PathParam("id") long id, ItemInput input) {
        projects.add(id, input == null ? null : input.asset());
        return ProjectJson.of(projects.project(id));
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Take an item out of the project; its replacement stays in the plan")
    public ProjectJson remove(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        projects.remove(id, itemId);
        return ProjectJson.of(projects.project(id));
    }
}
