package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.people.WithdrawnAccounts;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner's phase has effects on the server: a suspended partner's people read but change nothing; a proposed or
 * withdrawn partner's people are refused everywhere. Bristol (Avon and Somerset) is the partner set aside here;
 * whatever a test does to its phase, it is live again afterwards. A withdrawal is final for the portal, so the
 * database's owner puts Bristol back and removes the rows the test made (its timeline rows and the withdrawal's
 * switch-off notice), and its PCC office reactivates the people the withdrawal deactivated (their Keycloak accounts
 * were disabled with it), once the accounts are disabled.
 */
@QuarkusTest
class PartnerStandingTest {

    static final String PARTNER = "as-bristol";

    @Inject
    PartnerStanding standing;

    @Inject
    WithdrawnAccounts accounts;

    /** Bristol's people who can use the portal before a test: a withdrawal deactivates them. */
    private final java.util.List<String> active = new java.util.ArrayList<>();

    @BeforeEach
    void activePeople() {
        active.addAll(given().auth().oauth2(DemoUsers.token("as-opcc.admin")).queryParam("partner", PARTNER)
                .queryParam("size", 200).get("/api/v1/people").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.state != 'DEACTIVATED' }.id", String.class));
    }

    @AfterEach
    void liveAgain() throws SQLException {
        // The accounts a withdrawal disables are disabled after it commits, in the background: the same work run
        // here waits for that run and does what it left, so nothing is disabled after the people are reactivated.
        accounts.disableOutstanding();
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            sql.executeUpdate("update partner set status = 'LIVE' where id = '" + PARTNER + "'");
            sql.executeUpdate("delete from partner_phase_change where partner_id = '" + PARTNER
                    + "' and from_phase is not null");
            sql.executeUpdate("delete from switch_off_notice where partner_id = '" + PARTNER
                    + "' and kind = 'WITHDRAWN'");
        }
        standing.forget(PARTNER);
        for (String person : active) {
            given().auth().oauth2(DemoUsers.token("as-opcc.admin")).contentType("application/json")
                    .post("/api/v1/people/" + person + "/reactivate").then().statusCode(200);
        }
        given().auth().oauth2(DemoUsers.freshToken("bristol.viewer")).get("/api/v1/profile").then().statusCode(200)
                .body("status", equalTo("LIVE"));
    }

    @Test
    void aSuspendedPartnersManagerReadsButChangesNothing() {
        FormSession session = FormSession.of("bristol.manager");
        setPhase("SUSPENDED", "Unpaid recharge statements").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
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

        setPhase("LIVE", "Statements paid").then().statusCode(200).body("status", equalTo("LIVE"));
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("dpContactName", contact))
                .put("/api/v1/profile").then().statusCode(200);
    }

    @Test
    void aWithdrawnPartnersPeopleAreRefusedEverywhere() {
        // Signed in before the withdrawal: their accounts are disabled with it, so no new sign-in is possible after.
        Map<String, String> tokens = Map.of("bristol.viewer", DemoUsers.token("bristol.viewer"), "bristol.manager",
                DemoUsers.token("bristol.manager"));
        setPhase("WITHDRAWN", "Left the partnership on 31 March").then().statusCode(200);
        for (String user : new String[] { "bristol.viewer", "bristol.manager" }) {
            String token = tokens.get(user);
            given().auth().oauth2(token).get("/").then().statusCode(403)
                    .body(containsString("data-testid=\"refused\""))
                    .body(containsString("withdrawn from the partnership"));
            given().auth().oauth2(token).get("/profile").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403)
                    .body("message", containsString("withdrawn"));
        }
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/").then().statusCode(200);
        // Its data is kept, and the partnership's PCC office is told its coverage is at risk.
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/api/v1/partners/" + PARTNER).then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/assurance/notices").then().statusCode(200)
                .body(containsString("Withdrew from the partnership on"));
        setPhase("LIVE", "Changed our minds").then().statusCode(400)
                .body("fieldErrors.phase", containsString("withdrawn for good"));
    }

    @Test
    void aProposedPartnersPeopleCannotUseThePortalYet() throws SQLException {
        // No partner goes back to proposed through the portal: the owner sets it, as a partner admitted proposed is.
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            sql.executeUpdate("update partner set status = 'PROPOSED' where id = '" + PARTNER + "'");
        }
        standing.forget(PARTNER);
        String viewer = DemoUsers.token("bristol.viewer");
        given().auth().oauth2(viewer).get("/").then().statusCode(403).body(containsString("data-testid=\"refused\""))
                .body(containsString("proposed for the partnership"));
        given().auth().oauth2(viewer).get("/api/v1/me").then().statusCode(403)
                .body("message", containsString("proposed"));
    }

    private static io.restassured.response.Response setPhase(String phase, String reason) {
        return given().auth().oauth2(DemoUsers.token("as-opcc.admin")).contentType("application/json")
                .body(Map.of("phase", phase, "reason", reason)).put("/api/v1/partners/" + PARTNER + "/phase");
    }

    private static Connection owner() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
