package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stopping under a running portal: the API goes on verifying the tokens it was given with the keys it holds,
 * a page asked for without a session says sign-in is unavailable (not a redirect to nowhere, nor a server error),
 * readiness names Keycloak as what is down; when Keycloak is back, with its realm and users as they were, sign-in
 * and readiness recover without restarting the portal.
 */
@QuarkusTest
class KeycloakFaultTest {

    private static final Duration NOTICED = Duration.ofSeconds(20);

    @Test
    void theApiKeepsVerifyingTokensAndPagesSaySignInIsUnavailableUntilKeycloakIsBack() {
        LocalStack stack = LocalStackResource.stack();
        String token = DemoUsers.token("oxford.manager");
        stack.suspendKeycloak();
        try {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
            Response page = until(() -> given().redirects().follow(false).get("/cameras"),
                    r -> r.statusCode() == 503);
            assertTrue(page.asString().contains("data-testid=\"sign-in-unavailable\""), page.asString());
            assertEquals("30", page.header("Retry-After"));
            JsonPath ready = readiness();
            assertEquals("DOWN", ready.getString("status"));
            assertEquals("DOWN", signIn(ready).get("status"));
            assertEquals("UP", check(ready, "Database connections health check").get("status"));
            assertEquals("UP", check(ready, "Object storage").get("status"));
            given().auth().oauth2(token).get("/").then().statusCode(200);
        } finally {
            stack.resumeKeycloak();
        }
        // The realm and its users came back with Keycloak: a new sign-in works.
        String fresh = fetchToken("oxford.manager");
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200);
        Response redirected = until(() -> given().redirects().follow(false).get("/cameras"),
                r -> r.statusCode() == 302);
        assertTrue(redirected.header("Location").contains("/protocol/openid-connect/auth"),
                redirected.header("Location"));
        assertEquals("UP", signIn(readiness()).get("status"));
        long deadline = System.nanoTime() + NOTICED.toNanos();
        while (!"UP".equals(readiness().getString("status")) && System.nanoTime() < deadline) {
            sleep();
        }
        assertEquals("UP", readiness().getString("status"), "every readiness check is up again");
    }

    private static String fetchToken(String user) {
        long deadline = System.nanoTime() + NOTICED.toNanos();
        while (true) {
            try {
                return DemoUsers.freshToken(user);
            } catch (RuntimeException | AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static JsonPath readiness() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return given().port(port).get("/q/health/ready").then().extract().jsonPath();
    }

    private static Map<String, Object> signIn(JsonPath ready) {
        return check(ready, "Sign-in service (Keycloak)");
    }

    private static Map<String, Object> check(JsonPath ready, String name) {
        List<Map<String, Object>> checks = ready.getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no readiness check named " + name + ": " + checks));
    }

    private static Response until(Supplier<Response> request, Predicate<Response> done) {
        long deadline = System.nanoTime() + NOTICED.toNanos();
        Response response = request.get();
        while (!done.test(response) && System.nanoTime() < deadline) {
            sleep();
            response = request.get();
        }
        assertTrue(done.test(response), response.statusCode() + ": " + response.asString());
        return response;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
