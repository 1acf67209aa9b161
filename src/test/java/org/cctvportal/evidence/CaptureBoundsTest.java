package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.detailStatus;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * An operator records evidence only for partners its hubs serve; the owning partner ends the capturing operator's
 * access; an incident's start and end are bounded by the portal's clock and by a sane length.
 */
@QuarkusTest
class CaptureBoundsTest {

    @Test
    void anOperatorCapturesOnlyForAPartnerItsHubsServe() throws Exception {
        List<String> hubs = new java.util.ArrayList<>();
        try (Connection ods = EvidenceVaultTest.owner(); Statement sql = ods.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-ods', false)");
            var rows = sql.executeQuery("select hub_id from hub_served_partner where partner_id = 'tv-slough'");
            while (rows.next()) {
                hubs.add(rows.getString(1));
            }
            assertTrue(!hubs.isEmpty(), "the demo's hubs serve Slough");
            sql.executeUpdate("delete from hub_served_partner where partner_id = 'tv-slough'");
            try {
                given().auth().oauth2(DemoUsers.token("ods.operator")).contentType("application/json")
                        .body(item("tv-slough")).post("/api/v1/evidence").then().statusCode(400)
                        .body("fieldErrors.partner", containsString("None of your hubs monitors"));
                FormSession.of("ods.operator").form().get("/evidence/new").then().statusCode(200)
                        .body(containsString("value=\"tv-oxford-city\""))
                        .body(not(containsString("value=\"tv-slough\"")));
                // The database refuses it too, whatever the portal's code does.
                try (Connection portal = portal(); Statement insert = portal.createStatement()) {
                    portal.setAutoCommit(false);
                    insert.execute("select set_config('app.partner', 'tv-ods', false), set_config('app.partnership',"
                            + " 'thames-valley', false), set_config('app.scope', 'evidence', false)");
                    assertEquals(1, insert.executeUpdate(insertItem("tv-oxford-city")), "a served council");
                    SQLException refused = assertThrows(SQLException.class,
                            () -> insert.executeUpdate(insertItem("tv-slough")));
                    assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
                    portal.rollback();
                }
            } finally {
                for (String hub : hubs) {
                    sql.executeUpdate("insert into hub_served_partner values (" + hub + ", 'tv-slough')");
                }
            }
        }
        createItem("ods.operator", Map.of("partner", "tv-slough"));
    }

    @Test
    void theOwnerEndsTheCapturingOperatorsAccessOnThePageAndInTheApi() throws Exception {
        long item = createItem("ods.operator", Map.of("partner", "tv-oxford-city"));
        upload("ods.operator", item, clip(6_000), "capture.mp4", null).then().statusCode(201);
        FormSession officer = FormSession.of("oxford.evidence");
        officer.form().get("/evidence/" + item).then().statusCode(200)
                .body(containsString("data-testid=\"capture-access\" data-state=\"open\""));
        officer.form().formParam("capture-reason", " ").post("/evidence/" + item + "/capture-access/end").then()
                .statusCode(400).body(containsString("access ends, such as the"));
        assertEquals(200, detailStatus("ods.operator", item), "a refused request changed nothing");
        given().auth().oauth2(DemoUsers.token("ods.operator")).contentType("application/json")
                .body(Map.of("reason", "Mine now")).post("/api/v1/evidence/" + item + "/capture-access/end").then()
                .statusCode(403);
        officer.form().formParam("capture-reason", "Footage complete").post("/evidence/" + item
                + "/capture-access/end").then().statusCode(303);
        assertEquals(404, detailStatus("ods.operator", item));
        upload("ods.operator", item, clip(6_000), "more.mp4", null).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/api/v1/evidence?size=200").then().statusCode(200)
                .body(not(containsString("\"id\":" + item + ",")));
        officer.form().get("/evidence/" + item).then().statusCode(200)
                .body(containsString("data-testid=\"capture-access\" data-state=\"ended\""));
        List<String> actions = given().auth().oauth2(DemoUsers.token("oxford.evidence"))
                .get("/api/v1/evidence/" + item + "/custody").then().statusCode(200).extract().path("items.action");
        assertEquals("ACCESS_ENDED", actions.get(actions.size() - 1));
        assertEquals(1, CustodyHeadTest.count("select count(*) from audit_event where action ="
                + " 'evidence.capture-access-ended' and entity_id = '" + item + "'"));
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("reason", "Again")).post("/api/v1/evidence/" + item + "/capture-access/end").then()
                .statusCode(400).body("fieldErrors.reason", containsString("already ended"));

        long other = createItem("ods.operator", Map.of("partner", "tv-oxford-city"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("reason", "Case closed")).post("/api/v1/evidence/" + other + "/capture-access/end")
                .then().statusCode(200);
        assertEquals(404, detailStatus("ods.operator", other));
    }

    @Test
    void anIncidentIsBoundedByTheClockAndByALength() {
        LocalDateTime now = TestClock.londonNow().withSecond(0).withNano(0);
        refused(now.minusHours(1), now.minusHours(2), "end", "must end after it starts");
        refused(now.minusDays(40), now.minusDays(5), "end", "at most 31 days");
        refused(now.minusHours(1), now.plusHours(2), "end", "cannot end in the future");
        refused(now.plusMinutes(2), now.plusMinutes(3), "start", "cannot start in the future");
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("title", "Long but allowed", "category", "INCIDENT", "start",
                        now.minusDays(31).toString(), "end", now.minusMinutes(1).toString(), "description", "x"))
                .post("/api/v1/evidence").then().statusCode(201);
        FormSession.of("oxford.evidence").form().formParam("title", "Too long").formParam("category", "INCIDENT")
                .formParam("start", now.minusDays(60).toString()).formParam("end", now.minusDays(1).toString())
                .formParam("description", "x").post("/evidence").then().statusCode(400)
                .body(containsString("The incident can last at most 31 days"));
    }

    private static void refused(LocalDateTime start, LocalDateTime end, String field, String message) {
        String title = "Bounded " + System.nanoTime();
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("title", title, "category", "INCIDENT", "start", start.toString(), "end", end.toString(),
                        "description", "x")).post("/api/v1/evidence").then().statusCode(400)
                .body("fieldErrors." + field, containsString(message));
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).get("/api/v1/evidence?size=200").then().statusCode(200)
                .body(not(containsString(title)));
    }

    private static Map<String, String> item(String partner) {
        LocalDateTime now = TestClock.londonNow().withSecond(0).withNano(0);
        return Map.of("title", "Capture " + System.nanoTime(), "category", "INCIDENT", "start",
                now.minusHours(2).toString(), "end", now.minusHours(1).toString(), "description", "x", "partner",
                partner);
    }

    private static String insertItem(String partner) {
        return "insert into evidence_item (id, partner_id, title, category, incident_start, incident_end, description,"
                + " status, retain_until, captured_by, captured_by_partner_id, created_at) values"
                + " (nextval('evidence_item_seq'), '" + partner + "', 'x', 'INCIDENT', now() - interval '2 hours',"
                + " now() - interval '1 hour', 'x', 'OPEN', current_date + 31, 'ods.operator', 'tv-ods', now())";
    }

    private static Connection portal() throws SQLException {
        return DriverManager.getConnection(EvidenceVaultTest.config("quarkus.datasource.jdbc.url"),
                EvidenceVaultTest.config("quarkus.datasource.username"),
                EvidenceVaultTest.config("quarkus.datasource.password"));
    }
}
