package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The audit trail page: newest first, the partner's own events only, and HTMX paging on the same URL. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void thePccOfficesTrailStartsWithTheAdmissionOfItsPartners() {
        String auditor = DemoUsers.token("opcc.auditor");
        // Newest first, 25 a page: the office's later work (the specification, reference data) fills the first
        // pages, so the admissions are among the 25 oldest events, on the last page or the one before it.
        int total = given().auth().oauth2(auditor).get("/api/v1/audit-events?size=1").then().statusCode(200)
                .extract().path("total");
        int last = Math.max(1, (total + 24) / 25);
        String oldest = given().auth().oauth2(auditor).get("/audit?page=" + last).then().statusCode(200)
                .extract().asString()
                + (last > 1 ? given().auth().oauth2(auditor).get("/audit?page=" + (last - 1)).asString() : "");
        org.junit.jupiter.api.Assertions.assertTrue(oldest.contains("Admitted Slough Borough Council"));
        given().auth().oauth2(auditor).get("/audit").then().statusCode(200)
                .body(not(containsString("Bristol City Council")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragmentOfTheSameUrl() {
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).header("HX-Request", "true").get("/audit?page=1")
                .then().statusCode(200).header("Vary", equalTo("HX-Request"))
                .body(containsString("id=\"audit-results\"")).body(not(containsString("<html")));
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true").get("/audit?page=1").then().statusCode(200)
                .body(containsString("<html"));
    }
}
