package org.cctvportal.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * The part of Keycloak's Admin REST API the portal uses to manage machine clients, with the same service account as
 * {@link KeycloakAdmin}, which for this also holds view-clients and manage-clients.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/{realm}/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface KeycloakClientsAdmin {

    @GET
    List<Client> byClientId(@PathParam("realm") String realm, @QueryParam("clientId") String clientId);

    @POST
    Response create(@PathParam("realm") String realm, Client client);

    @DELETE
    @Path("{id}")
    void delete(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("{id}/service-account-user")
    KeycloakAdmin.User serviceAccountUser(@PathParam("realm") String realm, @PathParam("id") String id);

    @GET
    @Path("{id}/client-secret")
    Secret secret(@PathParam("realm") String realm, @PathParam("id") String id);

    /** A new secret; the old one stops working at once. */
    @POST
    @Path("{id}/client-secret")
    Secret regenerateSecret(@PathParam("realm") String realm, @PathParam("id") String id);

    /** Keycloak's client representation, the fields the portal sets or reads. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Client(String id, String clientId, String name, String description, Boolean enabled,
            Boolean publicClient, String clientAuthenticatorType, Boolean serviceAccountsEnabled,
            Boolean standardFlowEnabled, Boolean directAccessGrantsEnabled, Boolean implicitFlowEnabled,
            Boolean fullScopeAllowed, List<String> defaultClientScopes, List<Mapper> protocolMappers) {
    }

    /** A protocol mapper of a client. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mapper(String name, String protocol, String protocolMapper, Map<String, String> config) {
    }

    /** A client secret as Keycloak returns it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Secret(String type, String value) {
    }
}
