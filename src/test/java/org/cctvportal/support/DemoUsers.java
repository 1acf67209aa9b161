package org.cctvportal.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cctvportal.stack.LocalStackResource;

/** Demo users of the local realm, one per role, and real access tokens for them from Keycloak. */
public final class DemoUsers {

    public static final String PASSWORD = "demo-pass";

    /** One user per role, all at Thames Valley partners but the platform admin, who belongs to no partnership. */
    public static final Map<String, String> BY_ROLE = new LinkedHashMap<>();

    static {
        BY_ROLE.put("partnership-admin", "opcc.admin");
        BY_ROLE.put("pcc-analyst", "opcc.analyst");
        BY_ROLE.put("partner-manager", "oxford.manager");
        BY_ROLE.put("partner-viewer", "oxford.viewer");
        BY_ROLE.put("hub-supervisor", "ods.supervisor");
        BY_ROLE.put("operator", "ods.operator");
        BY_ROLE.put("evidence-officer", "tvp.evidence");
        BY_ROLE.put("auditor", "oxford.auditor");
        BY_ROLE.put("platform-admin", "platform.admin");
    }

    /**
     * The partner each user above belongs to; for the platform admin, the partnership its console's routes name (it
     * reaches partnerships, not partners).
     */
    public static final Map<String, String> PARTNER = Map.of("opcc.admin", "tv-opcc", "opcc.analyst", "tv-opcc",
            "oxford.manager", "tv-oxford-city", "oxford.viewer", "tv-oxford-city", "ods.supervisor", "tv-ods",
            "ods.operator", "tv-ods", "tvp.evidence", "tv-police", "oxford.auditor", "tv-oxford-city",
            "platform.admin", "thames-valley");

    /** A token and when to fetch a new one: a minute before Keycloak says it expires, as a long suite outlives it. */
    private record Token(String value, java.time.Instant renewAt) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** A Keycloak that does not answer (a test froze it) fails the sign-in in seconds rather than holding it. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 30_000));

    private DemoUsers() {
    }

    public static String token(String username) {
        return TOKENS.compute(username, (name, held) -> held != null && java.time.Instant.now().isBefore(held.renewAt())
                ? held : fetch(name)).value();
    }

    /** A token asked of Keycloak now, whatever is held: proves the user can sign in at this moment. */
    public static String freshToken(String username) {
        return TOKENS.compute(username, (name, held) -> fetch(name)).value();
    }

    private static Token fetch(String username) {
        var answer = given().config(BOUNDED).formParam("grant_type", "password")
                .formParam("client_id", "cctv-portal-local-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token");
        if (answer.statusCode() != 200) {
            // Keycloak's reason ("Account disabled", "Account is not fully set up") says which test left it so.
            throw new AssertionError(username + " cannot sign in: Keycloak answered " + answer.statusCode() + " "
                    + answer.asString());
        }
        var body = answer.jsonPath();
        int lifetime = body.getInt("expires_in");
        return new Token(body.getString("access_token"),
                java.time.Instant.now().plusSeconds(Math.max(lifetime - 60, lifetime / 2)));
    }
}
