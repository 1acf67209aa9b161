package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' JSON gives the numbers their pages show: each test reads the JSON, the page and the JSON again
 * (the figures are taken again every few minutes, so a pair read across a new taking is read once more) and compares
 * every figure the page shows with the JSON's.
 */
@QuarkusTest
class DashboardApiTest {

    @Inject
    DashboardFigures figures;

    private static boolean taken;

    /** The demo's figures taken once, so that the comparisons below are of real numbers, not of nothing. */
    @BeforeEach
    void takeTheFigures() {
        if (!taken) {
            figures.refreshAll();
            taken = true;
        }
    }

    private static final Map<String, String> TABLES = Map.of("status", "cameras", "severity", "findings", "risk",
            "risks", "evidence", "evidence");

    @Test
    void thePccOfficesJsonHasTheFiguresOfItsDashboard() {
        for (String user : List.of("opcc.analyst", "opcc.admin")) {
            Read read = stableRead(user, "/dashboard/partnership", "/api/v1/dashboards/partnership");
            sameLines(read);
            Map<String, String> cameras = new TreeMap<>();
            Matcher m = Pattern.compile("data-partner=\"([a-z0-9-]+)\" data-cameras=\"(\\d+)\" data-critical=\"(\\d+)\"")
                    .matcher(read.page());
            while (m.find()) {
                cameras.put(m.group(1), m.group(2) + "/" + m.group(3));
            }
            Map<String, String> json = new TreeMap<>();
            for (Map<String, Object> p : read.json().<Map<String, Object>>getList("partners")) {
                json.put(p.get("id").toString(), p.get("cameras") + "/" + p.get("critical"));
            }
            assertEquals(cameras, json, "each partner's cameras and critical findings");
            assertTrue(json.containsKey("tv-oxford-city") && !json.containsKey("as-bristol"), json.toString());
            assertTrue(cameras(read.json()) > 0, "the demo's cameras: " + read.json().prettify());
        }
    }

    @Test
    void aCouncilsJsonHasTheFiguresOfItsOwnDashboard() {
        Read read = stableRead("oxford.manager", "/dashboard/partner", "/api/v1/dashboards/partner");
        sameLines(read);
        assertEquals(List.of(), read.json().getList("partners"));
        Matcher m = Pattern.compile("data-testid=\"capital-row\" data-year=\"([^\"]+)\" data-count=\"(\\d+)\"")
                .matcher(read.page());
        Map<String, Long> capital = new TreeMap<>();
        while (m.find()) {
            capital.put(m.group(1), Long.parseLong(m.group(2)));
        }
        Map<String, Long> json = new TreeMap<>();
        for (Map<String, Object> y : read.json().<Map<String, Object>>getList("capitalPlan")) {
            json.put(y.get("financialYear").toString(), ((Number) y.get("replacements")).longValue());
        }
        assertEquals(capital, json, "replacements due per financial year");
        assertTrue(cameras(read.json()) > 0, "the demo's cameras: " + read.json().prettify());
    }

    @Test
    void theHubsJsonHasTheFiguresOfTheHubDashboard() {
        String token = DemoUsers.token("ods.supervisor");
        String lastDifference = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            String page = given().auth().oauth2(token).get("/dashboard/hub").then().statusCode(200).extract()
                    .asString();
            JsonPath json = given().auth().oauth2(token).get("/api/v1/dashboards/hub").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, String> shown = new TreeMap<>();
            Matcher m = Pattern.compile("data-hub=\"(\\d+)\" data-gaps=\"(\\d+)\" data-waiting=\"(\\d+)\"")
                    .matcher(page);
            while (m.find()) {
                shown.put(m.group(1), m.group(2) + "/" + m.group(3));
            }
            Map<String, String> given = new TreeMap<>();
            for (Map<String, Object> h : json.<Map<String, Object>>getList("")) {
                given.put(h.get("id").toString(), h.get("gaps") + "/" + h.get("waiting"));
            }
            if (shown.equals(given) && !given.isEmpty()) {
                return;
            }
            lastDifference = shown + " on the page, " + given + " in the JSON";
        }
        throw new AssertionError(lastDifference);
    }

    @Test
    void anOperatorIsNotToldOfBookingsWaiting() {
        List<Map<String, Object>> hubs = given().auth().oauth2(DemoUsers.token("ods.operator"))
                .get("/api/v1/dashboards/hub").then().statusCode(200).extract().jsonPath().getList("");
        assertFalse(hubs.isEmpty());
        hubs.forEach(h -> assertNull(h.get("waiting"), h.toString()));
    }

    private static long cameras(JsonPath json) {
        return json.<String, Object>getMap("cameras").values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    private record Read(String page, JsonPath json) {
    }

    /** The page and JSON read between two JSON reads of the same taking. */
    private static Read stableRead(String user, String page, String api) {
        String token = DemoUsers.token(user);
        for (int attempt = 0; attempt < 3; attempt++) {
            String before = given().auth().oauth2(token).get(api).then().statusCode(200).extract().asString();
            String html = given().auth().oauth2(token).get(page).then().statusCode(200).extract().asString();
            String after = given().auth().oauth2(token).get(api).then().statusCode(200).extract().asString();
            if (before.equals(after)) {
                return new Read(html, JsonPath.from(after));
            }
        }
        throw new AssertionError("the figures were taken again during each of three reads");
    }

    /** Every line of the page's figure tables (cameras, findings, risks, evidence) against the JSON's numbers. */
    private static void sameLines(Read read) {
        TABLES.forEach((table, field) -> {
            Map<String, Long> shown = new TreeMap<>();
            Matcher m = Pattern.compile("data-testid=\"" + table + "-row\" data-key=\"([A-Z_]+)\" data-figure=\"([0-9,]+)\"")
                    .matcher(read.page());
            while (m.find()) {
                shown.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
            }
            Map<String, Long> json = new TreeMap<>();
            read.json().<String, Object>getMap(field).forEach((k, v) -> json.put(k, ((Number) v).longValue()));
            assertEquals(shown, json, field);
            assertFalse(json.isEmpty(), field);
        });
        List<String> months = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("data-testid=\"recharge-row\" data-key=\"([0-9-]+)\"").matcher(read.page());
        while (m.find()) {
            months.add(m.group(1));
        }
        assertEquals(months, read.json().getList("recharge.month"), "the recharge's months");
    }
}
