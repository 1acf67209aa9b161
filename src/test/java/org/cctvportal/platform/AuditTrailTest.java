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
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/audit").then().statusCode(200)
                .body(containsString("Admitted Slough Borough Council"))
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
