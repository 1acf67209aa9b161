package org.cctvportal.specification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partnership's specification as JSON, read-only: changes are made on the pages, by the partnership admin. */
@Path("/api/v1/specification")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Specification")
public class SpecificationApi {

    @Inject
    SpecificationService specification;

    /** A version without its rules. */
    public record VersionJson(long id, int number, String status, String createdBy, Instant createdAt,
            String ratifiedBy, Instant ratifiedAt) {
        static VersionJson of(SpecificationVersion v) {
            return new VersionJson(v.id, v.number, v.status.name(), v.createdBy, v.createdAt, v.ratifiedBy,
                    v.ratifiedAt);
        }
    }

    /** A version with every rule. */
    public record RulesJson(VersionJson version, Integer maxAssetAgeYears,
            List<SpecificationRules.Resolution> minimumResolutions, List<SpecificationRules.Flag> flaggedManufacturers,
            List<SpecificationRules.Product> approvedProducts, List<SpecificationRules.Standard> standards,
            List<SpecificationRules.Os> supportedOperatingSystems) {
        static RulesJson of(SpecificationRules rules) {
            return new RulesJson(VersionJson.of(rules.version()), rules.version().maxAssetAgeYears,
                    rules.resolutions(), rules.flags(), rules.products(), rules.standards(), rules.systems());
        }
    }

    @GET
    @Operation(summary = "The partnership's specification versions, newest first")
    public List<VersionJson> versions() {
        return specification.versions().stream().map(VersionJson::of).toList();
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
}
