package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The dashboards add up: the test takes the figures, makes cameras, a booking and evidence for Oxford, takes them
 * again, and each figure moves by exactly what it made, on the council's own dashboard and in the PCC office's totals.
 */
@QuarkusTest
class DashboardFiguresTest {

    @Inject
    DashboardFigures figures;

    @Test
    void everyFigureMovesByExactlyWhatTheTestMade() throws Exception {
        // Deliberately on the month's last evening: a booking up to midnight is all this month's.
        TestClock.startAt(TestClock.today().withDayOfMonth(TestClock.today().lengthOfMonth()).atTime(21, 30));
        figures.refreshAll();
        String ownBefore = page("oxford.manager", "/dashboard/partner");
        String pccBefore = page("opcc.admin", "/dashboard/partnership");

        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String site = "Dashboard Street " + suffix;
        as("oxford.manager").body(Map.of("name", site, "kind", "Town centre", "postcode", "ox1 3ds",
                "latitude", 51.7528, "longitude", -1.2581)).post("/api/v1/sites").then().statusCode(201);
        long live = camera(site, "DASH-L-" + suffix, "Live", "Axis");
        camera(site, "DASH-F-" + suffix, "Faulty", "Axis");
        long flagged = camera(site, "DASH-H-" + suffix, "Live", "Hikvision");
        int findingsOfFlagged = as("oxford.manager").get("/api/v1/findings?camera=" + flagged).then()
                .statusCode(200).extract().path("total");
        assertTrue(findingsOfFlagged > 0, "a flagged maker's camera has findings");

        long hub = hub();
        LocalDateTime start = TestClock.today().atTime(22, 0);
        long booking = ((Number) as("oxford.manager").body(Map.of("hubId", hub, "cameraGroup", "Dashboard group",
                "assetTags", List.of("DASH-L-" + suffix), "recurrence", "ONE_OFF",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        as("ods.supervisor").body("{}").post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);

        long item = ((Number) as("oxford.manager").body(Map.of("title", "Dashboard incident " + suffix,
                "category", "INCIDENT", "start", TestClock.londonNow().minusHours(3).withNano(0).withSecond(0)
                        .toString(), "end", TestClock.londonNow().minusHours(2).withNano(0).withSecond(0).toString(),
                "description", "A test of the dashboard")).post("/api/v1/evidence").then().statusCode(201)
                .extract().path("id")).longValue();
        as("oxford.manager").body(Map.of("recipient", "tv-police", "expires", TestClock.today().plusDays(30)
                .toString(), "reason", "Crime 4321")).post("/api/v1/evidence/" + item + "/shares").then()
                .statusCode(201);

        figures.refreshAll();
        String ownAfter = page("oxford.manager", "/dashboard/partner");
        String pccAfter = page("opcc.admin", "/dashboard/partnership");

        for (String[] pages : new String[][] { { ownBefore, ownAfter }, { pccBefore, pccAfter } }) {
            assertEquals(2, figure(pages[1], "status", "LIVE") - figure(pages[0], "status", "LIVE"));
            assertEquals(1, figure(pages[1], "status", "FAULTY") - figure(pages[0], "status", "FAULTY"));
            long standingBefore = 0;
            long standingAfter = 0;
            for (String severity : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
                standingBefore += figure(pages[0], "severity", severity);
                standingAfter += figure(pages[1], "severity", severity);
            }
            assertEquals(findingsOfFlagged, standingAfter - standingBefore, "the flagged camera's findings");
            assertEquals(1, figure(pages[1], "evidence", "CREATED") - figure(pages[0], "evidence", "CREATED"));
            assertEquals(1, figure(pages[1], "evidence", "SHARED") - figure(pages[0], "evidence", "SHARED"));
            // The new hub's row: two hours booked this month, none delivered yet.
            Matcher hubRow = Pattern.compile("data-testid=\"hub-row\" data-hub=\"" + hub
                    + "\" data-booked=\"([^\"]+)\" data-delivered=\"([^\"]+)\"").matcher(pages[1]);
            assertTrue(hubRow.find(), "the new hub appears with its hours");
            assertEquals("2", hubRow.group(1));
            assertEquals("0", hubRow.group(2));
        }
        // The PCC office sees the hub's use of its capacity: 2 camera-hours of 24 a day x 2 cameras per operator.
        int days = TestClock.today().lengthOfMonth();
        String utilisation = new BigDecimal(200).divide(BigDecimal.valueOf(days * 24L * 2), 0,
                java.math.RoundingMode.HALF_UP) + "%";
        assertTrue(pccAfter.contains(utilisation), "utilisation " + utilisation);
        // Oxford's line of the partners' table moved too.
        assertEquals(3, partnerCameras(pccAfter) - partnerCameras(pccBefore));
        assertTrue(as("oxford.manager").get("/api/v1/cameras/" + live).then().extract().statusCode() == 200);
    }

    @Test
    void analystsSeeAggregatesAndNoLinkIntoEvidence() {
        figures.refreshAll();
        String analyst = page("opcc.analyst", "/dashboard/partnership");
        assertFalse(analyst.contains("href=\"/evidence"), "no link into the evidence vault for an analyst");
        assertTrue(analyst.contains("data-testid=\"evidence-row\""), "the evidence counts are there");
        assertTrue(page("opcc.admin", "/dashboard/partnership").contains("href=\"/evidence\""));
        // The assurance summary on the dashboard is the one the assurance overview shows, read live.
        String openNotices = openNotices(analyst);
        assertTrue(Integer.parseInt(openNotices) > 0, "the demo partnership has open switch-off notices");
        assertEquals(openNotices, openNotices(page("opcc.analyst", "/assurance")));
        assertTrue(analyst.contains("data-testid=\"cop-summary\""), "the code of practice by partner");
        // Last month's demo weekend nights are the councils' income; no business or police force was charged.
        String lastMonth = org.cctvportal.support.TestClock.thisMonth().minusMonths(1).toString();
        for (String page : List.of(analyst, page("ods.supervisor", "/dashboard/hub"))) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("data-month=\"" + lastMonth
                    + "\">.*?data-kind=\"COUNCIL\">([^<]+)<.*?data-kind=\"POLICE\">([^<]+)<").matcher(page);
            assertTrue(row.find(), "income by kind for " + lastMonth);
            assertFalse(row.group(1).equals("&#163;0"), "the councils' income: " + row.group(1));
            assertEquals("&#163;0", row.group(2), "no police force booked");
        }
        as("opcc.analyst").get("/evidence/1").then().statusCode(403);
        String map = as("opcc.analyst").accept("application/json").get("/dashboard/partnership/cameras").then()
                .statusCode(200).extract().asString();
        assertTrue(map.contains("\"severity\""));
        assertFalse(map.contains("/evidence"));
    }

    @Test
    void theFindingsBehindAFigureStayInsideThePartnershipAndOnlyThePccOfficeCrossesPartners() {
        int oxford = as("oxford.manager").get("/api/v1/findings?status=ALL").then().extract().path("total");
        assertTrue(oxford > 0, "Oxford has findings in the demo");
        int oxfordFinding = as("oxford.manager").get("/api/v1/findings?status=ALL").then().extract()
                .path("items[0].id");
        // Its own partnership's partner: exactly that partner's findings, as the partner itself counts them.
        assertEquals(oxford, (int) as("opcc.analyst").get("/api/v1/findings?status=ALL&partner=tv-oxford-city")
                .then().statusCode(200).extract().path("total"));
        String detail = page("opcc.analyst", "/findings/" + oxfordFinding);
        assertFalse(Pattern.compile("href=\"/(cameras|recorders)/\\d+\"").matcher(detail).find(),
                "the PCC office reads another partner's finding without a link into its estate");
        // The cameras behind a figure, likewise.
        int faulty = as("oxford.manager").get("/api/v1/cameras?status=FAULTY").then().extract().path("total");
        assertEquals(faulty, (int) as("opcc.analyst").get("/api/v1/cameras?status=FAULTY&partner=tv-oxford-city")
                .then().statusCode(200).extract().path("total"));
        // Every partner's: exactly the sum of the partnership's partners, one by one (the list names the partnership's
        // partners to reach its indexes; row-level security still bounds it).
        int everyFaulty = 0;
        int everyFinding = 0;
        int everyHikvision = 0;
        List<String> partners = as("opcc.analyst").get("/api/v1/partners").then().statusCode(200).extract().path("id");
        for (String partner : partners) {
            everyFaulty += as("opcc.analyst").get("/api/v1/cameras?status=FAULTY&partner=" + partner).then()
                    .statusCode(200).extract().<Integer>path("total");
            everyFinding += as("opcc.analyst").get("/api/v1/findings?status=ALL&partner=" + partner).then()
                    .statusCode(200).extract().<Integer>path("total");
            everyHikvision += as("opcc.analyst").get("/api/v1/cameras?q=hikvision&partner=" + partner).then()
                    .statusCode(200).extract().<Integer>path("total");
        }
        assertTrue(everyFaulty > faulty, "other partners than Oxford have faulty cameras in the demo");
        assertEquals(everyFaulty, (int) as("opcc.analyst").get("/api/v1/cameras?status=FAULTY&partner=all").then()
                .statusCode(200).extract().path("total"));
        assertEquals(everyFinding, (int) as("opcc.analyst").get("/api/v1/findings?status=ALL&partner=all").then()
                .statusCode(200).extract().path("total"));
        // The search by a maker's name, likewise, across the partners' cameras and sites.
        assertTrue(everyHikvision > 0, "the demo's partners have Hikvision cameras");
        assertEquals(everyHikvision, (int) as("opcc.analyst").get("/api/v1/cameras?q=hikvision&partner=all").then()
                .statusCode(200).extract().path("total"));
        String list = page("opcc.admin", "/cameras?partner=all&status=FAULTY");
        assertTrue(list.contains("data-testid=\"across-partners\""));
        assertTrue(list.contains("data-testid=\"camera-row\""), "the faulty cameras are listed");
        assertFalse(Pattern.compile("href=\"/cameras/\\d+\"").matcher(list).find(),
                "another partner's camera is listed, not linked");
        assertEquals(0, (int) as("as-opcc.admin").get("/api/v1/cameras?partner=tv-oxford-city").then()
                .statusCode(200).extract().path("total"));
        // Another partnership's PCC office: Oxford's findings do not exist for it.
        assertEquals(0, (int) as("as-opcc.admin").get("/api/v1/findings?status=ALL&partner=tv-oxford-city").then()
                .statusCode(200).extract().path("total"));
        as("as-opcc.admin").get("/findings/" + oxfordFinding).then().statusCode(404);
        // A council asking for another partner's findings gets its own: the parameter is the PCC office's alone.
        assertEquals(oxford, (int) as("oxford.manager").get("/api/v1/findings?status=ALL&partner=tv-milton-keynes")
                .then().extract().path("total"));
        int milton = as("mk.manager").get("/api/v1/findings?status=ALL").then().extract().path("items[0].id");
        as("oxford.manager").get("/findings/" + milton).then().statusCode(404);
    }

    @Test
    void eachRoleIsLedToItsDashboard() {
        Map<String, String> expected = Map.of("opcc.admin", "/dashboard/partnership", "oxford.viewer",
                "/dashboard/partner", "ods.operator", "/dashboard/hub", "tvp.evidence", "/");
        expected.forEach((user, target) -> {
            String location = as(user).redirects().follow(false).get("/dashboard").then().statusCode(303)
                    .extract().header("Location");
            assertTrue(location.endsWith(target), user + " goes to " + target + ", not " + location);
        });
        String hub = page("ods.supervisor", "/dashboard/hub");
        assertTrue(hub.contains("data-testid=\"hub-row\""));
    }

    private static long camera(String site, String tag, String status, String maker) {
        return ((Number) as("oxford.manager").body(Map.of("assetTag", tag, "site", site, "manufacturer", maker,
                "type", "Dome", "status", status, "resolutionMp", 4, "latitude", 51.7527, "longitude", -1.2580,
                "connection", "Fibre")).post("/api/v1/cameras").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** A hub of the test's own, run by the ODS and serving Oxford: 1 console at 2 cameras, around the clock. */
    static long hub() throws Exception {
        try (Connection connection = MonitoringFixture.portalRole("tv-ods");
                Statement sql = connection.createStatement()) {
            long id;
            try (ResultSet row = sql.executeQuery("insert into hub (id, partnership_id, operator_partner_id, name,"
                    + " address, consoles, cameras_per_operator, opening_pattern) values (nextval('hub_seq'),"
                    + " 'thames-valley', 'tv-ods', 'Dashboard hub " + System.nanoTime() + "', '1 Test Street', 1, 2,"
                    + " 'Always') returning id")) {
                row.next();
                id = row.getLong(1);
            }
            MonitoringFixture.serve(id, "tv-oxford-city");
            sql.execute("insert into hub_staffing select nextval('hub_staffing_seq'), " + id
                    + ", d, 0, 24, 1 from generate_series(1, 7) d");
            return id;
        }
    }

    private static long figure(String page, String table, String key) {
        Matcher m = Pattern.compile("data-testid=\"" + table + "-row\" data-key=\"" + key
                + "\" data-figure=\"([0-9,]+)\"").matcher(page);
        assertTrue(m.find(), table + " " + key + " is on the page");
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static long partnerCameras(String page) {
        Matcher m = Pattern.compile("data-partner=\"tv-oxford-city\" data-cameras=\"(\\d+)\"").matcher(page);
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static String page(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    private static String openNotices(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-testid=\"open-notices\">(\\d+)<")
                .matcher(html);
        assertTrue(m.find(), "the open notices figure");
        return m.group(1);
    }
}
