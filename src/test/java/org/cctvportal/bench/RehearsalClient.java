package org.cctvportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in person of the failure rehearsal, talking to the load balancer as a browser does: signs in once on
 * Keycloak's page, then keeps the session and CSRF cookies it was given; reads the home page (whose camera count
 * comes from the replica) and creates capital-plan projects (a write whose name says who made it and when).
 */
final class RehearsalClient {

    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CAMERAS = Pattern.compile("data-testid=\"camera-count\">(\\d+) cameras");

    /**
     * What one request gave: the status, whether it did what the person wanted, which portal answered, and for a write
     * whether it was sent a second time after a connection error and whether the portal answered that as a replay.
     */
    record Outcome(int status, boolean ok, String servedBy, String problem, boolean resent, boolean replayed) {

        Outcome(int status, boolean ok, String servedBy, String problem) {
            this(status, ok, servedBy, problem, false, false);
        }
    }

    /**
     * HTTP/1.1 as a browser speaks it to a plain-http site: Java's client would otherwise ask to upgrade to HTTP/2
     * (h2c), the portal accepts, and HAProxy then passes the connection through as a tunnel to one portal.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> jar = new LinkedHashMap<>();
    private final String baseUrl;
    private final String user;
    private String csrfToken;

    RehearsalClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    String user() {
        return user;
    }

    /** Signs in through Keycloak's form and takes the CSRF token of the new-project form. */
    void signIn(String password) throws Exception {
        HttpResponse<String> login = follow(baseUrl + "/", null);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException(user + ": no Keycloak sign-in form (" + login.statusCode() + ")");
        }
        HttpResponse<String> home = follow(action.group(1).replace("&amp;", "&"), "username=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (home.statusCode() != 200 || !home.body().contains("data-testid=\"username\">" + user + "<")) {
            throw new IllegalStateException(user + " could not sign in (" + home.statusCode() + ")");
        }
        HttpResponse<String> form = send(baseUrl + "/capital-plan/projects/new", null);
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException(user + ": no new-project form (" + form.statusCode() + ")");
        }
        csrfToken = token.group(1);
    }

    /** The home page: ok when it is the signed-in person's page with the camera count the replica reads give. */
    Outcome read() throws Exception {
        HttpResponse<String> page = send(baseUrl + "/", null);
        if (page.statusCode() != 200) {
            return outcome(page, false, problem(page));
        }
        if (!page.body().contains("data-testid=\"username\">" + user + "<")) {
            return outcome(page, false, "not this person's page");
        }
        return outcome(page, CAMERAS.matcher(page.body()).find(), "no camera count (the replica read gave nothing)");
    }

    /**
     * Creates the project {@code name}: ok (acknowledged) when the portal answers with the new project's page. The
     * write carries an Idempotency-Key, so when the connection fails before any answer (a keep-alive connection closed
     * as a portal went away) it is sent once more with the same key: the portal does it at most once.
     */
    Outcome write(String name) throws Exception {
        String form = "csrf-token=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8) + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> created;
        boolean resent = false;
        try {
            created = send(baseUrl + "/capital-plan/projects", form, key);
        } catch (IOException connectionError) {
            if (connectionError instanceof HttpTimeoutException) {
                throw connectionError; // the first may still be running: not a connection error
            }
            resent = true;
            created = send(baseUrl + "/capital-plan/projects", form, key);
        }
        String location = created.headers().firstValue("Location").orElse("");
        boolean acknowledged = created.statusCode() == 303 && location.contains("/capital-plan/projects/")
                && location.contains("saved=created");
        Outcome outcome = outcome(created, acknowledged, problem(created));
        return new Outcome(outcome.status(), outcome.ok(), outcome.servedBy(), outcome.problem(), resent,
                created.headers().firstValue("Idempotent-Replayed").isPresent());
    }

    private static Outcome outcome(HttpResponse<String> response, boolean ok, String problem) {
        return new Outcome(response.statusCode(), ok, response.headers().firstValue("X-Served-By").orElse("-"),
                ok ? null : problem);
    }

    private static String problem(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && location.contains("/protocol/openid-connect/auth")) {
            return "session lost (sent to sign in again)";
        }
        return "HTTP " + response.statusCode();
    }

    private HttpResponse<String> follow(String url, String form) throws Exception {
        HttpResponse<String> response = send(url, form);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(next.toString(), null);
        }
        return response;
    }

    /** One request with the cookie jar (one for every port of localhost, as the browser keeps them here). */
    private HttpResponse<String> send(String url, String form) throws Exception {
        return send(url, form, Map.of());
    }

    private HttpResponse<String> send(String url, String form, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        synchronized (jar) {
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (jar) {
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
        }
        return response;
    }
}
