package org.cctvportal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cctvportal.people.KeycloakClientsAdmin.Client;
import org.cctvportal.people.KeycloakClientsAdmin.Mapper;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Keycloak as machine clients need it: a confidential client with client credentials alone, whose tokens carry the
 * partner and partnership as fixed claims and the portal as their audience, and whose service account holds the
 * chosen realm roles; its secret read or replaced; the client removed. Failures to reach Keycloak are
 * {@link PeopleUnavailable}.
 */
@ApplicationScoped
class KeycloakMachineClients {

    /** The new client's Keycloak id and its first secret (shown once, never kept by the portal). */
    record Made(String keycloakId, String secret) {
    }

    @Inject
    @RestClient
    KeycloakClientsAdmin admin;

    @Inject
    KeycloakPeople people;

    @Inject
    PeopleConfig config;

    Made create(MachineClient client, String partnershipId) {
        Client wanted = new Client(null, client.clientId, client.name, "Machine client of " + client.partnerId
                + " (made by the portal)", true, false, "client-secret", true, false, false, false, true,
                List.of("basic", "roles", "profile"), List.of(fixed("partner", client.partnerId),
                        fixed("partnership", partnershipId), audience()));
        String id;
        try (Response made = KeycloakCalls.call(() -> admin.create(config.realm(), wanted))) {
            if (made.getStatus() != 201 || made.getLocation() == null) {
                throw new PeopleUnavailable("Keycloak answered " + made.getStatus() + " to a new client");
            }
            String path = made.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        String account = KeycloakCalls.call(() -> admin.serviceAccountUser(config.realm(), id)).id();
        people.setRoles(account, client.roles());
        return new Made(id, KeycloakCalls.call(() -> admin.secret(config.realm(), id)).value());
    }

    String rotate(String keycloakId) {
        return KeycloakCalls.call(() -> admin.regenerateSecret(config.realm(), keycloakId)).value();
    }

    /** Removes the client named, if Keycloak has it: no new token, and no refresh of an old one, is issued for it. */
    void remove(String clientId) {
        for (Client held : KeycloakCalls.call(() -> admin.byClientId(config.realm(), clientId))) {
            if (clientId.equals(held.clientId())) {
                try {
                    KeycloakCalls.run(() -> admin.delete(config.realm(), held.id()));
                } catch (WebApplicationException e) {
                    if (e.getResponse().getStatus() != 404) {
                        throw e;
                    }
                }
            }
        }
    }

    private static Mapper fixed(String claim, String value) {
        return new Mapper(claim, "openid-connect", "oidc-hardcoded-claim-mapper", Map.of("claim.name", claim,
                "claim.value", value, "jsonType.label", "String", "access.token.claim", "true",
                "id.token.claim", "false", "userinfo.token.claim", "false", "introspection.token.claim", "true"));
    }

    private static Mapper audience() {
        return new Mapper("portal-audience", "openid-connect", "oidc-audience-mapper", Map.of(
                "included.client.audience", "cctv-portal", "id.token.claim", "false", "access.token.claim", "true",
                "introspection.token.claim", "true"));
    }
}
