package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The PCC dashboard's figures are kept per partnership until the next taking: a new taking shows at once, and two
 * partnerships, or an administrator and an analyst, never see each other's kept figures.
 */
@QuarkusTest
class PartnershipViewsTest {

    @Inject
    DashboardFigures figures;

    @Test
    void aNewTakingIsSeenAtOnce() {
        figures.refreshAll();
        long before = live(page("opcc.admin"));
        assertEquals(before, live(page("opcc.admin")), "the same taking, the same figures");
        long analystBefore = live(page("opcc.analyst"));

        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String site = "Kept figures street " + suffix;
        as("oxford.manager").body(Map.of("name", site, "kind", "Town centre", "postcode", "ox1 3ds",
                "latitude", 51.7528, "longitude", -1.2581)).post("/api/v1/sites").then().statusCode(201);
        as("oxford.manager").body(Map.of("assetTag", "KEPT-" + suffix, "site", site, "manufacturer", "Axis",
                "type", "Dome", "status", "Live", "resolutionMp", 4, "latitude", 51.7527, "longitude", -1.2580,
                "connection", "Fibre")).post("/api/v1/cameras").then().statusCode(201);
        assertEquals(before, live(page("opcc.admin")), "the figures change only when they are taken");

        figures.refreshAll();
        assertEquals(before + 1, live(page("opcc.admin")), "the new taking is read at once");
        assertEquals(analystBefore + 1, live(page("opcc.analyst")), "the analyst's view too");
    }

    @Test
    void partnershipsAndRolesNeverShareKeptFigures() {
        figures.refreshAll();
        for (int round = 0; round < 2; round++) {
            String thames = page("opcc.admin");
            String avon = page("as-opcc.admin");
            String analyst = page("opcc.analyst");
            assertTrue(thames.contains("data-partner=\"tv-oxford-city\""), "Thames Valley's partners");
            assertFalse(avon.contains("data-partner=\"tv-"), "Avon and Somerset's page lists none of Thames Valley's");
            assertEquals(partnerCameras(thames), live(thames) + others(thames), "Thames Valley's own totals");
            assertEquals(partnerCameras(avon), live(avon) + others(avon), "Avon and Somerset's own totals");
            assertTrue(thames.contains("href=\"/evidence\""), "the administrator's links into evidence");
            assertFalse(analyst.contains("href=\"/evidence\""), "the analyst sees no link into evidence");
            assertEquals(live(thames), live(analyst), "the same partnership's figures for both roles");
        }
    }

    private static long live(String page) {
        return figure(page, "LIVE");
    }

    private static long others(String page) {
        long sum = 0;
        Matcher m = Pattern.compile("data-testid=\"status-row\" data-key=\"([A-Z_]+)\" data-figure=\"([0-9,]+)\"")
                .matcher(page);
        while (m.find()) {
            if (!m.group(1).equals("LIVE")) {
                sum += Long.parseLong(m.group(2).replace(",", ""));
            }
        }
        return sum;
    }

    private static long figure(String page, String key) {
        Matcher m = Pattern.compile("data-testid=\"status-row\" data-key=\"" + key + "\" data-figure=\"([0-9,]+)\"")
                .matcher(page);
        assertTrue(m.find(), "status " + key + " is on the page");
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** The cameras of every partner listed in the partners' table. */
    private static long partnerCameras(String page) {
        long sum = 0;
        Matcher m = Pattern.compile("data-partner=\"[^\"]+\" data-cameras=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    private static String page(String user) {
        return as(user).get("/dashboard/partnership").then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }
}
