package org.cctvportal.people;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cctvportal.people.KeycloakAdmin.Role;
import org.cctvportal.people.KeycloakAdmin.User;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Keycloak as the people pages need it: find, create, change, disable and invite a user. Every failure to reach
 * Keycloak (refused, timed out, its token refused, a 5xx) becomes {@link PeopleUnavailable}; a refused invitation
 * e-mail becomes {@link InvitationNotSent}, so the caller can keep the account and offer to send it again.
 */
@ApplicationScoped
class KeycloakPeople {

    private static final Logger LOG = Logger.getLogger(KeycloakPeople.class);

    @Inject
    @RestClient
    KeycloakAdmin admin;

    @Inject
    PeopleConfig config;

    Optional<User> byEmail(String email) {
        return call(() -> admin.byEmail(config.realm(), email, true)).stream()
                .filter(user -> email.equalsIgnoreCase(user.email())).findFirst();
    }

    /** Every user of the realm with their realm roles (the demo's seeding reads the realm's demo users). */
    List<User> everyone() {
        return call(() -> admin.list(config.realm(), 0, 1000, false));
    }

    List<String> roles(String userId) {
        return call(() -> admin.realmRoles(config.realm(), userId)).stream().map(Role::name)
                .filter(RoleGrants.ALL::contains).toList();
    }

    /** Creates an enabled user who must set a password; returns its id, or empty when the e-mail is taken. */
    Optional<String> create(Person person, String partnershipId) {
        User user = new User(null, person.email, person.email, person.firstName, person.lastName, true, true,
                Map.of("partner", List.of(person.partnerId), "partnership", List.of(partnershipId)),
                List.of("UPDATE_PASSWORD"));
        try (Response created = call(() -> admin.create(config.realm(), user))) {
            if (created.getStatus() == 409) {
                return Optional.empty();
            }
            if (created.getStatus() != 201 || created.getLocation() == null) {
                throw new PeopleUnavailable("Keycloak answered " + created.getStatus() + " to a new user");
            }
            String path = created.getLocation().getPath();
            return Optional.of(path.substring(path.lastIndexOf('/') + 1));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Makes the user's realm roles, among those the portal manages, exactly {@code roles}. */
    void setRoles(String userId, List<String> roles) {
        List<Role> held = call(() -> admin.realmRoles(config.realm(), userId));
        List<Role> remove = held.stream().filter(role -> RoleGrants.ALL.contains(role.name()))
                .filter(role -> !roles.contains(role.name())).toList();
        List<String> heldNames = held.stream().map(Role::name).toList();
        List<String> missing = roles.stream().filter(role -> !heldNames.contains(role)).toList();
        if (!remove.isEmpty()) {
            run(() -> admin.removeRealmRoles(config.realm(), userId, remove));
        }
        if (!missing.isEmpty()) {
            List<Role> add = call(() -> admin.availableRealmRoles(config.realm(), userId)).stream()
                    .filter(role -> missing.contains(role.name())).toList();
            if (add.size() != missing.size()) {
                throw new PeopleUnavailable("the realm lacks one of the roles " + missing);
            }
            run(() -> admin.addRealmRoles(config.realm(), userId, add));
        }
    }

    /** Disables the user and ends every session it has, so no refresh or new sign-in succeeds. */
    void disable(String userId) {
        setEnabled(userId, false);
        run(() -> admin.logout(config.realm(), userId));
    }

    void enable(String userId) {
        setEnabled(userId, true);
    }

    /** Keycloak's own "set your password" e-mail, sent through the realm's mail server. */
    void invite(String userId) {
        try {
            admin.executeActionsEmail(config.realm(), userId, config.invitationLifespan().toSeconds(),
                    List.of("UPDATE_PASSWORD"));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                // Keycloak answers 500 when its mail server refuses or cannot be reached.
                LOG.warnf("Keycloak could not send the invitation of user %s: %s", userId, e.getMessage());
                throw new InvitationNotSent();
            }
            throw e;
        } catch (ProcessingException | OidcClientException e) {
            throw KeycloakCalls.unavailable(e);
        }
    }

    private void setEnabled(String userId, boolean enabled) {
        User user = call(() -> admin.get(config.realm(), userId));
        run(() -> admin.update(config.realm(), userId, user.enabled(enabled)));
    }

    private static void run(Runnable work) {
        KeycloakCalls.run(work);
    }

    private static <T> T call(Supplier<T> work) {
        return KeycloakCalls.call(work);
    }
}
