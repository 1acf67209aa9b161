package org.cctvportal.assurance;

import static io.restassured.RestAssured.given;
import static org.cctvportal.assurance.AssuranceFixture.number;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The Thames Valley demo shows assurance working: open and acknowledged notices, assessments, registers, clocks. */
@QuarkusTest
class AssuranceDemoTest {

    @Test
    void theDemoHasOpenNoticesAndOneAcknowledgedByThePccOffice() {
        assertTrue(number("tv-oxford-city", "select count(*) from switch_off_notice where kind = 'DECOMMISSIONED'") > 0,
                "Oxford's demo decommissioning raised a notice");
        assertEquals(1, number("tv-opcc", "select count(*) from switch_off_acknowledgement"
                + " where note like 'Discussed with Oxford%'"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance/notices").then().statusCode(200)
                .body(containsString("Acknowledged"))
                .body(containsString("<strong class=\"govuk-tag govuk-tag--red\">Open"));
    }

    @Test
    void everyThamesValleyCouncilHasAssessedThePrinciples() {
        for (String council : new String[] { "tv-oxford-city", "tv-cherwell", "tv-milton-keynes", "tv-slough" }) {
            assertTrue(number(council, "select count(*) from cop_assessment") >= 8, council);
        }
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/assurance/code-of-practice").then()
                .statusCode(200).body(containsString("data-principle=\"6\" data-status=\"PARTLY_MET\""));
    }

    @Test
    void oxfordHasAnOverdueSubjectAccessRequestAndAnOverdueDpiaReview() {
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/assurance/disclosures").then().statusCode(200)
                .body(containsString("data-reference=\"SAR-2026-037\" data-overdue=\"true\""))
                .body(containsString("data-reference=\"SAR-2026-033\" data-overdue=\"false\""))
                .body(containsString("Request from Thames Valley Police for crime 43260281734"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/assurance/dpias").then().statusCode(200)
                .body(containsString("data-reference=\"OXF-DPIA-02\" data-overdue=\"true\""));
    }
}
