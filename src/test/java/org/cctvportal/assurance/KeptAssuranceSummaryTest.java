package org.cctvportal.assurance;

import static org.cctvportal.assurance.AssuranceFixture.as;
import static org.cctvportal.assurance.AssuranceFixture.camera;
import static org.cctvportal.assurance.AssuranceFixture.noticeOf;
import static org.cctvportal.assurance.AssuranceFixture.status;
import static org.cctvportal.assurance.AssuranceFixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The PCC dashboard keeps its assurance summary between requests, yet a notice raised or acknowledged, or a register
 * edited, shows on the very next request, and one partnership's summary is never shown to another.
 */
@QuarkusTest
class KeptAssuranceSummaryTest {

    static final String MK = "tv-milton-keynes";

    @Test
    void aNoticeRaisedOrAcknowledgedShowsOnTheNextRequest() {
        // "Newest" is by the time a notice was raised, and tests that run the clock ahead (hub closures in 2027, say)
        // leave open notices dated then: this test raises its own later than any of them, whatever ran before it.
        TestClock.startAt(LocalDateTime.of(2040, 1, 10, 10, 0));
        String tag = camera("mk.manager", "KEPT");
        status("mk.manager", tag, "Decommissioned", "Column struck by a lorry");
        long notice = noticeOf(MK, tag, "DECOMMISSIONED");
        if (!page("opcc.admin").contains(link(notice))) {
            // The camera joined an open notice left from before, raised long ago and so not among the newest: the
            // PCC office acknowledges it, and the next decommissioning raises this test's own notice.
            FormSession.of("opcc.admin").form().formParam("note", "Seen before this test")
                    .post("/assurance/notices/" + notice + "/acknowledge").then().statusCode(303);
            tag = camera("mk.manager", "KEPT");
            status("mk.manager", tag, "Decommissioned", "Column struck by a lorry");
            notice = noticeOf(MK, tag, "DECOMMISSIONED");
        }
        String first = page("opcc.admin");
        long open = openNotices(first);
        long cameras = cameras(first, notice);
        assertEquals(open, openNotices(page("opcc.admin")), "nothing changed, the same count");
        long avonOpen = openNotices(page("as-opcc.admin"));

        // A second decommissioning joins the open notice: the camera shows on the next request.
        String next = camera("mk.manager", "KEPT");
        status("mk.manager", next, "Decommissioned", "Column struck by the same lorry");
        assertEquals(notice, noticeOf(MK, next, "DECOMMISSIONED"), "the open notice takes the camera");
        String joined = page("opcc.admin");
        assertEquals(cameras + 1, cameras(joined, notice), "the notice's new camera is counted at once");
        assertEquals(open, openNotices(joined), "still the same notices open");
        assertEquals(cameras + 1, cameras(page("opcc.analyst"), notice), "the analyst sees it too");
        String avon = page("as-opcc.admin");
        assertEquals(avonOpen, openNotices(avon), "another partnership's summary is its own");
        assertFalse(avon.contains(link(notice)), "and never lists this notice");

        FormSession.of("opcc.admin").form().formParam("note", "Replacement columns ordered")
                .post("/assurance/notices/" + notice + "/acknowledge").then().statusCode(303);
        String acknowledged = page("opcc.admin");
        assertEquals(open - 1, openNotices(acknowledged), "the acknowledged notice no longer waits");
        assertFalse(acknowledged.contains(link(notice)), "nor is it among the open ones");

        // The next decommissioning raises a new notice, counted and listed at once.
        String third = camera("mk.manager", "KEPT");
        status("mk.manager", third, "Decommissioned", "Removed for the new junction");
        long raised = noticeOf(MK, third, "DECOMMISSIONED");
        String after = page("opcc.admin");
        assertEquals(open, openNotices(after), "the new notice is counted at once");
        assertEquals(1, cameras(after, raised), "and listed among the newest with its camera");
        assertEquals(avonOpen, openNotices(page("as-opcc.admin")), "Avon and Somerset's count is untouched");
    }

    @Test
    void aDpiaReviewRecordedOverdueShowsOnTheNextRequest() {
        long before = dpiasOverdue(page("opcc.admin"), "Oxford City Council");
        assertEquals(before, dpiasOverdue(page("opcc.admin"), "Oxford City Council"), "nothing changed");
        LocalDate approved = TestClock.today().minusYears(1);
        LocalDate review = TestClock.today().minusDays(2);
        FormSession.of("oxford.manager").form().formParam("reference", unique("DPIA")).formParam("title",
                "Gloucester Green CCTV").formParam("status", "APPROVED").formParam("site", "Cowley Road")
                .formParam("owner", "IG team").formParam("cameras", "OXF-0003")
                .formParam("approved-day", "" + approved.getDayOfMonth())
                .formParam("approved-month", "" + approved.getMonthValue())
                .formParam("approved-year", "" + approved.getYear())
                .formParam("review-day", "" + review.getDayOfMonth())
                .formParam("review-month", "" + review.getMonthValue())
                .formParam("review-year", "" + review.getYear())
                .post("/assurance/dpias").then().statusCode(303);
        assertEquals(before + 1, dpiasOverdue(page("opcc.admin"), "Oxford City Council"),
                "the overdue review is counted at once");
    }

    private static long dpiasOverdue(String page, String partner) {
        Matcher m = Pattern.compile("data-partner-name=\"" + Pattern.quote(partner) + "\" data-overdue=\"(\\d+)\"")
                .matcher(page);
        assertTrue(m.find(), partner + "'s DPIA reviews are on the page");
        return Long.parseLong(m.group(1));
    }

    private static String link(long notice) {
        return "/assurance/notices/" + notice + "\"";
    }

    /** The cameras of a notice listed among the newest open ones. */
    private static long cameras(String page, long notice) {
        Matcher m = Pattern.compile(Pattern.quote(link(notice)) + ">[^<]*</a> <span[^>]*>\\((\\d+) cameras")
                .matcher(page);
        assertTrue(m.find(), "notice " + notice + " is among the newest open ones");
        return Long.parseLong(m.group(1));
    }

    private static long openNotices(String page) {
        Matcher m = Pattern.compile("data-testid=\"open-notices\">(\\d+)<").matcher(page);
        assertTrue(m.find(), "the open notices are on the page");
        return Long.parseLong(m.group(1));
    }

    private static String page(String user) {
        return as(user).get("/dashboard/partnership").then().statusCode(200).extract().asString();
    }
}
