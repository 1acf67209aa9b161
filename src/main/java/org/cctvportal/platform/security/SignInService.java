package org.cctvportal.platform.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the sign-in service (Keycloak) answers, asked in the background every few seconds so that no request waits
 * on it: pages then tell a person who is not signed in that sign-in is unavailable instead of sending the browser to
 * a server that does not answer, and readiness names it. Bearer tokens need none of this: the API verifies them with
 * the keys it already holds.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Failed probes in a row before sign-in counts as unavailable: one slow answer on a busy machine is not enough. */
    private static final int FAILURES = 2;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    /**
     * Made at the first probe, not with the object: the bean's client proxy is a subclass built at start, and a client
     * made in a field initialiser would be built for it too (about 400 classes and a selector thread before ready).
     */
    private HttpClient http;
    private volatile String problem;
    private int failuresInARow;

    /** True unless the last probe found the sign-in service unreachable. */
    public boolean reachable() {
        return problem == null;
    }

    /** What the last probe found wrong, or null when the service answered. */
    public String problem() {
        return problem;
    }

    public String realm() {
        return realmUrl.orElse("");
    }

    @Scheduled(every = "${portal.sign-in.probe-every:10s}", concurrentExecution =
            Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        probe();
    }

    /** Asks the realm's discovery document now; returns whether sign-in counts as available. */
    public synchronized boolean probe() {
        String found;
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    URI.create(realm() + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            found = response.statusCode() == 200 ? null : "answered " + response.statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            found = "not reachable (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return reachable();
        }
        failuresInARow = found == null ? 0 : failuresInARow + 1;
        String now = found == null || failuresInARow < FAILURES ? null : found;
        if (now == null ? problem != null : problem == null) {
            LOG.warnf("Sign-in service %s: %s", realm(), now == null ? "answers again" : now);
        }
        problem = now;
        return now == null;
    }
}
