package org.cctvportal.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./mvnw -Pdemo}: starts the local stack, then the packaged portal with demo data, prints where to sign in and
 * the demo logins, and stops everything on Ctrl-C.
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LocalStack stack = new LocalStack(LocalStack.Flavour.DEMO);
        Map<String, String> config = stack.start();
        Path cache = Path.of(System.getProperty("stack.cache"));
        // Migrations are a step of their own, as in production: the portal that keeps running never holds the
        // owner's password.
        PortalProcess.migrate(config, "demo");
        PortalProcess portal = PortalProcess.start(PortalProcess.withoutOwner(config), "demo",
                PortalProcess.JVM_OPTIONS);
        int managementPort = portal.managementPort();
        printBanner(stack, cache, managementPort, (System.nanoTime() - started) / 1_000_000);
        Thread.currentThread().join();
    }

    private static void printBanner(LocalStack stack, Path cache, int managementPort, long millis)
            throws IOException {
        StringBuilder out = new StringBuilder("\n");
        out.append("CCTV Partnership Portal (demo data) is running at ").append(stack.portalBaseUrl()).append('\n');
        out.append("  ready in ").append(millis / 1000.0).append(" s; health and metrics on http://localhost:")
                .append(managementPort).append("/q/health and /q/metrics\n");
        out.append("  Keycloak realm: ").append(stack.keycloakRealmUrl()).append('\n');
        out.append("  logs: ").append(cache.resolve("logs")).append('\n');
        out.append("Demo logins (demo only; every password is 'demo-pass'):\n");
        JsonNode realm = new ObjectMapper().readTree(LocalStack.realmFile().toFile());
        for (JsonNode user : realm.get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // the portal's own service account, not a person
            }
            // The platform admin belongs to no partner or partnership.
            JsonNode attributes = user.path("attributes");
            out.append(String.format("  %-20s %-18s %-18s %s%n", user.get("username").asText(),
                    user.get("realmRoles").get(0).asText(),
                    attributes.path("partner").path(0).asText("-"),
                    attributes.path("partnership").path(0).asText("-")));
        }
        out.append("Mail the demo sends (invitations) stays on this machine, in GreenMail:\n");
        out.append("  ").append(stack.mailApiUrl()).append("/api/user/{e-mail}/messages/ (JSON), or any IMAP client on")
                .append(" 127.0.0.1:").append(stack.imapPort()).append(" with the e-mail address as user name\n");
        out.append("Press Ctrl-C to stop the portal, Keycloak, S3Proxy and GreenMail.\n");
        System.out.println(out);
    }
}
