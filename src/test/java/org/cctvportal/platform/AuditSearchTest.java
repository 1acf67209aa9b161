package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Searching and downloading the audit trail: an auditor's own partner's events, the PCC office's across its
 * partnership and never another partnership's, days read in UK time, refusals naming the filter, and a download of
 * exactly what the filter shows with formulas neutralised and the download itself audited. The events are written as
 * the portal's own database role under each partner's row-level policy, with a person nobody else uses.
 */
@QuarkusTest
class AuditSearchTest {

    static final String PERSON = "audit.search." + UUID.randomUUID().toString().substring(0, 8);
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"open\")";
    static long oxfordCamera;
    static boolean written;

    @BeforeEach
    void writeEvents() throws SQLException {
        if (written) {
            return;
        }
        written = true;
        oxfordCamera = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .get("/api/v1/cameras?size=1").then().statusCode(200).extract().path("items[0].id")).longValue();
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time); 22:30 UTC is still 30 June there.
        event("tv-oxford-city", "thames-valley", "camera.updated", "camera", Long.toString(oxfordCamera),
                "Changed the camera's firmware", "2026-06-30T23:30:00Z");
        event("tv-oxford-city", "thames-valley", "site.created", "site", "987654321", FORMULA,
                "2026-06-30T22:30:00Z");
        event("tv-milton-keynes", "thames-valley", "camera.updated", "camera", "1", "Milton Keynes' change",
                "2026-07-01T10:00:00Z");
        event("as-bristol", "avon-somerset", "camera.updated", "camera", "1", "Bristol's change",
                "2026-07-01T11:00:00Z");
    }

    @Test
    void anAuditorSearchesItsOwnPartnersTrailByPersonActionRecordAndUkDays() {
        String auditor = DemoUsers.token("oxford.auditor");
        search(auditor, "person=" + PERSON.toUpperCase()).body("total", equalTo(2))
                .body("events.summary", equalTo(List.of("Changed the camera's firmware", FORMULA)))
                .body("events.partnerId", everyItem(equalTo("tv-oxford-city")));
        search(auditor, "person=" + PERSON + "&action=camera.updated").body("total", equalTo(1))
                .body("events[0].entityId", equalTo(Long.toString(oxfordCamera)));
        search(auditor, "person=" + PERSON + "&kind=site&record=987654321").body("total", equalTo(1))
                .body("events[0].action", equalTo("site.created"));
        search(auditor, "person=" + PERSON + "&from=2026-07-01").body("total", equalTo(1))
                .body("events[0].action", equalTo("camera.updated"));
        search(auditor, "person=" + PERSON + "&from=2026-06-30&to=2026-06-30").body("total", equalTo(1))
                .body("events[0].action", equalTo("site.created"));
        // Another partner to narrow to is the PCC office's filter: an auditor still reads only its own.
        search(auditor, "person=" + PERSON + "&partner=tv-milton-keynes").body("total", equalTo(2));
        search(DemoUsers.token("opcc.auditor"), "person=" + PERSON).body("total", equalTo(0));
    }

    @Test
    void thePccOfficeSearchesEveryPartnerOfItsPartnershipAndNoOther() {
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/api/v1/audit-events?person=" + PERSON).then()
                .statusCode(403);
        for (String user : List.of("opcc.admin")) {
            String token = DemoUsers.token(user);
            search(token, "person=" + PERSON).body("total", equalTo(3))
                    .body("events.partnerId", equalTo(List.of("tv-milton-keynes", "tv-oxford-city", "tv-oxford-city")))
                    .body("events[0].partnerName", equalTo("Milton Keynes City Council"));
            search(token, "person=" + PERSON + "&partner=tv-milton-keynes").body("total", equalTo(1));
            given().auth().oauth2(token).get("/api/v1/audit-events?person=" + PERSON + "&partner=as-bristol").then()
                    .statusCode(400).body("fieldErrors", hasKey("partner"));
        }
    }

    @Test
    void anEventNamingAPartnerThatDoesNotExistIsRefused() {
        // The partner is checked once per statement (V84), no longer by a foreign key: it still refuses.
        SQLException refused = assertThrows(SQLException.class, () -> event(
                "tv-nowhere", "thames-valley", "camera.updated", "camera", "1", "Planted",
                TestClock.clock().instant().toString()));
        assertEquals("23503", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        String auditor = DemoUsers.token("oxford.auditor");
        given().auth().oauth2(auditor).get("/api/v1/audit-events?from=2026-02-30").then().statusCode(400)
                .body("fieldErrors.from", containsString("real date"));
        given().auth().oauth2(auditor).get("/api/v1/audit-events?from=2026-07-02&to=2026-07-01").then()
                .statusCode(400).body("fieldErrors.to", containsString("after the from date"));
        given().auth().oauth2(auditor).get("/api/v1/audit-events?size=201").then().statusCode(400)
                .body("fieldErrors", hasKey("size"));
        given().auth().oauth2(auditor).get("/audit?from=soon").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\"")).body(containsString("Correct the filter"));
    }

    @Test
    void thePageShowsTheFilteredEventsWithLinksToTheirRecordsAndSaysWhenNoneMatch() {
        String auditor = DemoUsers.token("oxford.auditor");
        String page = given().auth().oauth2(auditor).get("/audit?person=" + PERSON).then().statusCode(200)
                .extract().asString();
        assertEquals(2, page.split("data-testid=\"audit-event\"").length - 1, page);
        assertTrue(page.contains("href=\"/cameras/" + oxfordCamera + "\""), "the camera's link");
        assertTrue(page.contains("/audit/export?person=" + PERSON), "the download keeps the filter");
        given().auth().oauth2(auditor).get("/audit?person=" + PERSON + "&action=nothing.like.this").then()
                .statusCode(200).body(containsString("No events match this filter."))
                .body(not(containsString("data-testid=\"audit-export\"")));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/audit?person=" + PERSON).then()
                .statusCode(200).body(containsString("Milton Keynes City Council"))
                .body(containsString("name=\"partner\"")).body(not(containsString("audit-record-link")));
    }

    @Test
    void theDownloadHoldsExactlyWhatTheFilterShowsNeutralisedAndIsItselfAudited() {
        String auditor = DemoUsers.token("oxford.auditor");
        String csv = given().auth().oauth2(auditor).get("/audit/export?person=" + PERSON).then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("occurred_at,partner,person,action,record_kind,record,summary", lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(2).endsWith(",\"'" + FORMULA.replace("\"", "\"\"") + "\""), lines.get(2));
        search(auditor, "person=oxford.auditor&action=audit.exported&size=200").body("events.summary",
                org.hamcrest.Matchers.hasItem("Downloaded 2 audit events as CSV (person " + PERSON + ")"));
        String across = given().auth().oauth2(DemoUsers.token("opcc.admin"))
                .get("/audit/export?person=" + PERSON + "&partner=tv-milton-keynes").then().statusCode(200)
                .extract().asString();
        assertEquals(2, across.lines().count(), across);
        assertTrue(across.contains(",Milton Keynes City Council," + PERSON + ",camera.updated,"), across);
        given().auth().oauth2(auditor).get("/audit/export?to=never").then().statusCode(400);
    }

    @Test
    void theApiDownloadsWhatThePageDownloadsWithTheSameRolesAndIsItselfAudited() {
        String auditor = DemoUsers.token("oxford.auditor");
        String page = given().auth().oauth2(auditor).get("/audit/export?person=" + PERSON).then().statusCode(200)
                .extract().asString();
        String api = given().auth().oauth2(auditor).get("/api/v1/audit-events/export?person=" + PERSON).then()
                .statusCode(200).header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", containsString("audit-trail.csv")).extract().asString();
        assertEquals(page, api, "the same rows, neutralised the same way");
        assertTrue(api.contains(",\"'" + FORMULA.replace("\"", "\"\"") + "\""), api);
        long downloads = search(auditor, "person=oxford.auditor&action=audit.exported&size=1").extract()
                .jsonPath().getLong("total");
        given().auth().oauth2(auditor).get("/api/v1/audit-events/export?person=" + PERSON).then().statusCode(200);
        assertEquals(downloads + 1, search(auditor, "person=oxford.auditor&action=audit.exported&size=1").extract()
                .jsonPath().getLong("total"), "each download is recorded");

        // The partnership admin reads every partner's of its partnership, narrowed to one by partner.
        String across = given().auth().oauth2(DemoUsers.token("opcc.admin"))
                .get("/api/v1/audit-events/export?person=" + PERSON + "&partner=tv-milton-keynes").then()
                .statusCode(200).extract().asString();
        assertTrue(across.contains(",Milton Keynes City Council," + PERSON + ",camera.updated,"), across);
        // Another partnership's partner, a bad date or a role without the trail: refused, nothing recorded.
        given().auth().oauth2(DemoUsers.token("opcc.admin"))
                .get("/api/v1/audit-events/export?partner=as-bristol").then().statusCode(400)
                .body("fieldErrors.partner", containsString("partnership's partners"));
        given().auth().oauth2(auditor).get("/api/v1/audit-events/export?from=2026-02-30").then().statusCode(400)
                .body("fieldErrors", hasKey("from"));
        for (String refused : List.of("opcc.analyst", "oxford.manager", "tvp.evidence")) {
            given().auth().oauth2(DemoUsers.token(refused)).get("/api/v1/audit-events/export").then()
                    .statusCode(403);
        }
        assertEquals(downloads + 1, search(auditor, "person=oxford.auditor&action=audit.exported&size=1").extract()
                .jsonPath().getLong("total"), "a refused download is not recorded");
    }

    private static ValidatableResponse search(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/audit-events?" + query).then().statusCode(200);
    }

    private static void event(String partner, String partnership, String action, String kind, String id,
            String summary, String at) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            db.createStatement().execute("select set_config('app.partner', '" + partner + "', false),"
                    + " set_config('app.partnership', '" + partnership + "', false)");
            try (PreparedStatement insert = db.prepareStatement("insert into audit_event (id, partner_id, actor,"
                    + " action, entity_type, entity_id, summary, occurred_at) values (nextval('audit_event_seq'),"
                    + " ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, partner);
                insert.setString(2, PERSON);
                insert.setString(3, action);
                insert.setString(4, kind);
                insert.setString(5, id);
                insert.setString(6, summary);
                insert.setTimestamp(7, Timestamp.from(Instant.parse(at)));
                insert.executeUpdate();
            }
        }
    }
}
