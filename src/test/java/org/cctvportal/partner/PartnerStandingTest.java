package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A partner's status has effects on the server: a suspended partner's people read but change nothing; a withdrawn
 * partner's people are refused everywhere. Bristol (Avon and Somerset) is the partner set aside here; whatever a test
 * does to its status, it is active again afterwards.
 */
@QuarkusTest
class PartnerStandingTest {

    static final String PARTNER = "as-bristol";

    @AfterEach
    void activeAgain() {
        setStatus("ACTIVE", "Standing restored after the test").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("bristol.viewer")).get("/api/v1/profile").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aSuspendedPartnersManagerReadsButChangesNothing() {
        FormSession session = FormSession.of("bristol.manager");
        setStatus("SUSPENDED", "Unpaid recharge statements").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        String manager = DemoUsers.token("bristol.manager");
        given().auth().oauth2(manager).get("/profile").then().statusCode(200)
                .body(containsString("Bristol City Council")).body(containsString("Suspended"));
        given().auth().oauth2(manager).get("/cameras").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/profile").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));

        String contact = "Suspended contact " + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("dpContactName", contact))
                .put("/api/v1/profile").then().statusCode(403)
                .body("message", containsString("suspended from the partnership"));
        session.form().formParam("dpContactName", contact).post("/profile").then().statusCode(403)
                .body(containsString("data-testid=\"refused\"")).body(containsString("Your organisation is suspended"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("name", "Suspended site", "postcode", "BS1 5TR")).post("/api/v1/sites").then()
                .statusCode(403);
        given().auth().oauth2(manager).get("/api/v1/profile").then()
                .body("dpContactName", not(equalTo(contact)));
    }

    @Test
    void aWithdrawnPartnersPeopleAreRefusedEverywhere() {
        setStatus("WITHDRAWN", "Left the partnership on 31 March").then().statusCode(200);
        for (String user : new String[] { "bristol.viewer", "bristol.manager" }) {
            String token = DemoUsers.token(user);
            given().auth().oauth2(token).get("/").then().statusCode(403)
                    .body(containsString("data-testid=\"refused\""))
                    .body(containsString("withdrawn from the partnership"));
            given().auth().oauth2(token).get("/profile").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403)
                    .body("message", containsString("withdrawn"));
        }
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/").then().statusCode(200);
    }

    private static io.restassured.response.Response setStatus(String status, String reason) {
        return given().auth().oauth2(DemoUsers.token("as-opcc.admin")).contentType("application/json")
                .body(Map.of("status", status, "reason", reason)).put("/api/v1/partners/" + PARTNER + "/governance");
    }
}
