package org.cctvportal.assurance;

import static io.restassured.RestAssured.given;
import static org.cctvportal.assurance.AssuranceFixture.number;
import static org.cctvportal.assurance.AssuranceFixture.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The registers as their users work them: the code-of-practice self-assessment and its publication, the DPIA
 * register with overdue reviews, and subject access requests on their one-month clock with its extension limits.
 */
@QuarkusTest
class RegistersTest {

    static final String OXFORD = "tv-oxford-city";

    private static RequestSpecification date(RequestSpecification form, String name, LocalDate date) {
        return form.formParam(name + "-day", "" + date.getDayOfMonth()).formParam(name + "-month",
                "" + date.getMonthValue()).formParam(name + "-year", "" + date.getYear());
    }

    @Test
    void aManagerAssessesAPrincipleAndThePccOfficeSeesItAndCanPublishIt() {
        FormSession manager = FormSession.of("slough.manager");
        date(manager.form().formParam("status", "MET").formParam("evidence", ""), "review",
                TestClock.today().plusMonths(6)).post("/assurance/code-of-practice/12").then().statusCode(400)
                .body(containsString("Enter the evidence for principle 12"));
        date(manager.form().formParam("status", "NOT_MET").formParam("evidence", "x"), "review",
                TestClock.today().minusDays(1)).post("/assurance/code-of-practice/12").then().statusCode(400)
                .body(containsString("The review date must be today or later"));
        long before = number("tv-slough", "select count(*) from cop_assessment where principle = 12");
        assertEquals(0, before, "nothing was saved");
        String evidence = "=HYPERLINK(\"http://x\") no matching database " + unique("in use");
        date(manager.form().formParam("status", "MET").formParam("evidence", evidence), "review",
                TestClock.today().plusMonths(6)).post("/assurance/code-of-practice/12").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("slough.viewer")).get("/assurance/code-of-practice").then()
                .statusCode(200).body(containsString("data-principle=\"12\" data-status=\"MET\""));
        String csv = given().auth().oauth2(DemoUsers.token("slough.manager")).get("/assurance/code-of-practice/export")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("'=HYPERLINK"), "a formula is neutralised: " + csv);
        assertTrue(csv.contains("Any information used to support a surveillance camera system which compares"));
        String partnership = given().auth().oauth2(DemoUsers.token("opcc.analyst"))
                .get("/assurance/code-of-practice/partnership/export").then().statusCode(200).extract().asString();
        assertTrue(partnership.contains("Slough Borough Council,12,Reference databases,Met,\"'=HYPERLINK"), partnership);
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance").then().statusCode(200)
                .body(containsString("data-partner=\"tv-slough\""));
    }

    @Test
    void aDpiaNamesOnlyThePartnersOwnCamerasAndAnOverdueReviewIsHighlighted() {
        FormSession manager = FormSession.of("oxford.manager");
        String reference = unique("DPIA");
        var form = manager.form().formParam("reference", reference).formParam("title", "Cowley Road CCTV")
                .formParam("status", "APPROVED").formParam("site", "Cowley Road").formParam("owner", "IG team")
                .formParam("cameras", "OXF-0001 CHE-0001");
        date(date(form, "approved", TestClock.today().minusYears(1)), "review", TestClock.today().minusDays(3))
                .post("/assurance/dpias").then().statusCode(400)
                .body(containsString("These are not cameras of yours in service: CHE-0001"));
        assertEquals(0, number(OXFORD, "select count(*) from dpia where reference = ?", reference));
        var good = manager.form().formParam("reference", reference).formParam("title", "Cowley Road CCTV")
                .formParam("status", "APPROVED").formParam("site", "Cowley Road").formParam("owner", "IG team")
                .formParam("cameras", "OXF-0001, OXF-0002");
        date(date(good, "approved", TestClock.today().minusYears(1)), "review", TestClock.today().minusDays(3))
                .post("/assurance/dpias").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/assurance/dpias").then().statusCode(200)
                .body(containsString("data-reference=\"" + reference + "\" data-overdue=\"true\""))
                .body(containsString("OXF-0001, OXF-0002"));
        long overdue = number(OXFORD, "select count(*) from dpia where review_due < ?::date"
                + " and status <> 'RETIRED'", TestClock.today().toString());
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/assurance").then().statusCode(200)
                .body(containsString("data-partner-name=\"Oxford City Council\" data-overdue=\"" + overdue + "\""));
    }

    @Test
    void aSubjectAccessRequestIsDueInOneCalendarMonthAndExtendsByTwoAtMost() {
        FormSession officer = FormSession.of("oxford.evidence");
        String reference = unique("SAR");
        LocalDate received = TestClock.today().minusMonths(1).minusDays(2);
        date(officer.form().formParam("reference", reference).formParam("requester", "Mr T. Test"), "received",
                received).post("/assurance/disclosures/sars").then().statusCode(303);
        long id = number(OXFORD, "select id from subject_access_request where reference = ?", reference);
        assertEquals(1, number(OXFORD, "select count(*) from subject_access_request where id = ? and due_on = ?", id,
                java.sql.Date.valueOf(received.plusMonths(1))), "due one calendar month after receipt");
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/assurance/disclosures").then()
                .statusCode(200).body(containsString("data-reference=\"" + reference + "\" data-overdue=\"true\""));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance").then().statusCode(200)
                .body(containsString(reference)).body(not(containsString("Mr T. Test")));

        LocalDate tooLate = received.plusMonths(3).plusDays(1);
        date(officer.form().formParam("reason", "Many people to redact"), "until", tooLate)
                .post("/assurance/disclosures/sars/" + id + "/extend").then().statusCode(400)
                .body(containsString("A request can be extended by two further months at most, to "
                        + received.plusMonths(3)));
        date(officer.form().formParam("reason", ""), "until", received.plusMonths(2))
                .post("/assurance/disclosures/sars/" + id + "/extend").then().statusCode(400)
                .body(containsString("Enter why more time is needed"));
        date(officer.form().formParam("reason", "Many people to redact"), "until", received.plusMonths(3))
                .post("/assurance/disclosures/sars/" + id + "/extend").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/assurance/disclosures").then()
                .body(containsString("data-reference=\"" + reference + "\" data-overdue=\"false\""));
        officer.form().formParam("outcome", "RESPONDED").post("/assurance/disclosures/sars/" + id + "/close").then()
                .statusCode(303);
        officer.form().formParam("outcome", "RESPONDED").post("/assurance/disclosures/sars/" + id + "/close").then()
                .statusCode(400).body(containsString("already responded"));
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/api/v1/audit-events?size=100").then()
                .body(containsString("sar.extended")).body(containsString("sar.closed"));
    }

    @Test
    void theDatabaseHoldsTheClockToo() throws SQLException {
        try (Connection connection = AssuranceFixture.portalRole(OXFORD); Statement sql = connection.createStatement()) {
            refused("23514", () -> sql.execute("insert into subject_access_request (id, partner_id,"
                    + " reference, requester, received_on, due_on, status, created_by, created_at) values"
                    + " (nextval('subject_access_request_seq'), 'tv-oxford-city', 'BAD-1', 'x', date '2027-01-31',"
                    + " date '2027-03-10', 'OPEN', 'test', now())"), "a due date more than a week past one month on");
            refused("23514", () -> sql.execute("insert into subject_access_request (id, partner_id,"
                    + " reference, requester, received_on, due_on, status, created_by, created_at) values"
                    + " (nextval('subject_access_request_seq'), 'tv-oxford-city', 'BAD-0', 'x', date '2027-01-31',"
                    + " date '2027-02-26', 'OPEN', 'test', now())"), "a due date before one month on");
            refused("23514", () -> sql.execute("insert into subject_access_request (id, partner_id,"
                    + " reference, requester, received_on, due_on, extended_to, extension_reason, status, created_by,"
                    + " created_at) values (nextval('subject_access_request_seq'), 'tv-oxford-city', 'BAD-2', 'x',"
                    + " date '2027-01-31', date '2027-02-28', date '2027-05-01', 'long', 'OPEN', 'test', now())"),
                    "an extension past two further months");
            refused("42501", () -> sql.execute("insert into subject_access_request (id, partner_id,"
                    + " reference, requester, received_on, due_on, status, created_by, created_at) values"
                    + " (nextval('subject_access_request_seq'), 'tv-cherwell', 'BAD-3', 'x', date '2027-01-31',"
                    + " date '2027-02-28', 'OPEN', 'test', now())"), "another partner's row");
        }
    }

    /** A refused write, refused for the reason meant: a check (23514) or the row-level policies (42501). */
    private static void refused(String sqlState, org.junit.jupiter.api.function.Executable write, String what) {
        SQLException refused = assertThrows(SQLException.class, write, what);
        assertEquals(sqlState, refused.getSQLState(), what + ": " + refused.getMessage());
    }
}
