package org.cctvportal.assurance;

import static io.restassured.RestAssured.given;
import static org.cctvportal.assurance.AssuranceFixture.as;
import static org.cctvportal.assurance.AssuranceFixture.camera;
import static org.cctvportal.assurance.AssuranceFixture.entries;
import static org.cctvportal.assurance.AssuranceFixture.noticeOf;
import static org.cctvportal.assurance.AssuranceFixture.number;
import static org.cctvportal.assurance.AssuranceFixture.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Switch-off governance against the real database: each trigger raises its notice (decommissioning and a cancelled
 * approved booking at once, an offline camera and funding ending through the job), running the job again raises
 * nothing twice, and the PCC office acknowledges a notice with a note.
 */
@QuarkusTest
class SwitchOffNoticeTest {

    static final String MK = "tv-milton-keynes";

    @Inject
    NoticeTriggers triggers;

    private long notices(String partner) {
        return number(partner, "select count(*) from switch_off_notice");
    }

    @Test
    void decommissioningRaisesANoticeInTheSameTransactionAndTheJobAddsNothing() {
        String tag = camera("mk.manager", "ASR-DEC");
        status("mk.manager", tag, "Decommissioned", "Pole removed for road works");
        long notice = noticeOf(MK, tag, "DECOMMISSIONED");
        assertTrue(notice > 0, "the decommissioning raised a notice before any job ran");
        long before = notices(MK);
        triggers.raiseAll();
        triggers.raiseAll();
        assertEquals(before, notices(MK), "the job raised no second notice");
        assertEquals(1, entries(MK, tag, "DECOMMISSIONED"), "the camera is in one notice once");
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance/notices/" + notice).then()
                .statusCode(200).body(containsString("data-asset-tag=\"" + tag + "\""))
                .body(containsString("Milton Keynes City Council")).body(containsString("data-testid=\"notice-map\""));
    }

    @Test
    void aCameraOfflineLongerThanTheLimitIsRaisedByTheJobOnce() throws SQLException {
        String tag = camera("mk.manager", "ASR-OFF");
        status("mk.manager", tag, "Offline", "Fibre cut by contractors");
        triggers.raiseAll();
        assertEquals(0, entries(MK, tag, "OFFLINE"), "two weeks have not passed yet");
        try (Connection owner = AssuranceFixture.owner(MK); PreparedStatement sql = owner.prepareStatement(
                "update camera_status_change set changed_at = changed_at - interval '15 days'"
                        + " where asset_tag = ? and to_status = 'OFFLINE'")) {
            sql.setString(1, tag);
            assertEquals(1, sql.executeUpdate());
        }
        triggers.raiseAll();
        triggers.raiseAll();
        assertEquals(1, entries(MK, tag, "OFFLINE"));
        long notice = noticeOf(MK, tag, "OFFLINE");
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/assurance/notices").then().statusCode(200)
                .body(containsString("/assurance/notices/" + notice + "\""))
                .body(containsString("Cameras offline for more than 14 days"));
    }

