package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
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
import org.cctvportal.support.Chromium;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stopping under a running portal: the API goes on verifying the tokens it was given with the keys it holds,
 * a page asked for without a session says sign-in is unavailable (not a redirect to nowhere, nor a server error),
 * readiness stays up (PostgreSQL and object storage answer, so no instance is taken out of service) while the wellness
 * report names Keycloak as what is down; a signed-in browser carries on, and one whose session needs renewing
 * (which only Keycloak can do) is shown that sign-in is unavailable rather than sent to a server that is not there,
 * and an HTMX request of either kind is told to load that page (HX-Redirect) rather than given nothing to show;
 * when Keycloak is back, with its realm and users as they were, sign-in, that browser and readiness recover without
 * restarting the portal, and the wellness report says so.
 */
@QuarkusTest
class KeycloakFaultTest {

    private static final Duration NOTICED = Duration.ofSeconds(20);

    @Test
    void theApiKeepsVerifyingTokensAndPagesSaySignInIsUnavailableUntilKeycloakIsBack() {
        LocalStack stack = LocalStackResource.stack();
        String token = DemoUsers.token("oxford.manager");
        try (BrowserContext browser = Chromium.shared().newContext()) {
            Page page = browser.newPage();
            signIn(page, stack);
            stack.suspendKeycloak();
            try {
                outage(stack, token, page);
            } finally {
                stack.resumeKeycloak();
            }
            // The browser whose session could not be renewed signs in again, on the same running portal.
            until(() -> given().redirects().follow(false).get("/cameras"), r -> r.statusCode() == 302);
            page.navigate(stack.portalBaseUrl() + "/cameras");
            if (page.getByLabel("Username or email").count() > 0) {
                signIn(page, stack);
            }
            assertThat(page.getByTestId("signed-in-user")).isVisible();
            assertTrue(page.url().startsWith(stack.portalBaseUrl()), page.url());
        }
        recovered();
    }

    private static void signIn(Page page, LocalStack stack) {
        page.navigate(stack.portalBaseUrl() + "/cameras");
        page.getByLabel("Username or email").fill("oxford.manager");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
        assertThat(page.getByTestId("signed-in-user")).isVisible();
    }

    /** While Keycloak is stopped: the API, pages without a session, a signed-in browser and one needing renewal. */
    private static void outage(LocalStack stack, String token, Page page) {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Response unavailable = until(() -> given().redirects().follow(false).get("/cameras"),
                r -> r.statusCode() == 503);
        assertTrue(unavailable.asString().contains("data-testid=\"sign-in-unavailable\""),
                unavailable.asString());
        assertEquals("30", unavailable.header("Retry-After"));
        JsonPath ready = health("ready");
        assertEquals("UP", ready.getString("status"), "a Keycloak outage takes no instance out of service");
        assertEquals("UP", check(ready, "Database connections health check").get("status"));
        assertEquals("UP", check(ready, "Object storage").get("status"));
        assertTrue(ready.getList("checks.name").stream().noneMatch(n -> String.valueOf(n).contains("Keycloak")),
                ready.prettify());
        JsonPath well = health("well");
        assertEquals("DOWN", well.getString("status"));
        assertEquals("DOWN", signIn(well).get("status"));
        given().auth().oauth2(token).get("/").then().statusCode(200);
        // HTMX shows no error page: without a session, or with one needing renewal, it is told where to go instead.
        given().redirects().follow(false).header("HX-Request", "true").get("/cameras").then().statusCode(401)
                .header("HX-Redirect", "/sign-in-unavailable");
        given().redirects().follow(false).cookie("q_session", "needs-renewing").header("HX-Request", "true")
                .header("HX-Current-URL", stack.portalBaseUrl() + "/cameras").get("/cameras").then().statusCode(401)
                .header("HX-Redirect", "/sign-in-unavailable");

        // A signed-in browser carries on: its session is verified with the keys the portal holds.
        assertEquals(200, page.navigate(stack.portalBaseUrl() + "/cameras").status());
        assertThat(page.getByTestId("signed-in-user")).isVisible();
        // A session the portal can no longer use (its tokens need renewing) is not sent to the missing Keycloak.
        BrowserContext context = page.context();
        List<Cookie> session = context.cookies(stack.portalBaseUrl()).stream()
                .filter(c -> c.name.equals("q_session")).toList();
        assertEquals(1, session.size(), "the browser holds the portal's session cookie");
        context.addCookies(List.of(new Cookie("q_session", "needs-renewing").setDomain(session.get(0).domain)
                .setPath(session.get(0).path)));
        com.microsoft.playwright.Response shown = page.navigate(stack.portalBaseUrl() + "/cameras");
        assertEquals(503, shown.status(), page.url());
        assertTrue(page.url().startsWith(stack.portalBaseUrl() + "/sign-in-unavailable"), page.url());
        assertThat(page.getByTestId("sign-in-unavailable")).isVisible();
        // Asked again, it is the same clear page, not a loop of redirects.
        assertEquals(503, page.navigate(stack.portalBaseUrl() + "/cameras").status());
        assertThat(page.getByTestId("sign-in-unavailable")).isVisible();
    }

    /** The realm and its users came back with Keycloak: a new sign-in works and readiness is up. */
    private static void recovered() {
        String fresh = fetchToken("oxford.manager");
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200);
        Response redirected = until(() -> given().redirects().follow(false).get("/cameras"),
                r -> r.statusCode() == 302);
        assertTrue(redirected.header("Location").contains("/protocol/openid-connect/auth"),
                redirected.header("Location"));
        long deadline = System.nanoTime() + NOTICED.toNanos();
        while (!"UP".equals(health("well").getString("status")) && System.nanoTime() < deadline) {
            sleep();
        }
        assertEquals("UP", signIn(health("well")).get("status"), "the wellness report has Keycloak back");
        assertEquals("UP", health("ready").getString("status"));
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

    /** A health group on the management port: "ready" (what takes an instance out of service) or "well". */
    private static JsonPath health(String group) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return given().port(port).get("/q/health/" + group).then().extract().jsonPath();
    }

    private static Map<String, Object> signIn(JsonPath report) {
        return check(report, "Sign-in service (Keycloak)");
    }

    private static Map<String, Object> check(JsonPath ready, String name) {
        List<Map<String, Object>> checks = ready.getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no health check named " + name + ": " + checks));
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
