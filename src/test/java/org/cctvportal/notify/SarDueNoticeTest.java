package org.cctvportal.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;
import org.cctvportal.assurance.AssuranceLinks;
import org.cctvportal.assurance.SarClock;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.platform.WorkingDays;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The daily scan's "due within five working days" notice of a subject access request, counted in working days: on
 * Tuesday 22 December 2026 the fifth working day ahead is Thursday 31 December (Christmas Day, the Boxing Day
 * holiday on Monday 28th and a weekend in between), so a request due on Wednesday 30th (eight calendar days away) is
 * told to the partner's managers, once however often the scan runs, and one due on Monday 4 January (New Year's Day
 * and a weekend first) is not yet told to anyone.
 */
@QuarkusTest
class SarDueNoticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 22);

    @Inject
    DailyScan scan;

    @Test
    void aRequestDueWithinFiveWorkingDaysIsToldToThePartnersManagersOnceAndOneBeyondIsNot() {
        TestClock.startAt(TODAY.atTime(10, 0));
        LocalDate horizon = WorkingDays.plus(TODAY, DailyScan.SAR_WORKING_DAYS);
        assertEquals(LocalDate.of(2026, 12, 31), horizon, "five working days after Tuesday 22 December 2026");
        FormSession officer = FormSession.of("oxford.evidence");
        long due = request(officer, LocalDate.of(2026, 11, 30));
        long beyond = request(officer, LocalDate.of(2026, 12, 1));
        try {
            scan.scanAll();
            scan.scanAll();
            String bell = bell("oxford.manager");
            assertEquals(1, NotificationKindsTest.count(bell, "href=\"" + AssuranceLinks.request(due) + "\""),
                    "told once, however often the scan runs");
            assertEquals(1, NotificationKindsTest.count(bell, "href=\"" + AssuranceLinks.request(due) + "\">A subject"
                    + " access request of Oxford City Council is due on " + Formats.day(LocalDate.of(2026, 12, 30))
                    + ", within five working days."), bell);
            assertEquals(0, NotificationKindsTest.count(bell, "href=\"" + AssuranceLinks.request(beyond) + "\""),
                    "due on the sixth working day: not yet");
            for (String other : new String[] {"oxford.viewer", "oxford.evidence", "cherwell.manager"}) {
                assertEquals(0, NotificationKindsTest.count(bell(other), AssuranceLinks.request(due) + "\""), other);
            }
        } finally {
            officer.form().formParam("outcome", "RESPONDED").post(AssuranceLinks.closeRequest(due));
            officer.form().formParam("outcome", "RESPONDED").post(AssuranceLinks.closeRequest(beyond));
        }
    }

    /** Records a request received on {@code received} as the disclosure register's form does; answers its id. */
    private static long request(FormSession officer, LocalDate received) {
        String reference = "SAR-DUE-" + UUID.randomUUID().toString().substring(0, 8);
        officer.form().formParam("reference", reference).formParam("requester", "Ms D. Test")
                .formParam("received-day", "" + received.getDayOfMonth())
                .formParam("received-month", "" + received.getMonthValue())
                .formParam("received-year", "" + received.getYear())
                .post(AssuranceLinks.requests()).then().statusCode(303);
        try (Connection oxford = MonitoringFixture.portalRole("tv-oxford-city");
                PreparedStatement sql = oxford.prepareStatement(
                        "select id, due_on from subject_access_request where reference = ?")) {
            sql.setString(1, reference);
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                assertEquals(SarClock.due(received), row.getDate(2).toLocalDate());
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bell(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/notifications").then().statusCode(200).extract()
                .asString();
    }
}
