package org.cctvportal.specification;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.jobs.JobsApi;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.specification.SpecificationInputs.Change;
import org.cctvportal.specification.SpecificationInputs.FlagInput;
import org.cctvportal.specification.SpecificationInputs.MaxAgeInput;
import org.cctvportal.specification.SpecificationInputs.OsInput;
import org.cctvportal.specification.SpecificationInputs.ProductInput;
import org.cctvportal.specification.SpecificationInputs.RatifyInput;
import org.cctvportal.specification.SpecificationInputs.ResolutionInput;
import org.cctvportal.specification.SpecificationInputs.StandardInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partnership's specification as JSON, with the pages' roles and checks: every role of the partnership reads
 * every version and compares any two; the partnership admin starts a draft, changes its rules and ratifies it. A
 * version that is not a draft refuses every change with 409. Each change answers with the draft's rules.
 */
@Path("/api/v1/specification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Specification")
public class SpecificationApi {

    static final String ADMIN = SpecificationPages.ADMIN;

    @Inject
    SpecificationService specification;

    @Inject
    SpecificationEdits edits;

    @Inject
    RatificationWork work;

    @Inject
    Jobs jobs;

    /** A version without its rules. */
    public record VersionJson(long id, int number, String status, String createdBy, Instant createdAt,
            String ratifiedBy, Instant ratifiedAt) {
        static VersionJson of(SpecificationVersion v) {
            return v == null ? null : new VersionJson(v.id, v.number, v.status.name(), v.createdBy, v.createdAt,
                    v.ratifiedBy, v.ratifiedAt);
        }
    }

    /** A version with every rule. */
    public record RulesJson(VersionJson version, Integer maxAssetAgeYears,
            List<SpecificationRules.Resolution> minimumResolutions, List<SpecificationRules.Flag> flaggedManufacturers,
            List<SpecificationRules.Product> approvedProducts, List<SpecificationRules.Standard> standards,
            List<SpecificationRules.Os> supportedOperatingSystems, JobsApi.JobJson evaluation) {
        static RulesJson of(SpecificationRules rules) {
            return of(rules, null);
        }

        /** With the job evaluating the estate against the version, in the ratification's answer (else null). */
        static RulesJson of(SpecificationRules rules, JobsApi.JobJson evaluation) {
            return new RulesJson(VersionJson.of(rules.version()), rules.version().maxAssetAgeYears,
                    rules.resolutions(), rules.flags(), rules.products(), rules.standards(), rules.systems(),
                    evaluation);
        }
    }

    /** What changed from one version to another, section by section (ADDED, REMOVED, CHANGED). */
    public record DiffJson(VersionJson from, VersionJson to, int changes, List<SpecificationDiff.Section> sections) {
        static DiffJson of(SpecificationDiff diff) {
            return new DiffJson(VersionJson.of(diff.from()), VersionJson.of(diff.to()), diff.count(),
                    diff.sections());
        }
    }

    @GET
    @Operation(summary = "The partnership's specification versions, newest first; paged")
    public ApiPaging.Page<VersionJson> versions(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(specification.versions()).map(VersionJson::of);
    }

