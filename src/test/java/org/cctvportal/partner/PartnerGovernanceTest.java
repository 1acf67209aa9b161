package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A partner cannot change what it is: the operator's manager cannot make it a police force through the profile (form
 * or API), the database refuses the change to any code running as the portal's role, and only the partnership
 * admin changes a partner's name, kind or funding end, with a reason, audited before and after (its phase has its
 * own path: PartnerPhasesTest).
 */
@QuarkusTest
class PartnerGovernanceTest {

    static final String IMPOSTOR = "Thames Valley Police Digital Evidence Unit";

    @Inject
    Clock clock;

    @Test
    void theOperatorsManagerCannotBecomeAPoliceForceAndSoReceivesNoEvidence() {
        FormSession.of("ods.manager").form().formParam("name", IMPOSTOR).formParam("kind", "POLICE_FORCE")
                .formParam("status", "LIVE").formParam("icoRegistration", "ZA210834")
                .formParam("dpContactName", "Compliance Manager").post("/profile").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("A partner&#39;s kind is changed only by the partnership admin"))
                .body(containsString("A partner&#39;s name is changed only by the partnership admin"));
        given().auth().oauth2(DemoUsers.token("ods.manager")).contentType("application/json")
                .body(Map.of("name", IMPOSTOR, "kind", "POLICE_FORCE", "status", "LIVE",
                        "fundingEndDate", "2030-03-31", "dpContactName", "Changed"))
                .put("/api/v1/profile").then().statusCode(400)
                .body("fieldErrors", hasKey("name")).body("fieldErrors", hasKey("kind"))
                .body("fieldErrors", hasKey("status")).body("fieldErrors", hasKey("fundingEndDate"));

        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/api/v1/profile").then().statusCode(200)
                .body("name", equalTo("Oxford Direct Services")).body("kind", equalTo("OPERATOR"))
                .body("status", equalTo("LIVE")).body("dpContactName", equalTo("Compliance Manager"))
                .body("fundingEndDate", equalTo(null));

