package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The shell around every page: headers, assets served locally, error pages, HTMX session expiry, operations. */
@QuarkusTest
class WebShellTest {

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndSecurityHeaders() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .body(containsString("data-testid=\"partner-name\">Oxford City Council"))
                .body(not(containsString("<script>")));
    }

    @Test
    void theHomePageShowsTheNavigationTheRolesAllow() {
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/").then()
                .body(containsString("href=\"/partners\"")).body(not(containsString("href=\"/audit\"")));
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/").then()
                .body(containsString("href=\"/audit\"")).body(not(containsString("href=\"/partners\"")));
    }

    @Test
    void govukFrontendAndHtmxAreServedByThePortalItself() {
        given().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200);
        given().get("/static/js/portal.js").then().statusCode(200);
    }

    @Test
    void anHtmxRequestWithoutASessionGetsAnHxRedirectNotTheLoginPage() {
        given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost/partners?page=2").get("/partners").then()
                .statusCode(401).header("HX-Redirect", equalTo("/partners?page=2"));
        given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", "https://evil.example/steal").get("/profile").then()
                .statusCode(401).header("HX-Redirect", equalTo("/steal"));
    }

    @Test
    void anHtmxRequestWhoseSessionExpiredGetsAnHxRedirectNotAnEmptyAnswer() {
        for (String session : List.of("expired", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.x.y.z.w")) {
            given().redirects().follow(false).cookie("q_session", session).header("HX-Request", "true")
                    .header("HX-Current-URL", "http://localhost/cameras?q=oxford").get("/cameras").then()
                    .statusCode(401).header("HX-Redirect", equalTo("/cameras?q=oxford"));
            given().redirects().follow(false).cookie("q_session", session).header("HX-Request", "true")
                    .header("HX-Current-URL", "http://localhost/bookings/new").formParam("hub", "1")
                    .post("/bookings/preview").then().statusCode(401).header("HX-Redirect", equalTo("/bookings/new"));
        }
        // A page asked for by the browser itself still goes to sign in.
        given().redirects().follow(false).cookie("q_session", "expired").get("/cameras").then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void unknownPagesGetTheFriendlyNotFoundPageAndApiGetsJson() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/partners-typo").then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners/no-such-partner").then().statusCode(404)
                .body(containsString("data-testid=\"not-found\""));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/partners/no-such-partner").then()
                .statusCode(404).body("status", equalTo(404));
    }

    @Test
    void aForbiddenPageExplainsItself() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/partners").then().statusCode(403)
                .body(containsString("data-testid=\"forbidden\""));
    }

    @Test
    void readinessCoversDatabaseAndStorageWhileKeycloakIsReportedApart() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(port).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.containsInAnyOrder("Object storage",
                        "Database connections health check"));
        given().port(port).get("/q/health/well").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Sign-in service (Keycloak)"));
        // A request of its own first, so the request metrics exist whatever ran before in this JVM.
        given().redirects().follow(false).get("/");
        given().port(port).get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).accept("application/json").get("/q/openapi").then()
                .statusCode(200).body("paths.'/api/v1/partners'.get", not(nullValue()))
                .body("paths.'/api/v1/cameras'.get", not(nullValue()))
                .body("paths.'/api/v1/cameras/{id}'.put", not(nullValue()))
                .body("paths.'/api/v1/sites'.post", not(nullValue()))
                .body("paths.'/api/v1/recorders/{id}'.get", not(nullValue()))
                .body("paths.'/api/v1/rota/operators'.post", not(nullValue()))
                .body("paths.'/api/v1/tariffs'.post", not(nullValue()))
                .body("paths.'/api/v1/statements.pdf'.get", not(nullValue()))
                .body("paths.'/api/v1/rota/hubs/{id}/broken-shifts'.get", not(nullValue()))
                .body("paths.'/api/v1/platform/partnerships'.post", not(nullValue()))
                .body("paths.'/api/v1/platform/partnerships/{id}/suspension'.post", not(nullValue()))
                .body("paths.'/api/v1/platform/partnerships/{id}/admins/{person}/invitation'.post", not(nullValue()));
    }
}
