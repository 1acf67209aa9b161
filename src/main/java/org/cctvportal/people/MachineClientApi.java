package org.cctvportal.people;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's machine clients as JSON: the same rules as the pages. Keycloak away answers 503 with nothing half-done
 * (a revocation still holds in the portal at once).
 */
@Path("/api/v1/machine-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_MANAGER)
@Tag(name = "Machine clients")
public class MachineClientApi {

    @Inject
    MachineClientService clients;

    @Inject
    MachineClientAccess access;

    /** A machine client as the API shows it; its secret never (only once, in {@link WithSecretJson}). */
    public record MachineClientJson(UUID id, String partner, String name, String clientId, List<String> roles,
            String state, Instant createdAt, String createdBy, Instant secretRotatedAt, Instant lastUsedAt,
            Instant revokedAt, boolean keycloakToRemove) {
        static MachineClientJson of(MachineClient c) {
            return new MachineClientJson(c.id, c.partnerId, c.name, c.clientId, c.roles(), c.state.name(),
                    c.createdAt, c.createdBy, c.secretRotatedAt, c.lastUsedAt, c.revokedAt, c.keycloakToRemove);
        }
    }

    /** A client with the secret just made: the only time the portal shows it. */
    public record WithSecretJson(MachineClientJson client, String clientSecret, String tokenUrl) {
    }

    /** A registration: a name for the calling system and realm role names. */
    public record RegisterInput(String name, List<String> roles) {
    }

    /** The partnership's choice about footage roles. */
    public record FootageJson(boolean allowed) {
    }

    @GET
    @Operation(summary = "The caller's partner's machine clients", description = "Every machine client of the"
            + " caller's partner, active, revoked or unfinished, with when a token of it was last seen")
    public ApiPaging.Page<MachineClientJson> list(@BeanParam ApiPaging paging) {
        return paging.request().slice(clients.clients()).map(MachineClientJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One machine client of the caller's partner", description = "404 for any other partner's")
    public MachineClientJson get(@PathParam("id") UUID id) {
        return MachineClientJson.of(clients.client(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a machine client", description = "A Keycloak confidential client with client"
            + " credentials whose tokens carry the caller's partner and partnership and the roles given. The answer"
            + " holds its secret, shown this once and never kept by the portal")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegisterInput.class)))
    @APIResponse(responseCode = "201", description = "Registered; the body holds the secret",
            content = @Content(schema = @Schema(implementation = WithSecretJson.class)))
    public Response register(JsonNode body) {
        MachineClientService.WithSecret made = clients.register(MachineClientForm.of(body));
        return Response.created(URI.create("/api/v1/machine-clients/" + made.client().id))
                .entity(withSecret(made)).build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Give a machine client a new secret", description = "The previous secret stops working at"
            + " once; the new one is in the answer, shown this once")
    public WithSecretJson rotate(@PathParam("id") UUID id) {
        return withSecret(clients.rotate(id));
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a machine client", description = "Its tokens are refused from this moment and its"
            + " Keycloak client is removed (keycloakToRemove stays true while Keycloak is away: revoke again)")
    public MachineClientJson revoke(@PathParam("id") UUID id) {
        return MachineClientJson.of(clients.revoke(id));
    }

    @GET
    @Path("footage")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
    @Operation(summary = "Whether machine clients may hold roles that reach footage", description = "The caller's"
            + " partnership's setting (hub supervisor, operator, evidence officer); no by default")
    public FootageJson footage() {
        return new FootageJson(access.footageAllowed());
    }

    @PUT
    @Path("footage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Allow or forbid footage roles for machine clients", description = "The partnership"
            + " admin's setting for every partner of the partnership; clients already made keep their roles")
    @RequestBody(content = @Content(schema = @Schema(implementation = FootageJson.class)))
    public FootageJson allowFootage(JsonNode body) {
        if (body == null || !body.path("allowed").isBoolean()) {
            throw new InvalidInputException(new FormErrors().add("allowed", "Say true or false"));
        }
        return new FootageJson(access.allowFootage(body.path("allowed").asBoolean()));
    }

    private WithSecretJson withSecret(MachineClientService.WithSecret made) {
        return new WithSecretJson(MachineClientJson.of(made.client()), made.secret(), access.tokenUrl());
    }
}
