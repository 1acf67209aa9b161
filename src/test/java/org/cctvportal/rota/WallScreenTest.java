package org.cctvportal.rota;

import org.cctvportal.platform.security.SecretTokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Wall screens: a hub supervisor starts one (the browser gets a secret cookie, HttpOnly, Secure, SameSite=Strict, and
 * is signed out), the screen reads that hub's board in kiosk form with no sign-in, never another hub's; revoked or
 * expired (by the portal's clock), its next refresh is sent to the refused page. Only the secret's hash is stored.
 */
@QuarkusTest
class WallScreenTest {

    /** A fixed instant for the tests that move the portal's clock: never today's date. */
    private static final Instant STARTED = Instant.parse("2031-03-04T08:00:00Z");

    private static Response start(long hub, String name) {
        return FormSession.of("ods.supervisor").form().formParam("name", name)
                .post("/rota/hubs/" + hub + "/wall-screens");
    }

    private static String secretOf(Response started) {
        return started.getDetailedCookie(WallBoard.COOKIE).getValue();
    }

    private static Response wall(long hub, String secret, boolean refresh) {
        var request = given().redirects().follow(false).cookie(WallBoard.COOKIE, secret);
        return (refresh ? request.header("HX-Request", "true") : request).get("/rota/wall/" + hub);
    }

    private static void assertRefusedOnRefresh(long hub, String secret) {
        wall(hub, secret, true).then().statusCode(401).header("HX-Redirect", "/rota/wall/" + hub)
                .body(not(containsString("board-now")));
        wall(hub, secret, false).then().statusCode(404).body(containsString("data-testid=\"wall-refused\""))
                .body(not(containsString("board-now")));
    }

    private static void useClock(Instant at) {
        QuarkusMock.installMockForType(Clock.fixed(at, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void aStartedScreenShowsItsHubsBoardInKioskFormWithoutASignIn() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        Response started = start(hub, "Wall left " + System.nanoTime());
        started.then().statusCode(303).header("Location", containsString("/rota/wall/" + hub));
        Cookie cookie = started.getDetailedCookie(WallBoard.COOKIE);
        assertTrue(cookie.isHttpOnly() && cookie.isSecured() && "Strict".equalsIgnoreCase(cookie.getSameSite())
                && "/".equals(cookie.getPath()), cookie.toString());
        assertEquals(Duration.ofHours(14).toSeconds(), cookie.getMaxAge(), 5, "the screen lasts a shift and more");
        for (String session : new String[] { "q_session", "q_session_at", "q_session_rt" }) {
            assertEquals(0, started.getDetailedCookie(session).getMaxAge(), session + " is ended on the wall");
        }

        String page = wall(hub, secretOf(started), false).then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        assertTrue(page.contains("data-testid=\"kiosk\"") && page.contains("data-testid=\"board-updated\""), page);
        assertFalse(page.contains("govuk-service-navigation") || page.contains("govuk-footer")
                || page.contains("signed-in-user"), "no menu, footer or account on the wall");
        wall(hub, secretOf(started), true).then().statusCode(200).body(not(containsString("<html")))
                .body(containsString("hx-get=\"/rota/wall/" + hub + "\""));

        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            String stored = RotaFixture.text(db, "select secret_hash || '|' || name from wall_screen where hub_id = "
                    + hub);
            assertEquals(SecretTokens.hash(secretOf(started)), stored.substring(0, 64), "only the hash is kept");
            assertFalse(stored.contains(secretOf(started)));
        }
    }

    @Test
    void aScreenReachesNoOtherHubAndNoSignedInPage() {
        long hub = RotaFixture.hub(4, 5);
        long other = RotaFixture.hub(4, 5);
        String secret = secretOf(start(hub, "One hub only"));
        wall(hub, secret, true).then().statusCode(200);
        assertRefusedOnRefresh(other, secret);
        given().redirects().follow(false).cookie(WallBoard.COOKIE, secret).get("/rota/hubs/" + hub + "/board")
                .then().statusCode(302).header("Location", containsString("/protocol/openid-connect/auth"));
        given().redirects().follow(false).cookie(WallBoard.COOKIE, secret).get("/rota/hubs/" + hub
                + "/wall-screens").then().statusCode(302);
    }

    @Test
    void aRevokedScreenIsRefusedOnItsNextRefresh() {
        long hub = RotaFixture.hub(4, 5);
        Response started = start(hub, "Revoked screen");
        String secret = secretOf(started);
        wall(hub, secret, true).then().statusCode(200);
        long screen;
        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            screen = RotaFixture.number(db, "select id from wall_screen where hub_id = " + hub);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String list = given().auth().oauth2(org.cctvportal.support.DemoUsers.token("ods.supervisor"))
                .get("/rota/hubs/" + hub + "/wall-screens").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Revoked screen") && list.contains("Live"), list);

        FormSession.of("ods.supervisor").form().post("/rota/wall-screens/" + screen + "/revoke").then()
                .statusCode(303).header("Location", containsString("/rota/hubs/" + hub + "/wall-screens?saved=revoked"));
        assertRefusedOnRefresh(hub, secret);
        // An operator cannot revoke, and nobody can bring a revoked screen back by revoking it again.
        FormSession.of("ods.operator").form().post("/rota/wall-screens/" + screen + "/revoke").then().statusCode(403);
    }

    @Test
    void aScreenEndsAtItsMaximumAgeByThePortalsClock() {
        long hub = RotaFixture.hub(4, 5);
        useClock(STARTED);
        String secret = secretOf(start(hub, "Clocked screen"));
        useClock(STARTED.plus(Duration.ofHours(14)).minusSeconds(1));
        wall(hub, secret, true).then().statusCode(200).body(containsString("updated 21:59:59"));
        useClock(STARTED.plus(Duration.ofHours(14)));
        assertRefusedOnRefresh(hub, secret);
    }

    @Test
    void aScreenNeedsANameAndAWellFormedSecret() {
        long hub = RotaFixture.hub(4, 5);
        start(hub, "  ").then().statusCode(400).body(containsString("Enter a name for the screen"));
        start(hub, "x".repeat(61)).then().statusCode(400).body(containsString("60 characters or fewer"));
        assertRefusedOnRefresh(hub, "not-a-secret");
        assertRefusedOnRefresh(hub, SecretTokens.newSecret());
        given().redirects().follow(false).get("/rota/wall/" + hub).then().statusCode(404);
    }
}
