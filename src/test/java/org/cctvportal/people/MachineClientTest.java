package org.cctvportal.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.ActingPartner;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Machine clients on the real Keycloak: a partner manager registers one, the other system gets a token with client
 * credentials and calls the API as its partner alone; the secret is replaced and revoked; footage roles wait for the
 * partnership admin, in the portal and in the database; Keycloak away leaves no usable client behind, and the
 * unattended job removes from Keycloak what a revocation or registration could not.
 */
@QuarkusTest
class MachineClientTest {

    static final String MANAGER = "oxford.manager";

    @Inject
    UnattendedWork unattended;

    @Inject
    Clock clock;

    @Inject
    MachineClientRemovals removals;

    static Response register(String manager, String name, String... roles) {
        return given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("name", name, "roles", List.of(roles))).post("/api/v1/machine-clients");
    }

    static Response clientCredentials(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token");
    }

    static String token(JsonPath made) {
        return clientCredentials(made.getString("client.clientId"), made.getString("clientSecret")).then()
                .statusCode(200).extract().path("access_token");
    }

    static String name(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRegisteredClientCallsTheApiAsItsPartnerAloneUntilItIsRevoked() {
        String name = name("Oxford VMS");
        JsonPath made = register(MANAGER, name, "partner-viewer").then().statusCode(201)
                .header("Location", containsString("/api/v1/machine-clients/"))
                .body("client.clientId", startsWith("mc-tv-oxford-city-")).body("client.state", equalTo("ACTIVE"))
                .body("clientSecret", notNullValue()).body("client.lastUsedAt", nullValue())
                .body("tokenUrl", containsString("/protocol/openid-connect/token")).extract().jsonPath();
        String id = made.getString("client.id");
        String token = token(made);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("partnerId", equalTo("tv-oxford-city")).body("partnershipId", equalTo("thames-valley"))
                .body("roles", hasItem("partner-viewer"));
        long cherwellSite = given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/api/v1/sites")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        long oxfordSite = given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/sites")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().auth().oauth2(token).get("/api/v1/sites/" + oxfordSite).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/sites/" + cherwellSite).then().statusCode(404);
        // A viewer's roles: it reads, it does not manage people nor make more machine clients.
        given().auth().oauth2(token).get("/api/v1/people").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/machine-clients").then().statusCode(403);

        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/machine-clients/" + id).then()
                .statusCode(200).body("lastUsedAt", notNullValue()).body("roles", equalTo(List.of("partner-viewer")));
        // Another council's manager does not find it.
        given().auth().oauth2(DemoUsers.token("mk.manager")).contentType("application/json")
                .post("/api/v1/machine-clients/" + id + "/revoke")
                .then().statusCode(404);

        given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                .post("/api/v1/machine-clients/" + id + "/revoke").then()
                .statusCode(200).body("state", equalTo("REVOKED")).body("keycloakToRemove", equalTo(false));
        // The token it already holds is refused at once, and Keycloak gives it no new one.
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403)
                .body("message", containsString("revoked"));
        clientCredentials(made.getString("client.clientId"), made.getString("clientSecret")).then().statusCode(401);
    }

    @Test
    void thePagesRegisterShowTheSecretOnceListTheLastUseAndRevoke() {
        String name = name("Oxford control room");
        String shown = FormSession.of(MANAGER).form().formParam("name", name).formParam("roles", "partner-viewer")
                .post("/people/machine-clients").then().statusCode(200).body(containsString("is registered"))
                .extract().asString();
        String clientId = between(shown, "data-testid=\"client-id\">", "<");
        String secret = between(shown, "data-testid=\"client-secret\">", "<");
        String token = clientCredentials(clientId, secret).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        String list = given().auth().oauth2(DemoUsers.token(MANAGER)).get("/people/machine-clients").then()
                .statusCode(200).extract().asString();
        assertTrue(list.contains(clientId) && !list.contains(secret), "the list names the client, never its secret");
        String row = list.substring(list.indexOf("data-client=\"" + clientId + "\""));
        assertTrue(!between(row, "data-testid=\"last-used\">", "<").equals("Never"), row);
        String id = given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/machine-clients?size=200").then()
                .extract().jsonPath().getString("items.find { it.clientId == '" + clientId + "' }.id");

        // A name left out is a GOV.UK error summary, and nothing is registered.
        FormSession.of(MANAGER).form().formParam("name", " ").formParam("roles", "partner-viewer")
                .post("/people/machine-clients").then().statusCode(400)
                .body(containsString("govuk-error-summary")).body(containsString("Enter a name"));

        FormSession.of(MANAGER).form().post("/people/machine-clients/" + id + "/revoke").then().statusCode(303)
                .header("Location", containsString("done=revoked"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    @Test
    void aNewSecretReplacesTheOldOneAtOnce() {
        JsonPath made = register(MANAGER, name("Oxford BI"), "partner-viewer", "auditor").then().statusCode(201)
                .extract().jsonPath();
        String id = made.getString("client.id");
        JsonPath rotated = given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                .post("/api/v1/machine-clients/" + id + "/secret").then().statusCode(200).extract().jsonPath();
        assertNotEquals(made.getString("clientSecret"), rotated.getString("clientSecret"));
        clientCredentials(made.getString("client.clientId"), made.getString("clientSecret")).then().statusCode(401);
        given().auth().oauth2(token(rotated)).get("/api/v1/me").then().statusCode(200);
        // The portal keeps no secret: neither the list nor the client shows one.
        String listed = given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/machine-clients").then()
                .statusCode(200).extract().asString();
        assertTrue(!listed.contains(rotated.getString("clientSecret")) && listed.contains(id), listed);
    }

    @Test
    void footageRolesWaitForThePartnershipAdminInThePortalAndTheDatabase() {
        register(MANAGER, name("Oxford evidence"), "evidence-officer").then().statusCode(400)
                .body("fieldErrors.roles", containsString("does not allow"));
        register(MANAGER, name("Escalation"), "partnership-admin").then().statusCode(400);
        register(MANAGER, name("Nothing"), new String[0]).then().statusCode(400)
                .body("fieldErrors.roles", containsString("at least one"));
        given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                .body(Map.of("allowed", true)).put("/api/v1/machine-clients/footage").then().statusCode(403);
        // The database refuses the setting from anyone but the PCC office, and a footage role while it is off.
        assertThrows(RuntimeException.class, () -> ActingPartner.as(unattended, "tv-oxford-city",
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    MachineClientFootage setting = new MachineClientFootage();
                    setting.partnershipId = "thames-valley";
                    setting.allowed = true;
                    setting.changedBy = "sql";
                    setting.changedAt = clock.instant();
                    setting.persistAndFlush();
                    return setting;
                })));
        assertThrows(RuntimeException.class, () -> ActingPartner.as(unattended, "tv-oxford-city",
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    MachineClient client = new MachineClient();
                    client.id = UUID.randomUUID();
                    client.partnerId = "tv-oxford-city";
                    client.name = "Written by hand";
                    client.clientId = "mc-tv-oxford-city-byhand" + client.id.toString().substring(0, 6);
                    client.roleList = "evidence-officer";
                    client.state = MachineClient.State.ACTIVE;
                    client.createdBy = "sql";
                    client.createdAt = clock.instant();
                    client.persistAndFlush();
                    return client;
                })));

        String admin = DemoUsers.token("opcc.admin");
        try {
            given().auth().oauth2(admin).contentType("application/json").body(Map.of("allowed", true))
                    .put("/api/v1/machine-clients/footage").then().statusCode(200).body("allowed", equalTo(true));
            JsonPath made = register(MANAGER, name("Oxford evidence"), "evidence-officer").then().statusCode(201)
                    .extract().jsonPath();
            given().auth().oauth2(token(made)).get("/api/v1/me").then().statusCode(200)
                    .body("roles", hasItem("evidence-officer"));
            given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                    .post("/api/v1/machine-clients/" + made.getString("client.id") + "/revoke").then().statusCode(200);
        } finally {
            given().auth().oauth2(admin).contentType("application/json").body(Map.of("allowed", false))
                    .put("/api/v1/machine-clients/footage").then().statusCode(200).body("allowed", equalTo(false));
        }
    }

    @Test
    void keycloakAwayLeavesNoUsableClientAndTheJobFinishesWhatItInterrupted() {
        String name = name("Interrupted");
        // Warm the service account's token, so the registration itself meets the stopped server.
        register(MANAGER, name("Warm-up"), "partner-viewer").then().statusCode(201);
        JsonPath revoked = register(MANAGER, name("Revoked while away"), "partner-viewer").then().statusCode(201)
                .extract().jsonPath();
        String revokedId = revoked.getString("client.id");
        String token = token(revoked);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        LocalStack stack = LocalStackResource.stack();
        stack.suspendKeycloak();
        try {
            register(MANAGER, name, "partner-viewer").then().statusCode(503);
            // Revoked in the portal at once: the token it holds is refused, though Keycloak still has the client.
            given().auth().oauth2(DemoUsers.token(MANAGER)).contentType("application/json")
                    .post("/api/v1/machine-clients/" + revokedId + "/revoke").then().statusCode(200)
                    .body("state", equalTo("REVOKED")).body("keycloakToRemove", equalTo(true));
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403)
                    .body("message", containsString("revoked"));
        } finally {
            stack.resumeKeycloak();
        }
        List<Map<String, Object>> found = given().auth().oauth2(DemoUsers.token(MANAGER))
                .get("/api/v1/machine-clients?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.name == '" + name + "' }");
        // Keycloak could not be asked to undo anything: the record says the registration is unfinished, never usable.
        assertTrue(found.stream().allMatch(c -> "PENDING".equals(c.get("state"))), found.toString());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403);

        // Nobody asks again: the unattended job removes both from Keycloak once it answers.
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        String outcome = null;
        while (outcome == null) {
            try {
                outcome = removals.removeOutstanding();
            } catch (PeopleUnavailable e) {
                // Keycloak may take a moment after its restart to answer the service account again.
                assertTrue(System.nanoTime() < deadline, "Keycloak did not answer again: " + e.getMessage());
                sleep();
            }
        }
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/machine-clients/" + revokedId).then()
                .statusCode(200).body("state", equalTo("REVOKED")).body("keycloakToRemove", equalTo(false));
        clientCredentials(revoked.getString("client.clientId"), revoked.getString("clientSecret")).then()
                .statusCode(401);
        for (Map<String, Object> unfinished : found) {
            given().auth().oauth2(DemoUsers.token(MANAGER)).get("/api/v1/machine-clients/" + unfinished.get("id"))
                    .then().statusCode(404);
        }
        given().auth().oauth2(DemoUsers.token("oxford.auditor"))
                .get("/api/v1/audit-events?action=machine-client.keycloak-removed&record=" + revokedId).then()
                .statusCode(200).body("total", equalTo(1));
        assertTrue(removals.removeOutstanding().endsWith("machine clients removed from Keycloak"), "safe to repeat");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
