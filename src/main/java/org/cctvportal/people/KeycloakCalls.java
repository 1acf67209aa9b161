package org.cctvportal.people;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A call to Keycloak's Admin REST API whose every failure to reach Keycloak (refused, timed out, its token refused, a
 * 5xx) becomes {@link PeopleUnavailable}; a 4xx answer is left to the caller.
 */
final class KeycloakCalls {

    private static final Logger LOG = Logger.getLogger(KeycloakCalls.class);

    private KeycloakCalls() {
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | OidcClientException e) {
            throw unavailable(e);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500 || e.getResponse().getStatus() == 401) {
                throw unavailable(e);
            }
            throw e;
        }
    }

    static PeopleUnavailable unavailable(RuntimeException e) {
        LOG.warnf("Keycloak's Admin REST API could not be used: %s", e.toString());
        return new PeopleUnavailable(e.getMessage());
    }
}