    @GET
    @Path("current")
    @Operation(summary = "The ratified version with all its rules (404 when none is ratified)")
    public RulesJson current() {
        return RulesJson.of(specification.rules(specification.current()
                .orElseThrow(() -> new NotFoundException("No specification is ratified"))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One version with all its rules (404 for another partnership's)")
    public RulesJson version(@PathParam("id") long id) {
        return RulesJson.of(specification.rules(specification.version(id)));
    }

    @GET
    @Path("diff")
    @Operation(summary = "What changed between two versions (from and to, version ids), rule by rule")
    public DiffJson diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        FormErrors errors = new FormErrors();
        Long fromId = id(from, "from", "Select the version to compare from", errors);
        Long toId = id(to, "to", "Select the version to compare with", errors);
        errors.throwIfAny();
        return DiffJson.of(specification.diff(fromId, toId));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Start a draft as a copy of the ratified version (409 while a draft exists)")
    public Response startDraft() {
        SpecificationVersion draft = specification.startDraft();
        return Response.created(URI.create("/api/v1/specification/" + draft.id))
                .entity(RulesJson.of(specification.rules(draft))).build();
    }

    @PUT
    @Path("{id}/max-asset-age")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Set a draft's maximum asset age in years (1 to 50)")
    public RulesJson maxAge(@PathParam("id") long id, MaxAgeInput input) {
        return edit(id, (input == null ? new MaxAgeInput(null) : input).change());
    }

    @PUT
    @Path("{id}/minimum-resolutions/{cameraType}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Set a draft's minimum resolution (megapixels) for one camera type")
    public RulesJson resolution(@PathParam("id") long id, @PathParam("cameraType") String cameraType,
            ResolutionInput input) {
        return edit(id, (input == null ? new ResolutionInput(null) : input).change(cameraType));
    }

    @POST
    @Path("{id}/flagged-manufacturers")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Flag a manufacturer in a draft (banned or restricted, with reason and source); "
            + "flagging it again replaces its flag")
    public RulesJson flag(@PathParam("id") long id, FlagInput input) {
        return edit(id, (input == null ? new FlagInput(null, null, null, null) : input).change());
    }

    @POST
    @Path("{id}/approved-products")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Approve a product in a draft: a camera of a type or a recorder of a kind, with prices")
    public RulesJson product(@PathParam("id") long id, ProductInput input) {
        return edit(id, (input == null ? new ProductInput(null, null, null, null, null, null) : input).change());
    }

    @POST
    @Path("{id}/standards")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Require a standard in a draft (Secure by Default or another), with the makers meeting it")
    public RulesJson standard(@PathParam("id") long id, StandardInput input) {
        return edit(id, (input == null ? new StandardInput(null, null, null, null) : input).change());
    }

    @POST
    @Path("{id}/operating-systems")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a supported operating system (by its reference-data name) to a draft")
    public RulesJson operatingSystem(@PathParam("id") long id, OsInput input) {
        return edit(id, (input == null ? new OsInput(null) : input).change());
    }

    @DELETE
    @Path("{id}/{section}/{ruleId}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Remove a rule from a draft; section is minimum-resolutions, flagged-manufacturers, "
            + "approved-products, standards or operating-systems")
    public RulesJson remove(@PathParam("id") long id, @PathParam("section") String section,
            @PathParam("ruleId") long ruleId) {
        return edit(id, SpecificationInputs.removal(section, ruleId));
    }

    @POST
    @Path("{id}/ratification")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Ratify a draft with {\"confirm\": true}: it supersedes the version in force, and a job"
            + " re-evaluates the partnership's estate against it, one partner at a time: the answer's evaluation;"
            + " poll GET /api/v1/jobs/{id} until DONE before reading findings (409 for a version that is not a draft)")
    public RulesJson ratify(@PathParam("id") long id, RatifyInput input) {
        SpecificationVersion ratified = specification.ratify(id, input != null && input.confirmed());
        return RulesJson.of(specification.rules(ratified),
                work.of(id).map(job -> JobsApi.JobJson.of(jobs.view(job))).orElse(null));
    }

    /** Applies one change through the pages' checks; messages are keyed by the JSON names that were sent. */
    private RulesJson edit(long id, Change change) {
        try {
            edits.apply(id, change.form());
        } catch (SpecificationConflict e) {
            throw e;
        } catch (InvalidInputException e) {
            FormErrors renamed = new FormErrors();
            e.errors().list().forEach(error -> renamed.add(change.jsonNames().getOrDefault(error.field(),
                    error.field()), error.message()));
            renamed.throwIfAny();
        }
        return RulesJson.of(specification.rules(specification.version(id)));
    }

    private static Long id(String value, String field, String message, FormErrors errors) {
        try {
            return Long.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }
}
