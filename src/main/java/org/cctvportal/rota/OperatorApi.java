package org.cctvportal.rota;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator profiles and the shifts they break, for the same roles and with the same checks as the pages. */
@Path("/api/v1/rota")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ RotaPages.SUPERVISOR, Roles.PARTNER_MANAGER })
@Tag(name = "Rota")
public class OperatorApi {

    @Inject
    OperatorProfileService profiles;

    @Inject
    OperatorService operators;

    @Inject
    RotaFeeds feeds;

    @Inject
    ProfileBreaks breaks;

    /** A profile as the API shows it; the name is the person's. */
    public record OperatorJson(long id, UUID person, String name, String siaLicence, LocalDate siaExpires,
            int contractedHours, Set<Long> trainedHubs, Map<String, LocalDate> clearedSince, boolean canSupervise,
            boolean active, int version) {
        static OperatorJson of(OperatorProfile o) {
            return new OperatorJson(o.id, o.personId, o.fullName, o.siaLicence, o.siaExpires, o.contractedHours,
                    o.trainedHubs, o.clearances, o.canSupervise, o.active, o.version);
        }
    }

    /** A profile to make or change: {@code person} only when making one; dates as 2027-03-31. */
    public record OperatorInput(String person, String siaLicence, String siaExpires, Integer contractedHours,
            List<Long> trainedHubs, List<String> clearedPartners, Boolean canSupervise, Integer version) {
    }

    @GET
    @Path("operators")
    @Operation(summary = "The operator partner's profiles, by name; paged")
    public ApiPaging.Page<OperatorJson> list(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        profiles.myHubs();
        return page.slice(operators.operators()).map(OperatorJson::of);
    }

    @POST
    @Path("operators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a profile for a person of the caller's partner who has none (400 names each bad field)")
    @RequestBody(content = @Content(schema = @Schema(implementation = OperatorInput.class)))
    public Response create(JsonNode body) {
        OperatorProfile made = profiles.create(form(body));
        return Response.created(URI.create("/api/v1/rota/operators/" + made.id))
                .entity(OperatorJson.of(operators.operator(made.id))).build();
    }

    @PUT
    @Path("operators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a profile; version must be the one read (a stale one is refused)")
    @RequestBody(content = @Content(schema = @Schema(implementation = OperatorInput.class)))
    public OperatorJson update(@PathParam("id") long id, JsonNode body) {
        profiles.myHubs();
        return OperatorJson.of(profiles.update(id, form(body)));
    }

    @POST
    @Path("operators/{id}/end")
    @Operation(summary = "End a profile: no longer rostered, calendar feed revoked; its shifts ahead show as broken")
    public OperatorJson end(@PathParam("id") long id) {
        profiles.myHubs();
        return OperatorJson.of(feeds.setActive(id, false));
    }

    @GET
    @Path("hubs/{id}/broken-shifts")
    @Operation(summary = "The shifts ahead at one of the caller's hubs that operators' profiles now break")
    public List<ProfileBreaks.Broken> broken(@PathParam("id") long hubId) {
        return breaks.ahead(hubId);
    }

    private static OperatorProfileService.Form form(JsonNode body) {
        JsonNode in = body == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : body;
        Set<String> hubs = new TreeSet<>();
        in.path("trainedHubs").forEach(h -> hubs.add(h.asText()));
        Set<String> cleared = new TreeSet<>();
        in.path("clearedPartners").forEach(p -> cleared.add(p.asText()));
        return new OperatorProfileService.Form(in.path("person").asText(""), in.path("siaLicence").asText(""),
                in.path("siaExpires").asText(""), in.path("contractedHours").asText(""), hubs, cleared,
                in.path("canSupervise").asBoolean(false), in.path("version").asText("0"));
    }
}
