package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The partner API with real tokens: identity, listing, admission, validation and partnership isolation. */
@QuarkusTest
class PartnerApiTest {

    @Test
    void meReportsTheTokensPartnerPartnershipAndRoles() {
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("oxford.manager")).body("partnerId", equalTo("tv-oxford-city"))
                .body("partnershipId", equalTo("thames-valley")).body("roles", hasItem("partner-manager"));
    }

    @Test
    void eachPartnershipListsOnlyItsOwnPartners() {
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/api/v1/partners").then().statusCode(200)
                .body("partnershipId", everyItem(equalTo("avon-somerset"))).body("id", hasItem("as-bristol"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/api/v1/partners").then().statusCode(200)
                .body("partnershipId", everyItem(equalTo("thames-valley"))).body("id", not(hasItem("as-bristol")));
    }

    @Test
    void anAdminAdmitsAPartnerIntoTheirOwnPartnership() {
        String name = "Reading Borough Council " + UUID.randomUUID().toString().substring(0, 6);
        String location = given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"kind\":\"COUNCIL\",\"status\":\"ONBOARDING\","
                        + "\"fundingEndDate\":\"2030-03-31\"}")
                .post("/api/v1/partners").then().statusCode(201).body("partnershipId", equalTo("thames-valley"))
                .body("fundingEndDate", equalTo("2030-03-31")).extract().header("Location");
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get(location).then().statusCode(200)
                .body("name", equalTo(name));
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get(location).then().statusCode(404);
    }

    @Test
    void invalidInputGetsAMessagePerField() {
        given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json")
                .body("{\"name\":\"\",\"kind\":\"CASINO\",\"status\":\"LIVE\",\"icoRegistration\":\"X1\","
                        + "\"fundingEndDate\":\"2027-02-30\"}")
                .post("/api/v1/partners").then().statusCode(400)
                .body("fieldErrors", hasKey("name")).body("fieldErrors", hasKey("kind"))
                .body("fieldErrors", hasKey("icoRegistration")).body("fieldErrors", hasKey("fundingEnd"));
    }

    @Test
    void aManagerUpdatesOnlyTheirOwnProfile() {
        String email = given().auth().oauth2(DemoUsers.token("mk.viewer")).get("/api/v1/profile").then()
                .extract().path("dpContactEmail");
        given().auth().oauth2(DemoUsers.token("mk.manager")).contentType("application/json")
                .body("{\"icoRegistration\":\"Z5627190\",\"dpContactName\":\"Jo Bloggs\"}")
                .put("/api/v1/profile").then().statusCode(200).body("id", equalTo("tv-milton-keynes"))
                .body("dpContactName", equalTo("Jo Bloggs"));
        // What the PUT did not carry stays as it was, so later tests (and the funding notices) still find it.
        given().auth().oauth2(DemoUsers.token("mk.viewer")).get("/api/v1/profile").then()
                .body("dpContactName", equalTo("Jo Bloggs")).body("fundingEndDate", equalTo("2029-03-31"))
                .body("dpContactEmail", equalTo(email));
    }

    @Test
    void theAuditTrailShowsOnlyTheAuditorsOwnPartner() {
        String profile = "{\"dpContactName\":\"%s\"}";
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).contentType("application/json")
                .body(profile.formatted("DPO " + UUID.randomUUID())).put("/api/v1/profile").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(profile.formatted("DPO " + UUID.randomUUID())).put("/api/v1/profile").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/api/v1/audit-events").then().statusCode(200)
                .body("events.entityId", hasItem("tv-oxford-city"))
                .body("events.entityId", not(hasItem("tv-cherwell")))
                .body("events.actor", hasItem("oxford.manager"));
    }
}