        long item = createItem("oxford.evidence");
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("recipient", "tv-ods", "expires", LocalDate.now(clock).plusDays(7).toString(),
                        "reason", "Request from the police"))
                .post("/api/v1/evidence/" + item + "/shares").then().statusCode(400)
                .body("fieldErrors", hasKey("recipient"));
        given().auth().oauth2(DemoUsers.token("ods.evidence")).get("/api/v1/evidence/" + item).then()
                .statusCode(404);
        long own = createItem("ods.evidence");
        given().auth().oauth2(DemoUsers.token("ods.evidence")).contentType("application/json")
                .body(Map.of("recipient", "tv-ods", "expires", LocalDate.now(clock).plusDays(7).toString(),
                        "reason", "Request from the police"))
                .post("/api/v1/evidence/" + own + "/shares").then().statusCode(400)
                .body("fieldErrors", hasKey("recipient"));
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).get("/api/v1/evidence/" + item).then()
                .statusCode(200).body("shares", org.hamcrest.Matchers.empty());
    }

    @Test
    void anyFieldThatIsNotTheProfilesIsRefusedByName() {
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("partnershipId", "avon-somerset", "dpContactName", "Nobody"))
                .put("/api/v1/profile").then().statusCode(400).body("fieldErrors", hasKey("partnershipId"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/profile").then()
                .body("partnershipId", equalTo("thames-valley")).body("dpContactName", not(equalTo("Nobody")));
    }

    @Test
    void thePortalsRoleCannotChangeWhatAPartnerIsWithAPlainUpdate() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-ods', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            for (String change : List.of("kind = 'POLICE_FORCE'", "status = 'LIVE'", "name = 'Thames Valley Pol1ce'",
                    "funding_end_date = date '2040-01-01'", "partnership_id = 'thames-valley'")) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> sql.executeUpdate("update partner set " + change + " where id = 'tv-ods'"), change);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
            SQLException notPcc = assertThrows(SQLException.class, () -> sql.executeQuery("select * from "
                    + "partner_govern('tv-ods', 'Oxford Direct Services', 'POLICE_FORCE', 'LIVE', null, 'because',"
                    + " now())"));
            assertTrue(notPcc.getMessage().contains("only the partnership's PCC office"), notPcc.getMessage());
            // What the partner keeps itself is still its own to change.
            assertEquals(1, sql.executeUpdate("update partner set dp_contact_name = dp_contact_name where id = 'tv-ods'"));
            var row = sql.executeQuery("select kind, name from partner where id = 'tv-ods'");
            row.next();
            assertEquals("OPERATOR", row.getString(1));
            assertEquals("Oxford Direct Services", row.getString(2));
        }
    }

    @Test
    void theDatabaseRefusesAPccOfficeOfAnotherPartnershipAndAMissingReason() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'as-opcc', false), "
                    + "set_config('app.partnership', 'avon-somerset', false)");
            SQLException elsewhere = assertThrows(SQLException.class, () -> sql.executeQuery("select * from "
                    + "partner_govern('tv-ods', 'Oxford Direct Services', 'POLICE_FORCE', 'LIVE', null, 'x', now())"));
            assertTrue(elsewhere.getMessage().contains("no partner tv-ods"), elsewhere.getMessage());
            SQLException noReason = assertThrows(SQLException.class, () -> sql.executeQuery("select * from "
                    + "partner_govern('as-bristol', 'Bristol City Council', 'COUNCIL', 'LIVE', null, ' ', now())"));
            assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());
        }
    }

    @Test
    void thePartnershipAdminChangesWhatAPartnerIsWithAReasonAndItIsAudited() {
        String id = admit("Bracknell Forest Council");
        String reason = "Funding agreement " + UUID.randomUUID().toString().substring(0, 6) + " signed";
        FormSession.of("opcc.admin").form().formParam("name", "Bracknell Forest Borough Council")
                .formParam("kind", "COUNCIL").formParam("status", "ONBOARDING").formParam("fundingEndDay", "31")
                .formParam("fundingEndMonth", "3").formParam("fundingEndYear", "2029").formParam("reason", reason)
                .post("/partners/" + id + "/manage").then().statusCode(303)
                .header("Location", containsString("/partners/" + id + "/manage?saved=true"));

        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/partners/" + id).then().statusCode(200)
                .body("name", equalTo("Bracknell Forest Borough Council")).body("status", equalTo("ONBOARDING"))
                .body("fundingEndDate", equalTo("2029-03-31"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners/" + id + "/manage?saved=true").then()
                .statusCode(200).body(containsString("data-testid=\"governed-banner\""))
                .body(containsString(reason)).body(containsString("data-audit-action=\"partner.governed\""));

        JsonPath events = given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/api/v1/audit-events?size=50")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> event = events.getMap("events.find { it.action == 'partner.governed' && it.entityId == '"
                + id + "' }");
        assertTrue(event != null && event.get("summary").toString().contains(reason), String.valueOf(event));
        assertEquals("opcc.admin", event.get("actor"));
        String changes = String.valueOf(event.get("changes"));
        assertTrue(!changes.contains("before=Onboarding"), "the phase is not changed here: " + changes);
        assertTrue(changes.contains("before=Bracknell Forest Council")
                && changes.contains("after=Bracknell Forest Borough Council"), changes);
        assertTrue(changes.contains("after=2029-03-31"), changes);
    }

    @Test
    void theApiChangesOnlyWhatItIsSentAndNeedsAReason() {
        String id = admit("Wycombe Council");
        String admin = DemoUsers.token("opcc.admin");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("fundingEndDate", "2029-03-31"))
                .put("/api/v1/partners/" + id + "/governance").then().statusCode(400)
                .body("fieldErrors", hasKey("reason"))
                .body("fieldErrors.reason", containsString("Enter the reason"));
        given().auth().oauth2(admin).get("/api/v1/partners/" + id).then().body("fundingEndDate", equalTo("2028-03-31"));

        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("fundingEndDate", "2029-03-31", "reason", "Funding extended"))
                .put("/api/v1/partners/" + id + "/governance").then().statusCode(200)
                .body("status", equalTo("ONBOARDING")).body("kind", equalTo("COUNCIL"))
                .body("name", org.hamcrest.Matchers.startsWith("Wycombe Council "))
                .body("fundingEndDate", equalTo("2029-03-31"));
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("kind", "CASINO", "reason", "x")).put("/api/v1/partners/" + id + "/governance")
                .then().statusCode(400).body("fieldErrors", hasKey("kind"));
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("status", "LIVE", "reason", "Onboarding checks complete"))
                .put("/api/v1/partners/" + id + "/governance").then().statusCode(400)
                .body("fieldErrors.status", containsString("with the date it takes effect"));
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).contentType("application/json")
                .body(Map.of("fundingEndDate", "2030-03-31", "reason", "Not ours"))
                .put("/api/v1/partners/" + id + "/governance").then().statusCode(404);
        given().auth().oauth2(admin).get("/api/v1/partners/" + id).then().body("status", equalTo("ONBOARDING"))
                .body("fundingEndDate", equalTo("2029-03-31"));
    }

    @Test
    void aMissingReasonIsAFormErrorAndChangesNothing() {
        String id = admit("Windsor and Maidenhead Council");
        FormSession.of("opcc.admin").form().formParam("name", "Windsor Police").formParam("kind", "POLICE_FORCE")
                .formParam("status", "ONBOARDING").formParam("reason", "  ").post("/partners/" + id + "/manage").then()
                .statusCode(400).body(containsString("data-testid=\"error-summary\""))
                .body(containsString("href=\"#reason\"")).body(containsString("Enter the reason for this change"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/partners/" + id).then()
                .body("kind", equalTo("COUNCIL")).body("status", equalTo("ONBOARDING"));
    }

    @Test
    void thePccOfficeCannotChangeItsOwnKindOrStatus() {
        given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json")
                .body(Map.of("status", "SUSPENDED", "reason", "Testing")).put("/api/v1/partners/tv-opcc/governance")
                .then().statusCode(400).body("fieldErrors", hasKey("status"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/profile").then()
                .body("status", equalTo("LIVE")).body("kind", equalTo("PCC_OFFICE"));
    }

    @Test
    void onlyThePartnershipAdminSeesTheManageButton() {
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners/tv-ods").then().statusCode(200)
                .body(containsString("/partners/tv-ods/manage"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/partners/tv-ods").then().statusCode(200)
                .body(not(containsString("/partners/tv-ods/manage")));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/partners/tv-ods/manage").then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("ods.manager")).contentType("application/json")
                .body(Map.of("kind", "POLICE_FORCE", "reason", "We are police now"))
                .put("/api/v1/partners/tv-ods/governance").then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/partners/tv-ods").then()
                .body("kind", equalTo("OPERATOR"));
    }

    /** A new onboarding council admitted by the PCC office, funded to March 2028; returns its id. */
    static String admit(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        String location = given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json")
                .body(Map.of("name", unique, "kind", "COUNCIL", "status", "ONBOARDING", "fundingEndDate", "2028-03-31"))
                .post("/api/v1/partners").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private long createItem(String user) {
        LocalDateTime start = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusHours(3).withNano(0).withSecond(0);
        Map<String, String> body = Map.of("title", "Incident " + UUID.randomUUID().toString().substring(0, 6),
                "category", "INCIDENT", "start", start.toString(), "end", start.plusHours(1).toString(),
                "description", "Footage the police asked for");
        return ((Number) given().auth().oauth2(DemoUsers.token(user)).contentType("application/json").body(body)
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id")).longValue();
    }

    private static Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
