package org.cctvportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * On the real Keycloak, frozen so it accepts connections and never answers: the people service account's request
 * for a token gives up after the configured time (8 s in tests) with the failure a refused one gives, rather than
 * holding the people change that needed it for good, and the next request after Keycloak answers again gets one.
 */
@QuarkusTest
class OidcRequestTimeoutTest {

    private static final Duration LONGER_THAN_ANY_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    OidcClient serviceAccount;

    @Test
    void aTokenRequestToAKeycloakThatNeverAnswersFailsWithinTheTimeoutAndTheNextOneSucceeds() {
        assertFalse(token().isBlank(), "Keycloak answers: the service account gets a token");
        LocalStackResource.stack().freezeKeycloak();
        long took;
        try {
            long start = System.nanoTime();
            assertThrows(OidcClientException.class, this::token,
                    "the request fails as a refused one does, so the people change says Keycloak cannot be reached");
            took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        } finally {
            LocalStackResource.stack().thawKeycloak();
        }
        assertTrue(took >= 7_000 && took < 30_000, "gave up after " + took + " ms, not after the 8 s configured");
        assertFalse(token().isBlank(), "once Keycloak answers, the next request gets a token");
    }

    private String token() {
        return serviceAccount.getTokens().await().atMost(LONGER_THAN_ANY_TIMEOUT).getAccessToken();
    }
}
