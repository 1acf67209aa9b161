package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/** The partner pages as a browser uses them: forms with CSRF tokens, GOV.UK error summaries, redirects. */
@QuarkusTest
class PartnerPagesTest {

    @Test
    void theAdminListsThePartnersOfTheirPartnershipOnly() {
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners").then().statusCode(200)
                .body(containsString("data-partner-id=\"tv-oxford-city\""))
                .body(containsString("data-partner-id=\"tv-police\""))
                .body(not(containsString("data-partner-id=\"as-bristol\"")));
    }

    @Test
    void admittingAPartnerRedirectsToTheListWithItsIdentifierAndIsAudited() {
        String name = "Wokingham Borough Council " + UUID.randomUUID().toString().substring(0, 6);
        String location = FormSession.of("opcc.admin").form().formParam("name", name).formParam("kind", "COUNCIL")
                .formParam("status", "ONBOARDING").formParam("icoRegistration", "za123456")
                .post("/partners").then().statusCode(303).extract().header("Location");
        String id = location.substring(location.indexOf("admitted=") + "admitted=".length());
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get(location).then().statusCode(200)
                .body(containsString("data-testid=\"admitted-banner\"")).body(containsString(name));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners/" + id).then().statusCode(200)
                .body(containsString("ZA123456"));
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/audit").then().statusCode(200)
                .body(containsString("partner.admitted")).body(containsString(id));
    }

    @Test
    void invalidAdmissionReRendersTheFormWithMessagesAndChangesNothing() {
        String name = "Invalid Council " + UUID.randomUUID().toString().substring(0, 6);
        FormSession.of("opcc.admin").form().formParam("name", name).formParam("kind", "COUNCIL")
                .formParam("status", "ONBOARDING").formParam("icoRegistration", "12345")
                .formParam("dpContactEmail", "not-an-email").formParam("fundingEndDay", "31")
                .formParam("fundingEndMonth", "2").formParam("fundingEndYear", "2027")
                .post("/partners").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("href=\"#icoRegistration\""))
                .body(containsString("Enter an email address in the correct format"))
                .body(containsString("Funding end date must be a real date"))
                .body(containsString("value=\"" + name + "\""));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners").then()
                .body(not(containsString(name)));
    }

    @Test
    void aDuplicateNameIsRefusedWithAMessage() {
        FormSession.of("opcc.admin").form().formParam("name", "oxford city council").formParam("kind", "COUNCIL")
                .formParam("status", "ONBOARDING").post("/partners").then().statusCode(400)
                .body(containsString("is already in this partnership"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        FormSession.of("opcc.admin").forgedForm().formParam("name", "Forged Council").formParam("kind", "COUNCIL")
                .formParam("status", "ONBOARDING").post("/partners").then().statusCode(400);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners").then()
                .body(not(containsString("Forged Council")));
    }

    @Test
    void aManagerEditsTheirOwnProfileAndTheChangeIsAudited() {
        String contact = "Records Officer " + UUID.randomUUID().toString().substring(0, 6);
        FormSession.of("cherwell.manager").form().formParam("icoRegistration", "Z5930478")
                .formParam("dpContactName", contact).formParam("dpContactEmail", "dpo@cherwell.example.gov.uk")
                .post("/profile").then().statusCode(303).header("Location", containsString("/profile?saved=true"));
        given().auth().oauth2(DemoUsers.token("cherwell.viewer")).get("/profile").then().statusCode(200)
                .body(containsString(contact)).body(containsString("31 Mar 2027"));
        given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/audit").then().statusCode(200)
                .body(not(containsString(contact)));
    }

    @Test
    void theProfileFormOffersOnlyWhatThePartnerKeepsItself() {
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/profile/edit").then().statusCode(200)
                .body(containsString("name=\"icoRegistration\"")).body(containsString("data-testid=\"governed-note\""))
                .body(not(containsString("name=\"kind\""))).body(not(containsString("name=\"status\"")))
                .body(not(containsString("name=\"name\""))).body(not(containsString("name=\"fundingEndDay\"")));
    }

    @Test
    void aViewerSeesTheirProfileButNoEditButton() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/profile").then().statusCode(200)
                .body(containsString("Oxford City Council")).body(not(containsString("/profile/edit")));
    }
}
