package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A change reaches the dashboards at the next round of the changed partners' refresh, not the full refresh: a camera
 * going faulty, a finding's risk accepted and a booking approved by another partner's hub each move the council's
 * figures and the PCC office's totals once the round has run (the test drives it), and the assurance summary with
 * them; a change refused marks nothing.
 */
@QuarkusTest
class FreshFiguresTest {

    @Inject
    DashboardFigures figures;

    @Inject
    ChangedDashboards changed;

    @Test
    void eachChangeReachesBothDashboardsAtTheNextRound() throws Exception {
        TestClock.startAt(TestClock.today().withDayOfMonth(TestClock.today().lengthOfMonth()).atTime(21, 30));
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String site = "Fresh Street " + suffix;
        as("oxford.manager").body(Map.of("name", site, "kind", "Town centre", "postcode", "ox1 3ds")).post(
                "/api/v1/sites").then().statusCode(201);
        long live = camera(site, "FRESH-L-" + suffix, "Axis");
        long flagged = camera(site, "FRESH-H-" + suffix, "Hikvision");
        long retired = camera(site, "FRESH-D-" + suffix, "Axis");
        long finding = ((Number) as("oxford.manager").get("/api/v1/findings?camera=" + flagged).then()
                .statusCode(200).extract().path("items[0].id")).longValue();
        long hub = DashboardFiguresTest.hub();
        LocalDateTime start = TestClock.today().atTime(22, 0);
        long booking = ((Number) as("oxford.manager").body(Map.of("hubId", hub, "cameraGroup", "Fresh group",
                "assetTags", List.of("FRESH-L-" + suffix), "recurrence", "ONE_OFF", "startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(), "priority", "ROUTINE")).post("/api/v1/bookings").then()
                .statusCode(201).extract().path("id")).longValue();
        figures.refreshAll();
        changed.refreshChanged();
        assertEquals(0, changed.refreshChanged(), "nothing is left marked after a round");

        String ownBefore = page("oxford.manager", "/dashboard/partner");
        String pccBefore = page("opcc.admin", "/dashboard/partnership");
        // Refused: nothing changed, so nothing is marked.
        as("oxford.manager").body(Map.of("status", "Melted")).put("/api/v1/cameras/" + live).then().statusCode(400);
        assertEquals(0, changed.refreshChanged(), "a refused change marks no partner");

        as("oxford.manager").body(Map.of("status", "Faulty", "statusReason", "Lens cracked")).put("/api/v1/cameras/"
                + live).then().statusCode(200);
        as("oxford.manager").body(Map.of("status", "Decommissioned", "statusReason", "Pole removed"))
                .put("/api/v1/cameras/" + retired).then().statusCode(200);
        as("oxford.manager").body(Map.of("reason", "Replacement ordered", "until", TestClock.today().plusMonths(2)
                .toString())).post("/api/v1/findings/" + finding + "/acceptance").then().statusCode(200);
        as("ods.supervisor").body("{}").post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);
        // The dashboards show kept figures: nothing has moved before the round.
        assertEquals(figure(ownBefore, "status", "FAULTY"),
                figure(page("oxford.manager", "/dashboard/partner"), "status", "FAULTY"));

        assertTrue(changed.refreshChanged() >= 2, "Oxford (its changes) and the ODS (it approved) are taken again");
        String ownAfter = page("oxford.manager", "/dashboard/partner");
        String pccAfter = page("opcc.admin", "/dashboard/partnership");
        for (String[] pages : new String[][] { { ownBefore, ownAfter }, { pccBefore, pccAfter } }) {
            assertEquals(1, figure(pages[1], "status", "FAULTY") - figure(pages[0], "status", "FAULTY"));
            assertEquals(-2, figure(pages[1], "status", "LIVE") - figure(pages[0], "status", "LIVE"));
            assertEquals(1, figure(pages[1], "status", "DECOMMISSIONED")
                    - figure(pages[0], "status", "DECOMMISSIONED"));
            assertEquals(1, figure(pages[1], "severity", "ACCEPTED") - figure(pages[0], "severity", "ACCEPTED"));
            Matcher hubRow = Pattern.compile("data-testid=\"hub-row\" data-hub=\"" + hub
                    + "\" data-booked=\"([^\"]+)\"").matcher(pages[1]);
            assertTrue(hubRow.find(), "the approved booking's hub appears with its hours");
            assertEquals("3", hubRow.group(1));
        }
        // The assurance summary is read as it stands, not from the figures: after the changes it still counts the
        // open switch-off notices exactly as the assurance page does (the decommissioned camera's notice included,
        // whether it opened one or joined Oxford's open one).
        assertTrue(assurance(pccAfter).contains("data-testid=\"open-notices\""));
        assertEquals(openNotices(page("opcc.admin", "/assurance")), openNotices(pccAfter));
        assertEquals(0, changed.refreshChanged(), "each partner was taken once for all its changes");
    }

    private static long camera(String site, String tag, String maker) {
        return ((Number) as("oxford.manager").body(Map.of("assetTag", tag, "site", site, "manufacturer", maker,
                "type", "Dome", "status", "Live", "resolutionMp", 4, "connection", "Fibre")).post("/api/v1/cameras")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static long figure(String page, String table, String key) {
        Matcher m = Pattern.compile("data-testid=\"" + table + "-row\" data-key=\"" + key
                + "\" data-figure=\"([0-9,]+)\"").matcher(page);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static String assurance(String page) {
        int from = page.indexOf("data-testid=\"assurance-summary\"");
        assertTrue(from > 0, "the assurance summary is on the PCC dashboard");
        return page.substring(from, page.indexOf("</section>", from));
    }

    private static String openNotices(String html) {
        Matcher m = Pattern.compile("data-testid=\"open-notices\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "the open notices figure");
        return m.group(1);
    }

    private static String page(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }
}
