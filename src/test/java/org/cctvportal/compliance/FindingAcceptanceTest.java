package org.cctvportal.compliance;

import static org.cctvportal.compliance.ComplianceEngineTest.MANAGER;
import static org.cctvportal.compliance.ComplianceEngineTest.as;
import static org.cctvportal.compliance.ComplianceEngineTest.camera;
import static org.cctvportal.compliance.ComplianceEngineTest.open;
import static org.cctvportal.compliance.ComplianceEngineTest.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner manager accepts a finding's risk with a justification until a date at most 12 months ahead; bad input
 * changes nothing; the acceptance is audited; when its date passes the finding reopens, by the scheduled job or on
 * the next read.
 */
@QuarkusTest
class FindingAcceptanceTest {

    @Inject
    AcceptanceExpiry expiry;

    FormSession manager;

    @BeforeEach
    void signIn() {
        manager = FormSession.of(MANAGER);
    }

    private long newFinding() {
        long camera = camera(MANAGER, site(MANAGER, false), Map.of("type", "FIXED", "resolutionMp", "1.3"));
        return ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
    }

    @Test
    void badInputIsRefusedWithAMessageByTheFieldAndChangesNothing() {
        long id = newFinding();
        String before = as(MANAGER).get("/api/v1/findings/" + id).asString();
        LocalDate tooLate = TestClock.today().plusMonths(13);
        manager.form().formParam("reason", "").formParam("until-day", "" + tooLate.getDayOfMonth())
                .formParam("until-month", "" + tooLate.getMonthValue()).formParam("until-year", "" + tooLate.getYear())
                .post("/findings/" + id + "/accept").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Enter why the risk is accepted"))
                .body(containsString("A risk can be accepted for at most 12 months"));
        manager.form().formParam("reason", "Compensating controls").formParam("until-day", "1")
                .formParam("until-month", "1").formParam("until-year", "2020").post("/findings/" + id + "/accept")
                .then().statusCode(400).body(containsString("must be in the future"));
        manager.form().formParam("reason", "Compensating controls").formParam("until-day", "31")
                .formParam("until-month", "2").formParam("until-year", "2031").post("/findings/" + id + "/accept")
                .then().statusCode(400).body(containsString("must be a real date"));
        as(MANAGER).body(Map.of("reason", "x")).post("/api/v1/findings/" + id + "/acceptance").then().statusCode(400)
                .body("fieldErrors.until", equalTo("Enter the date the acceptance ends"));
        as("oxford.viewer").body(Map.of("reason", "x", "until", TestClock.today().plusDays(3).toString()))
                .post("/api/v1/findings/" + id + "/acceptance").then().statusCode(403);
        assertEquals(before, as(MANAGER).get("/api/v1/findings/" + id).asString(), "nothing changed");
    }

    @Test
    void anAcceptedRiskIsAuditedAndReopensWhenItsDateHasPassed() throws SQLException {
        long id = newFinding();
        LocalDate until = TestClock.today().plusMonths(3);
        manager.form().formParam("reason", "Replacement ordered; camera covers a low-risk lane")
                .formParam("until-day", "" + until.getDayOfMonth()).formParam("until-month", "" + until.getMonthValue())
                .formParam("until-year", "" + until.getYear()).post("/findings/" + id + "/accept").then()
                .statusCode(303);
        as("oxford.viewer").get("/api/v1/findings/" + id).then().body("status", equalTo("ACCEPTED"))
                .body("acceptedBy", equalTo(MANAGER)).body("acceptedUntil", equalTo(until.toString()));
        as("oxford.auditor").get("/api/v1/audit-events?size=100").then().body(containsString("finding.risk-accepted"))
                .body(containsString("Replacement ordered; camera covers a low-risk lane"));
        as(MANAGER).body(Map.of("reason", "again", "until", until.toString()))
                .post("/api/v1/findings/" + id + "/acceptance").then().statusCode(400)
                .body(containsString("Only an open finding's risk can be accepted"));

        lapse(id);
        assertTrue(expiry.reopenAll().contains("reopened"));
        as(MANAGER).get("/api/v1/findings/" + id).then().body("status", equalTo("OPEN"))
                .body("reopenedAt", org.hamcrest.Matchers.notNullValue());
        as("oxford.auditor").get("/api/v1/audit-events?size=100").then()
                .body(containsString("finding.acceptance-expired"));
    }

    @Test
    void aLapsedAcceptanceIsOpenOnTheNextReadEvenBeforeTheJobRuns() throws SQLException {
        long id = newFinding();
        as(MANAGER).body(Map.of("reason", "Until the works finish", "until", TestClock.today().plusDays(10).toString()))
                .post("/api/v1/findings/" + id + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        lapse(id);
        as("oxford.viewer").get("/findings/" + id).then().statusCode(200)
                .body(containsString("The acceptance ran out and the finding reopened"));
        as("oxford.viewer").get("/api/v1/findings/" + id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aLapsedAcceptanceIsOpenInTheListsBeforeTheJobRunsAndItsReopeningIsAudited() throws SQLException {
        long camera = camera(MANAGER, site(MANAGER, false), Map.of("type", "FIXED", "resolutionMp", "1.3"));
        long id = ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
        as(MANAGER).body(Map.of("reason", "Until the works finish", "until", TestClock.today().plusDays(10).toString()))
                .post("/api/v1/findings/" + id + "/acceptance").then().statusCode(200);
        String row = "data-finding-id=\"" + id + "\"";
        as("oxford.viewer").get("/findings?camera=" + camera).then().statusCode(200)
                .body(containsString(row)).body(containsString("data-status=\"ACCEPTED\""));
        lapse(id);
        // The list reads in no transaction of its own: the reopening, its one write, commits before the page is read.
        as("oxford.viewer").get("/findings?camera=" + camera).then().statusCode(200)
                .body(containsString(row)).body(containsString("data-status=\"OPEN\""))
                .body(not(containsString("data-status=\"ACCEPTED\"")));
        as("oxford.viewer").get("/api/v1/findings?camera=" + camera).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.status", equalTo("OPEN"))
                .body("items.find { it.id == " + id + " }.reopenedAt", notNullValue());
        as("oxford.auditor").get("/api/v1/audit-events?size=100").then()
                .body("events.find { it.action == 'finding.acceptance-expired' && it.entityId == '" + id
                        + "' }.entityType", equalTo("finding"));
    }

    /** Moves an acceptance's end into the past, as time would. */
    private static void lapse(long id) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            assertEquals(1, sql.executeUpdate("update compliance_finding set accepted_until = date '"
                    + TestClock.today().minusDays(1) + "' where id = " + id));
        }
    }
}
