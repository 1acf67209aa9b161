package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A business buys monitoring: the demo's shopping centre is a partner of kind business whose cameras are watched but
 * never assessed against the partnership's specification (the database stores no finding for them, so the capital
 * plan has no line), which books at the hub that serves it as a business customer, is approved by the hub as a
 * council is, and has last month's statement. Dates follow the fixed test clock.
 */
@QuarkusTest
class BusinessMonitoringTest {

    private static final String MANAGER = "kingsmead.manager";

    @Test
    void aBusinesssCamerasAreWatchedButNeverAssessed() throws SQLException {
        try (Connection db = portalRole(BusinessDemo.BUSINESS)) {
            assertEquals(10, number(db, "select count(*) from camera"), "the centre's monitoring-only cameras");
            assertTrue(number(db, "select count(*) from camera c join manufacturer m on m.id = c.manufacturer_id"
                    + " where m.name ilike '%hikvision%'") > 0, "flagged kit that a council would be told about");
            // Evaluated again by the engine itself: nothing is raised, whatever the cameras are.
            assertEquals(0, number(db, "select raised from compliance_evaluate_assets(null,"
                    + " array(select id from camera), array(select id from recorder))"));
            assertEquals(0, number(db, "select count(*) from compliance_finding"));
        }
    }

    @Test
    void evenTheEngineRoleCannotStoreAFindingForABusinesssCamera() throws SQLException {
        long camera;
        try (Connection db = portalRole(BusinessDemo.BUSINESS)) {
            camera = number(db, "select min(id) from camera");
        }
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                java.sql.Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partnership', 'thames-valley', false)");
            long version = number(db, "select id from specification_version where status = 'RATIFIED'"
                    + " and partnership_id = 'thames-valley'");
            String finding = "insert into compliance_finding (partner_id, partnership_id, asset_kind, asset_id,"
                    + " asset_label, rule, severity, action, reason, raised_version_id, raised_at, updated_at) values"
                    + " ('%s', 'thames-valley', 'CAMERA', " + camera + ", 'x', 'FLAGGED_MAKER', 'HIGH', 'ISOLATE',"
                    + " 'x', " + version + ", now(), now())";
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> sql.executeUpdate(finding.formatted(BusinessDemo.BUSINESS)));
            assertTrue(refused.getMessage().contains("a business, whose cameras are watched, not assessed"),
                    refused.getMessage());
            assertEquals(0, number(db, "select count(*) from compliance_finding where partner_id = '"
                    + BusinessDemo.BUSINESS + "'"));
            // The positive control: the same statement for a council's partner is stored (and rolled back).
            db.setAutoCommit(false);
            assertEquals(1, sql.executeUpdate(finding.formatted("tv-oxford-city")));
            db.rollback();
        }
    }

    @Test
    void aBusinesssPeopleManageViewAndAuditAndTheDatabaseRefusesAnyOtherRole() throws SQLException {
        String person = "insert into person (id, partner_id, email, first_name, last_name, roles, state, created_at,"
                + " updated_at) values (gen_random_uuid(), '" + BusinessDemo.BUSINESS + "', gen_random_uuid()"
                + " || '@test.cctv-portal.test', 'Test', 'Person', '%s', 'ACTIVE', now(), now())";
        try (Connection db = portalRole(BusinessDemo.BUSINESS); java.sql.Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute(person.formatted("partner-manager,auditor"));
            for (String role : List.of("operator", "hub-supervisor", "evidence-officer", "partnership-admin")) {
                java.sql.Savepoint before = db.setSavepoint();
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.execute(person.formatted("partner-viewer," + role)));
                assertTrue(refused.getMessage().contains("a person of a business partner cannot hold the role "
                        + role), refused.getMessage());
                db.rollback(before);
            }
            db.rollback();
        }
    }

    @Test
    void aBusinessBooksAtItsHubAsABusinessCustomerAndTheHubApprovesIt() {
        String token = DemoUsers.token(MANAGER);
        List<Map<String, Object>> bookings = given().auth().oauth2(token).get("/api/v1/bookings?size=200").then()
                .statusCode(200).body("items.customerKind", everyItem(equalTo("BUSINESS")))
                .body("items.status", hasItem("APPROVED")).body("items.status", hasItem("REQUESTED"))
                .extract().path("items");
        long hub = ((Number) bookings.get(0).get("hubId")).longValue();
        YearMonth lastMonth = TestClock.thisMonth().minusMonths(1);
        Object total = given().auth().oauth2(token).get("/api/v1/statements?month=" + lastMonth).then()
                .statusCode(200).extract().path("[0].total");
        assertTrue(new BigDecimal(total.toString()).signum() > 0, "the centre's statement for last month: " + total);

        LocalDate sunday = TestClock.today().plusMonths(2).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.SUNDAY));
        Number id = given().auth().oauth2(token).contentType("application/json").body(Map.of("hubId", hub,
                "cameraGroup", "Sunday opening", "assetTags", MonitoringFixture.tags(BusinessDemo.BUSINESS, 2),
                "recurrence", "ONE_OFF", "startsAt", sunday + "T10:00", "endsAt", sunday + "T16:00", "priority",
                "ROUTINE")).post("/api/v1/bookings").then().statusCode(201).body("customerKind", equalTo("BUSINESS"))
                .extract().path("id");
        approve(id.longValue()).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/bookings/" + id).then().body("status", equalTo("APPROVED"));
        // A business holds the roles any partner's people hold, and nothing that runs a hub or the partnership.
        given().auth().oauth2(token).get("/approvals").then().statusCode(403);
    }
}
