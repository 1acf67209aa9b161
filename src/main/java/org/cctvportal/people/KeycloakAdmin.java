package org.cctvportal.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of Keycloak's Admin REST API the portal uses to manage users, called with the client-credentials token of
 * the portal's service account ({@code quarkus.oidc-client.*}), which holds view-users and manage-users only.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/{realm}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface KeycloakAdmin {

    @GET
    List<User> byEmail(@PathParam("realm") String realm, @QueryParam("email") String email,
            @QueryParam("exact") boolean exact);

    @GET
    List<User> list(@PathParam("realm") String realm, @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @POST
    Response create(@PathParam("realm") String realm, User user);

    @GET
    @Path("{id}")
    User get(@PathParam("realm") String realm, @PathParam("id") String id);

    @PUT
    @Path("{id}")
    void update(@PathParam("realm") String realm, @PathParam("id") String id, User user);

    @POST
    @Path("{id}/logout")
    void logout(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("{id}/role-mappings/realm")
    List<Role> realmRoles(@PathParam("realm") String realm, @PathParam("id") String id);

    /** The realm roles that could be given to the user, with their ids (Keycloak maps a role by its id). */
    @GET
    @Path("{id}/role-mappings/realm/available")
    List<Role> availableRealmRoles(@PathParam("realm") String realm, @PathParam("id") String id);

    @POST
    @Path("{id}/role-mappings/realm")
    void addRealmRoles(@PathParam("realm") String realm, @PathParam("id") String id, List<Role> roles);

    @DELETE
    @Path("{id}/role-mappings/realm")
    void removeRealmRoles(@PathParam("realm") String realm, @PathParam("id") String id, List<Role> roles);

    @PUT
    @Path("{id}/execute-actions-email")
    void executeActionsEmail(@PathParam("realm") String realm, @PathParam("id") String id,
            @QueryParam("lifespan") long lifespanSeconds, List<String> actions);

    /** Keycloak's user representation, the fields the portal reads or sets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled,
            Boolean emailVerified, Map<String, List<String>> attributes, List<String> requiredActions) {

        User enabled(boolean value) {
            return new User(id, username, email, firstName, lastName, value, emailVerified, attributes,
                    requiredActions);
        }

        String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** A realm role, as Keycloak lists it and takes it back (by its id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name) {
    }
}
