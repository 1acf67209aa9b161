package org.cctvportal.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.Mailbox;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A partner's withdrawal, on the real Keycloak: its people are deactivated at once, their accounts disabled so no
 * sign-in succeeds and their sessions ended so no refresh does; with Keycloak away the withdrawal still holds, the
 * people stay refused by the portal, and the accounts are disabled once Keycloak answers again.
 */
@QuarkusTest
class WithdrawnAccountsTest {

    private static final String ADMIN = "opcc.admin";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WithdrawnAccounts accounts;

    /** A new council of Thames Valley with one signed-in person; returns the partner id and the person's tokens. */
    private record Withdrawing(String partner, String email, JsonPath tokens) {
    }

    private static Withdrawing councilWithAPerson(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        String location = given().auth().oauth2(DemoUsers.token(ADMIN)).contentType("application/json")
                .body(Map.of("name", unique, "kind", "COUNCIL", "status", "ONBOARDING", "fundingEndDate",
                        "2028-03-31"))
                .post("/api/v1/partners").then().statusCode(201).extract().header("Location");
        String partner = location.substring(location.lastIndexOf('/') + 1);
        String email = PeopleTest.address("withdrawn");
        given().auth().oauth2(DemoUsers.token(ADMIN)).contentType("application/json")
                .body(Map.of("partner", partner, "email", email, "firstName", "Wren", "lastName", "Parting",
                        "roles", List.of("partner-viewer")))
                .post("/api/v1/people").then().statusCode(201).body("state", equalTo("INVITED"));
        Mailbox.setPassword(Mailbox.invitationLink(email), PeopleTest.PASSWORD);
        JsonPath tokens = signIn(email).then().statusCode(200).extract().jsonPath();
        given().auth().oauth2(tokens.getString("access_token")).get("/api/v1/me").then().statusCode(200)
                .body("partnerId", equalTo(partner));
        return new Withdrawing(partner, email, tokens);
    }

    private static Response signIn(String email) {
        return given().formParam("grant_type", "password").formParam("client_id", "cctv-portal-local-cli")
                .formParam("username", email).formParam("password", PeopleTest.PASSWORD)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token");
    }

    private static Response refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token").formParam("client_id", "cctv-portal-local-cli")
                .formParam("refresh_token", refreshToken)
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token");
    }

    private static void withdraw(String partner) {
        given().auth().oauth2(DemoUsers.token(ADMIN)).contentType("application/json")
                .body(Map.of("phase", "WITHDRAWN", "reason", "Left the partnership"))
                .put("/api/v1/partners/" + partner + "/phase").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    private static String state(Withdrawing council) {
        return given().auth().oauth2(DemoUsers.token(ADMIN)).queryParam("partner", council.partner())
                .queryParam("size", 200).get("/api/v1/people").then().statusCode(200).extract().path("items.find { it.email == '"
                        + council.email() + "' }.state");
    }

    /** Waits until Keycloak refuses the person's password; fails with Keycloak's last answer if it never does. */
    private static void untilSignInRefused(String email) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Response answer = signIn(email);
        while (answer.statusCode() == 200 && System.nanoTime() < deadline) {
            sleep();
            answer = signIn(email);
        }
        assertEquals(400, answer.statusCode(), "Keycloak still lets " + email + " sign in: " + answer.asString());
        assertTrue(answer.asString().contains("disabled") || answer.asString().contains("invalid_grant"),
                answer.asString());
    }

    @Test
    void withdrawingAPartnerDisablesItsPeoplesAccountsAndEndsTheirSessions() {
        Withdrawing council = councilWithAPerson("Parting Council");
        refresh(council.tokens().getString("refresh_token")).then().statusCode(200);

        withdraw(council.partner());

        assertEquals("DEACTIVATED", state(council), "the person is deactivated with the withdrawal");
        untilSignInRefused(council.email());
        refresh(council.tokens().getString("refresh_token")).then().statusCode(400);
        given().auth().oauth2(council.tokens().getString("access_token")).get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void withKeycloakAwayTheWithdrawalHoldsAndTheAccountsAreDisabledWhenItAnswers() {
        Withdrawing council = councilWithAPerson("Departing Council");
        // The service account's token is fresh, so only the Admin API's calls meet the frozen Keycloak, and the
        // admin's is new, so the test asks the frozen Keycloak for none.
        given().auth().oauth2(DemoUsers.freshToken(ADMIN)).get("/api/v1/people").then().statusCode(200);
        LocalStackResource.stack().freezeKeycloak();
        try {
            withdraw(council.partner());
            assertEquals("DEACTIVATED", state(council), "the portal refuses the person whatever Keycloak does");
            given().auth().oauth2(council.tokens().getString("access_token")).get("/api/v1/me").then()
                    .statusCode(403);
            assertThrows(PeopleUnavailable.class, accounts::disableOutstanding,
                    "Keycloak does not answer, so the account stays marked for the next attempt");
        } finally {
            LocalStackResource.stack().thawKeycloak();
        }
        assertEquals(200, signIn(council.email()).statusCode(), "the account was not disabled while Keycloak was away");
        String outcome = accounts.disableOutstanding();
        assertTrue(outcome.matches("\\d+ accounts of withdrawn partners' people disabled"), outcome);
        untilSignInRefused(council.email());
        refresh(council.tokens().getString("refresh_token")).then().statusCode(400);
        assertEquals("0 accounts of withdrawn partners' people disabled", accounts.disableOutstanding(),
                "every mark is cleared once Keycloak has done it");
    }

    @Test
    void aPersonReactivatedWhileTheirAccountWaitsToBeDisabledKeepsItEnabled() throws Exception {
        Withdrawing council = councilWithAPerson("Returning Council");
        DemoUsers.freshToken(ADMIN);
        // Keycloak away: the withdrawal's own attempt leaves the account marked, and the next attempt is held below.
        LocalStackResource.stack().freezeKeycloak();
        try (Connection owner = owner()) {
            try {
                withdraw(council.partner());
                owner.setAutoCommit(false);
                try (Statement sql = owner.createStatement()) {
                    // As the partner itself: its people are its own to lock and update.
                    sql.execute("select set_config('app.partner', '" + council.partner() + "', true)");
                    try (ResultSet held = sql.executeQuery("select id from person where email = '" + council.email()
                            + "' and account_to_disable for update")) {
                        assertTrue(held.next(), "the withdrawal marks the person's account to be disabled");
                    }
                }
            } finally {
                LocalStackResource.stack().thawKeycloak();
            }
            // The next attempt reads the marked accounts, then waits for the person's row, which this test holds
            // while it reactivates the person as the people page does; the attempt must not disable the account.
            CompletableFuture<String> attempt = CompletableFuture.supplyAsync(accounts::disableOutstanding);
            Thread.sleep(1_000);
            try (Statement sql = owner.createStatement()) {
                sql.executeUpdate("update person set state = 'ACTIVE', account_to_disable = false where email = '"
                        + council.email() + "'");
            }
            owner.commit();
            String outcome = attempt.get(60, TimeUnit.SECONDS);
            assertTrue(outcome.matches("\\d+ accounts of withdrawn partners' people disabled"), outcome);
        }
        assertEquals(200, signIn(council.email()).statusCode(), "the reactivated person can still sign in");
    }

    private static Connection owner() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