    @Test
    void cancellingApprovedMonitoringRaisesANoticeWithTheBookedCameras() throws SQLException {
        long hub = hub();
        List<String> tags = List.of(camera("mk.manager", "ASR-MON"), camera("mk.manager", "ASR-MON"));
        String start = TestClock.today().plusMonths(2).atTime(20, 0).toString();
        String end = TestClock.today().plusMonths(2).atTime(23, 0).toString();
        long booking = ((Number) as("mk.manager").body(Map.of("hubId", hub, "cameraGroup", "Assurance test group",
                "assetTags", tags, "recurrence", "ONE_OFF", "startsAt", start, "endsAt", end, "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        as("ods.supervisor").body("{}").post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);
        as("mk.manager").body("{}").post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200);
        long notice = number(MK, "select id from switch_off_notice where kind = 'MONITORING_CANCELLED'"
                + " and source_key = ?", "booking:" + booking);
        assertTrue(notice > 0, "the cancellation raised its notice at once");
        assertEquals(2, number(MK, "select count(*) from switch_off_notice_camera where notice_id = ?", notice));
        triggers.raiseAll();
        assertEquals(1, number(MK, "select count(*) from switch_off_notice where source_key = ?",
                "booking:" + booking));
    }

    @Test
    void aFundingEndDateWithinNinetyDaysRaisesOneNoticeCoveringTheEstate() {
        // Slough's funding ends on 31 January 2027 in the demo: within 90 days of the suite's December (the test
        // clock). On another date the rule still holds: a notice exactly when the end is at most 90 days away.
        String mkFunding = "select count(*) from switch_off_notice where kind = 'FUNDING_ENDING'";
        // A test that ran the clock years ahead may have raised Milton Keynes's already; today's runs add none.
        long mkBefore = number(MK, mkFunding);
        triggers.raiseAll();
        triggers.raiseAll();
        long count = number("tv-slough", "select count(*) from switch_off_notice where kind = 'FUNDING_ENDING'");
        String today = TestClock.today().toString();
        long fundingEnds = number("tv-slough", "select (funding_end_date - ?::date) from partner where id = ?",
                today, "tv-slough");
        assertEquals(fundingEnds <= 90 ? 1 : 0, count);
        if (fundingEnds <= 90) {
            assertEquals(0, number("tv-slough", "select count(*) from camera c where c.status <> 'DECOMMISSIONED'"
                    + " and not exists (select 1 from switch_off_notice_camera nc join switch_off_notice n"
                    + " on n.id = nc.notice_id where n.kind = 'FUNDING_ENDING' and nc.camera_id = c.id)"),
                    "every camera in service is in the notice");
            assertTrue(number("tv-slough", "select count(*) from camera where status <> 'DECOMMISSIONED'") > 0);
        }
        // Milton Keynes's (2029) is further away on the suite's day.
        long mkEnds = number(MK, "select (funding_end_date - ?::date) from partner where id = ?", today, MK);
        assertEquals(mkEnds <= 90 ? 1 : mkBefore, number(MK, mkFunding));
    }

    @Test
    void thePccOfficeAcknowledgesANoticeWithANoteOnceAndAnalystsOnlyRead() {
        String tag = camera("mk.manager", "ASR-ACK");
        status("mk.manager", tag, "Decommissioned", "Vandalised beyond repair");
        long notice = noticeOf(MK, tag, "DECOMMISSIONED");
        FormSession admin = FormSession.of("opcc.admin");
        // The notice's page leads to a confirmation page, which says the acknowledgement is final and asks the note.
        given().auth().oauth2(admin.token()).get("/assurance/notices/" + notice).then().statusCode(200)
                .body(containsString("data-testid=\"acknowledge-start\""));
        given().auth().oauth2(admin.token()).get("/assurance/notices/" + notice + "/acknowledge").then()
                .statusCode(200).body(containsString("data-testid=\"acknowledge-consequences\""))
                .body(containsString("An acknowledgement is final"))
                .body(containsString("data-testid=\"acknowledge-form\""));
        admin.form().formParam("note", "  ").post("/assurance/notices/" + notice + "/acknowledge").then()
                .statusCode(400).body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Enter a note saying what the PCC office will do about this notice"));
        assertEquals(0, number("tv-opcc", "select count(*) from switch_off_acknowledgement where notice_id = ?",
                notice));
        FormSession.of("opcc.analyst").form().formParam("note", "Seen").post("/assurance/notices/" + notice
                + "/acknowledge").then().statusCode(403);
        admin.form().formParam("note", "Replacement agreed at the CCTV board").post("/assurance/notices/" + notice
                + "/acknowledge").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance/notices/" + notice).then()
                .statusCode(200).body(containsString("Acknowledged by opcc.admin"))
                .body(containsString("Replacement agreed at the CCTV board"))
                .body(not(containsString("data-testid=\"acknowledge-start\"")));
        given().auth().oauth2(admin.token()).redirects().follow(false).get("/assurance/notices/" + notice
                + "/acknowledge").then().statusCode(303);
        admin.form().formParam("note", "Again").post("/assurance/notices/" + notice + "/acknowledge").then()
                .statusCode(400).body(containsString("already acknowledged"));
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/api/v1/audit-events?size=100").then()
                .body(containsString("switch-off.acknowledged")).body(containsString("Replacement agreed"));
        // The next decommissioning starts a new notice: the acknowledged one is closed to new cameras.
        String next = camera("mk.manager", "ASR-ACK");
        status("mk.manager", next, "Decommissioned", "Moved to the new bus station");
        assertTrue(noticeOf(MK, next, "DECOMMISSIONED") != notice);
        // Another partnership's PCC office finds no such notice.
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/assurance/notices/" + notice).then()
                .statusCode(404);
    }

    /** A hub of ODS's serving Milton Keynes, staffed around the clock. */
    private static long hub() throws SQLException {
        try (Connection connection = AssuranceFixture.portalRole("tv-ods"); Statement sql = connection.createStatement()) {
            long id = number(connection, "insert into hub (id, partnership_id, operator_partner_id, name, address,"
                    + " consoles, cameras_per_operator, opening_pattern) values (nextval('hub_seq'), 'thames-valley',"
                    + " 'tv-ods', ?, '1 Test Street', 4, 10, 'Always') returning id", AssuranceFixture.unique("Hub"));
            org.cctvportal.monitoring.MonitoringFixture.serve(id, "tv-milton-keynes");
            sql.execute("insert into hub_staffing select nextval('hub_staffing_seq'), " + id
                    + ", d, 0, 24, 4 from generate_series(1, 7) d");
            return id;
        }
    }
}
