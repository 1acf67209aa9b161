package org.cctvportal.monitoring;

import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.cctvportal.monitoring.MonitoringFixture.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.time.LocalDate;
import org.cctvportal.support.CutOff;
import org.junit.jupiter.api.Test;

/**
 * The database ends the portal's sessions while a supervisor's approval is being written: the supervisor is told the
 * change was not saved (not that the hub is full, nor a server error), the booking is still requested with no audit
 * of an approval, and the next approval goes through on the same running portal.
 */
@QuarkusTest
class ApprovalFaultTest {

    @Test
    void anApprovalCutOffByTheDatabaseChangesNothingAndTheNextOneGoesThrough() throws Exception {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long booking = booked("oxford.manager", hub, 2, friday + "T20:00", friday.plusDays(1) + "T02:00");

        Response cut = CutOff.whileWriting("booking", () -> approve(booking));

        assertEquals(503, cut.statusCode(), cut.asString());
        assertTrue(cut.jsonPath().getString("message").contains("Nothing was changed"), cut.asString());
        // The next requests, pages (read through the replica's pool) and API alike, are served at once.
        io.restassured.RestAssured.given().auth().oauth2(org.cctvportal.support.DemoUsers.token("ods.supervisor"))
                .get("/").then().statusCode(200);
        assertEquals("REQUESTED", status("oxford.manager", booking));
        try (Connection db = portalRole("tv-ods")) {
            assertEquals(0, number(db, "select count(*) from audit_event where action = 'booking.approved'"
                    + " and entity_id = '" + booking + "'"));
        }
        approve(booking).then().statusCode(200);
        assertEquals("APPROVED", status("oxford.manager", booking));
    }
}
