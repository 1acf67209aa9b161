package org.cctvportal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalInstance;
import org.cctvportal.stack.StreamingReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged portal with its replica reads on a real streaming replica of the machine's PostgreSQL: while the
 * replica is stopped the home page still shows the camera count, read from the primary, and once the replica is
 * started again the reads go back to it.
 */
class ReplicaFallbackIT {

    private static final Pattern CAMERAS = Pattern.compile("data-testid=\"camera-count\">(\\d+) cameras");
    private static final Pattern SERVED = Pattern.compile(
            "^portal_replica_reads_total\\{[^}]*served_by=\"(replica|primary)\"[^}]*} ([0-9.E+-]+)", Pattern.MULTILINE);

    private static LocalStack stack;
    private static StreamingReplica replica;
    private static PortalInstance portal;
    private static String database;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = new LocalStack(LocalStack.Flavour.TEST);
        Map<String, String> config = new HashMap<>(stack.start());
        config.remove("quarkus.http.test-port");
        config.remove("quarkus.management.test-port");
        config.put("quarkus.profile", "test");
        String url = config.get("quarkus.datasource.jdbc.url");
        database = url.substring(url.lastIndexOf('/') + 1);
        replica = StreamingReplica.create(Path.of("target/replica-fallback-it"));
        config.put("quarkus.datasource.replica.jdbc.url", replica.jdbcUrl(database));
        portal = PortalInstance.start("replica-fallback", stack.portalPort(), config);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
        if (replica != null) {
            replica.destroy();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void replicaReadsFallBackToThePrimaryWhileTheReplicaIsDownAndReturnAfter() throws Exception {
        String token = token("oxford.viewer");
        long cameras = primaryCameras("tv-oxford-city");
        assertTrue(cameras > 0, "the demo partner has cameras");

        assertEquals(cameras, homePageCameras(token), "read from the replica");
        Map<String, Double> before = served();
        assertTrue(before.get("replica") > 0, "the figure came from the replica: " + before);

        replica.stop();
        assertEquals(cameras, homePageCameras(token), "still shown while the replica is down");
        Map<String, Double> down = served();
        assertEquals(before.get("replica"), down.get("replica"), "nothing read from a stopped replica");
        assertTrue(down.get("primary") > before.get("primary"), "read from the primary instead: " + down);

        replica.start();
        assertEquals(cameras, homePageCameras(token), "shown once the replica is back");
        Map<String, Double> back = served();
        assertTrue(back.get("replica") > down.get("replica"), "read from the replica again: " + back);
        assertEquals(down.get("primary"), back.get("primary"), "no longer from the primary");
    }

    private static long homePageCameras(String token) throws Exception {
        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        Matcher count = CAMERAS.matcher(home.body());
        assertTrue(count.find(), "the home page shows the camera count");
        return Long.parseLong(count.group(1));
    }

    private static Map<String, Double> served() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.managementPort()
                + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> served = new HashMap<>(Map.of("replica", 0.0, "primary", 0.0));
        Matcher m = SERVED.matcher(metrics);
        while (m.find()) {
            served.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return served;
    }

    private static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=cctv-portal-local-cli&username=" + user + "&password="
                + URLEncoder.encode("demo-pass", StandardCharsets.UTF_8);
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloakRealmUrl()
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher access = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        assertTrue(access.find(), "a token from Keycloak: " + body);
        return access.group(1);
    }

    private static long primaryCameras(String partner) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
                ""); Statement sql = db.createStatement(); var rows = sql.executeQuery(
                        "select count(*) from camera where status <> 'DECOMMISSIONED' and partner_id = '" + partner
                        + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
