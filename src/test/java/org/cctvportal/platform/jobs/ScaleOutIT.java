package org.cctvportal.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.PortalInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged portal instances against one database, Keycloak and S3 server, as replicas behind a load balancer:
 * a session made on one is accepted by the other (it lives in the encrypted cookie), and a scheduled job fired by
 * both every two seconds runs once per slot, so a stale import is discarded once with one audit event.
 */
class ScaleOutIT {

    private static final String JOB = "discard-stale-imports";
    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern JOB_LINE = Pattern.compile(
            "Job " + JOB + ", slot (\\S+): (running on|already run by) (\\S+)");

    private static LocalStack stack;
    private static Map<String, String> config;
    private static PortalInstance a;
    private static PortalInstance b;

    @BeforeAll
    static void startTwoInstances() {
        stack = new LocalStack(LocalStack.Flavour.TEST);
        config = new HashMap<>(stack.start());
        config.remove("quarkus.http.test-port");
        config.remove("quarkus.management.test-port");
        config.put("quarkus.profile", "test");
        config.put("portal.jobs.discard-stale-imports.every", "2s");
        // One after the other: the first migrates and seeds the demo data, the second finds both done.
        a = PortalInstance.start("a", stack.portalPort(), config);
        b = PortalInstance.start("b", 0, config);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void aSessionMadeOnOneInstanceWorksOnTheOther() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> login = follow(client, jar, a.baseUrl() + "/", null);
        Matcher action = FORM_ACTION.matcher(login.body());
        assertTrue(action.find(), "Keycloak's sign-in page");
        HttpResponse<String> home = follow(client, jar, action.group(1).replace("&amp;", "&"),
                "username=oxford.manager&password=" + URLEncoder.encode("demo-pass", StandardCharsets.UTF_8));
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("data-testid=\"username\">oxford.manager<"), "signed in on A");

        String session = jar.entrySet().stream().filter(c -> c.getKey().startsWith("q_session"))
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        assertTrue(session.contains("q_session="), "the session is a cookie");
        HttpResponse<String> onB = client.send(HttpRequest.newBuilder(URI.create(b.baseUrl() + "/"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, onB.statusCode(), "B accepts A's session without a new sign-in");
        assertTrue(onB.body().contains("data-testid=\"username\">oxford.manager<"), "signed in on B");
    }

    @Test
    void theJobRunsOncePerSlotAndDiscardsAStaleImportOnce() throws Exception {
        UUID id = staleImport("tv-oxford-city");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"DISCARDED".equals(status(id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals("DISCARDED", status(id));
        Thread.sleep(4500); // two more slots, fired by both instances

        assertEquals(1, count("select count(*) from audit_event where action = 'estate.import-discarded'"
                + " and entity_id = '" + id + "' and actor = 'system'"));
        Map<String, List<String>> bySlot = new TreeMap<>();
        for (PortalInstance instance : List.of(a, b)) {
            for (String line : instance.logLines()) {
                Matcher m = JOB_LINE.matcher(line);
                if (m.find()) {
                    bySlot.computeIfAbsent(m.group(1), s -> new ArrayList<>()).add(m.group(2));
                }
            }
        }
        bySlot.forEach((slot, outcomes) -> assertEquals(1, outcomes.stream().filter("running on"::equals).count(),
                "slot " + slot + " ran once: " + outcomes));
        assertTrue(bySlot.values().stream().filter(o -> o.size() == 2).count() >= 2,
                "both instances fired the same slots: " + bySlot);
        assertEquals(0, count("select count(*) from job_run where job = '" + JOB + "' and outcome not like 'done:%'"
                + " and finished_at is not null"), "every finished run succeeded");
    }

    /**
     * Sends a request (a form post when {@code form} is given) and follows redirects as a browser does, keeping one
     * cookie jar for every port of localhost: Java's own cookie manager would withhold Keycloak's secure cookies.
     */
    private static HttpResponse<String> follow(HttpClient client, Map<String, String> jar, String url, String form)
            throws Exception {
        HttpResponse<String> response = send(client, jar, url, form);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(client, jar, next.toString(), null);
        }
        return response;
    }

    private static HttpResponse<String> send(HttpClient client, Map<String, String> jar, String url, String form)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('=')).strip();
            String value = pair.substring(pair.indexOf('=') + 1).strip();
            if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return response;
    }

    private static UUID staleImport(String partner) throws Exception {
        UUID id = UUID.randomUUID();
        byte[] bytes = "asset_tag,site\nT-1,Somewhere\n".getBytes(StandardCharsets.UTF_8);
        MinioClient storage = MinioClient.builder().endpoint(config.get("portal.storage.endpoint"))
                .credentials(config.get("portal.storage.access-key"), config.get("portal.storage.secret-key"))
                .region("us-east-1").build();
        storage.putObject(PutObjectArgs.builder().bucket("cctv-imports").object(partner + "/" + id)
                .data(bytes, bytes.length).contentType("text/csv").build());
        try (Connection connection = database("partner", partner); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into estate_import (id, partner_id, subject, format, file_name, object_key,"
                    + " sha256, size_bytes, status, created_by, created_at) values ('" + id + "', '" + partner
                    + "', 'CAMERAS', 'CSV', 'cameras.csv', '" + partner + "/" + id + "', repeat('0', 64), "
                    + bytes.length + ", 'PREVIEWED', 'oxford.manager', now() - interval '3 days')");
        }
        return id;
    }

    private static String status(UUID id) throws SQLException {
        try (Connection connection = database("platform", ""); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("select status from estate_import where id = '" + id + "'");
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = database("platform", ""); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery(query);
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The portal's own role with the given scope and partner set, as the portal's connections carry them. */
    private static Connection database(String scope, String partner) throws SQLException {
        Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.scope', '" + scope + "', false), set_config('app.partner', '"
                    + partner + "', false)");
        }
        return connection;
    }
}
