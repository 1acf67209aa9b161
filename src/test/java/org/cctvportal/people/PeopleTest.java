package org.cctvportal.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * The partners' people on the real Keycloak and mail server: an invitation reaches the mail server and its link sets
 * a password; roles beyond the inviter's, unknown roles, a taken e-mail and another partner are refused with nothing
 * created; a deactivated person's next request is refused although their token is still valid; Keycloak or the mail
 * server away leaves a record the next attempt finishes.
 */
@QuarkusTest
class PeopleTest {

    static final String MANAGER = "oxford.manager";
    static final String PASSWORD = "Invited-pass-1";

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@people.test";
    }

    static Response invite(String inviter, Map<String, Object> body) {
        return given().auth().oauth2(DemoUsers.token(inviter)).contentType("application/json").body(body)
                .post("/api/v1/people");
    }

    static Map<String, Object> person(String email, String... roles) {
        return Map.of("email", email, "firstName", "Sam", "lastName", "Tester", "roles", List.of(roles));
    }

    static String tokenOf(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "cctv-portal-local-cli")
                .formParam("username", username).formParam("password", password)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void anInvitedPersonGetsTheEmailSetsAPasswordAndSignsInWithTheirPartner() {
        String email = address("viewer");
        invite(MANAGER, person(email, "partner-viewer")).then().statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .body("state", equalTo("INVITED")).body("invitationSent", equalTo(true))
                .body("partner", equalTo("tv-oxford-city"));

        Mailbox.setPassword(Mailbox.invitationLink(email), PASSWORD);
        String token = tokenOf(email, PASSWORD);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("partnerId", equalTo("tv-oxford-city")).body("partnershipId", equalTo("thames-valley"))
                .body("roles", hasItem("partner-viewer"));
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/people?size=200").then().statusCode(200)
                .body("items.find { it.email == '" + email + "' }.state", equalTo("ACTIVE"));
    }

    @Test
    void aRoleTheInviterCouldNotHoldOrAnUnknownRoleIsRefusedAndNothingIsCreated() {
        String email = address("escalate");
        invite(MANAGER, person(email, "partnership-admin")).then().statusCode(400)
                .body("fieldErrors.roles", containsString("cannot give the role Partnership admin"));
        invite(MANAGER, person(email, "hub-supervisor")).then().statusCode(400);
        invite(MANAGER, person(email, "superuser")).then().statusCode(400)
                .body("fieldErrors.roles", containsString("no role called superuser"));
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/people?size=200").then().statusCode(200)
                .body("items.email", not(hasItem(email)));
        assertEquals(List.of(), Mailbox.messages(email));
    }

    @Test
    void aManagerCannotChangeAnotherPartnersPeopleNorGrantBeyondTheirOwn() {
        String email = address("roles");
        String id = invite(MANAGER, person(email, "partner-viewer")).then().statusCode(201).extract().path("id");
        String manager = DemoUsers.token(MANAGER);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("roles", List.of("pcc-analyst")))
                .put("/api/v1/people/" + id + "/roles").then().statusCode(400);
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("roles", List.of("partner-viewer", "auditor")))
                .put("/api/v1/people/" + id + "/roles").then().statusCode(200)
                .body("roles", equalTo(List.of("partner-viewer", "auditor")));
        // Another council's manager does not find Oxford's person at all.
        given().auth().oauth2(DemoUsers.token("mk.manager")).contentType("application/json")
                .post("/api/v1/people/" + id + "/deactivate").then()
                .statusCode(404);
        // Nor another partnership's admin.
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/api/v1/people/" + id).then().statusCode(404);
    }

    @Test
    void anEmailAlreadyInUseIsRefusedWithAClearMessage() {
        invite(MANAGER, person("oxford.viewer@demo.cctv-portal.test", "partner-viewer")).then().statusCode(400)
                .body("fieldErrors.email", containsString("already in use"));
        // In use at another partner, whose records the inviter cannot see: refused the same way.
        invite(MANAGER, person("mk.viewer@demo.cctv-portal.test", "partner-viewer")).then().statusCode(400)
                .body("fieldErrors.email", containsString("already in use"));
        String email = address("twice");
        invite(MANAGER, person(email, "auditor")).then().statusCode(201);
        invite(MANAGER, person(email, "auditor")).then().statusCode(400);
    }

    @Test
    void anInvitationToAnotherPartnerIsRefusedButThePartnershipAdminMayInviteForAnyPartner() {
        Map<String, Object> body = new java.util.HashMap<>(person(address("cherwell"), "partner-viewer"));
        body.put("partner", "tv-cherwell");
        invite(MANAGER, body).then().statusCode(404);
        invite("as-opcc.admin", body).then().statusCode(404);
        invite("opcc.admin", body).then().statusCode(201).body("partner", equalTo("tv-cherwell"));
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/api/v1/people?size=200").then().statusCode(200)
                .body("items.email", hasItem(body.get("email")));
        body.put("partner", "tv-ods");
        body.put("email", address("ods"));
        body.put("roles", List.of("hub-supervisor"));
        invite("opcc.admin", body).then().statusCode(201);
        body.put("partner", "tv-cherwell");
        body.put("email", address("council-hub"));
        invite("opcc.admin", body).then().statusCode(400);
    }

    @Test
    void theNextRequestOfADeactivatedPersonIsRefusedThoughTheirTokenIsStillValid() {
        String email = address("leaver");
        String id = invite(MANAGER, person(email, "partner-viewer")).then().statusCode(201).extract().path("id");
        Mailbox.setPassword(Mailbox.invitationLink(email), PASSWORD);
        String token = tokenOf(email, PASSWORD);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(token).get("/cameras").then().statusCode(200);

        given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                .post("/api/v1/people/" + id + "/deactivate").then()
                .statusCode(200).body("state", equalTo("DEACTIVATED"));

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403);
        given().auth().oauth2(token).get("/cameras").then().statusCode(403)
                .body(containsString("Your account has been deactivated"));
        given().formParam("grant_type", "password").formParam("client_id", "cctv-portal-local-cli")
                .formParam("username", email).formParam("password", PASSWORD)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(400);

        given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                .post("/api/v1/people/" + id + "/reactivate").then()
                .statusCode(200).body("state", equalTo("ACTIVE"));
        given().auth().oauth2(tokenOf(email, PASSWORD)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aPersonCannotChangeTheirOwnPartnerThroughKeycloaksAccountApi() {
        String email = address("self");
        invite(MANAGER, person(email, "partner-viewer")).then().statusCode(201);
        Mailbox.setPassword(Mailbox.invitationLink(email), PASSWORD);
        String token = tokenOf(email, PASSWORD);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("email", email, "firstName", "Sam", "lastName", "Tester",
                        "attributes", Map.of("partner", List.of("tv-ods"), "partnership", List.of("avon-somerset"))))
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/account/");
        given().auth().oauth2(tokenOf(email, PASSWORD)).get("/api/v1/me").then().statusCode(200)
                .body("partnerId", equalTo("tv-oxford-city")).body("partnershipId", equalTo("thames-valley"));
    }

    @Test
    void theMailServerAwayLeavesThePersonCreatedAndTheInvitationIsResent() {
        String email = address("no-mail");
        String manager = DemoUsers.token(MANAGER);
        LocalStackResource.stack().suspendMail();
        String id;
        try {
            id = invite(MANAGER, person(email, "auditor")).then().statusCode(201)
                    .body("state", equalTo("INVITED")).body("invitationSent", equalTo(false)).extract().path("id");
            given().auth().oauth2(manager).contentType("application/json")
                .post("/api/v1/people/" + id + "/invitation").then().statusCode(200)
                    .body("invitationSent", equalTo(false));
        } finally {
            LocalStackResource.stack().resumeMail();
        }
        given().auth().oauth2(manager).contentType("application/json")
                .post("/api/v1/people/" + id + "/invitation").then().statusCode(200)
                .body("invitationSent", equalTo(true));
        assertTrue(Mailbox.invitationLink(email).contains("action-token"));
    }

    @Test
    void keycloakAwayLeavesAPendingRecordThatTheNextAttemptFinishes() {
        String email = address("kc-down");
        String manager = DemoUsers.token(MANAGER);
        // A first call, so the service account's token is fresh and only the Admin API call meets the frozen server.
        given().auth().oauth2(manager).get("/api/v1/people?size=200").then().statusCode(200);
        invite(MANAGER, person(address("warm-up"), "auditor")).then().statusCode(201);
        LocalStackResource.stack().freezeKeycloak();
        try {
            given().auth().oauth2(manager).contentType("application/json").body(person(email, "auditor"))
                    .post("/api/v1/people").then().statusCode(503)
                    .body("message", containsString("cannot be reached"));
        } finally {
            LocalStackResource.stack().thawKeycloak();
        }
        given().auth().oauth2(manager).get("/api/v1/people?size=200").then().statusCode(200)
                .body("items.find { it.email == '" + email + "' }.state", equalTo("PENDING"));
        // The same invitation again finishes it, adopting the account if Keycloak made it before it froze.
        invite(MANAGER, person(email, "auditor")).then().statusCode(201).body("state", equalTo("INVITED"))
                .body("invitationSent", equalTo(true));
        assertTrue(Mailbox.invitationLink(email).contains("action-token"));
    }
}
