package org.cctvportal.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.Mailbox;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service operator's console, used as its platform admin would: opening a partnership (bad input makes nothing;
 * a good one makes the partnership, its live PCC office and its first admin's invitation), the counts, and
 * suspending and reopening a partnership whose people then read but change nothing.
 */
@QuarkusTest
class PlatformOperatorTest {

    static final String API = "/api/v1/platform/partnerships";
    /** Bristol's own profile as the demo keeps it: sending it again changes nothing but is a write. */
    static final Map<String, String> PROFILE = Map.of("icoRegistration", "Z5749126",
            "dpContactName", "Data Protection Officer", "dpContactEmail", "dpo@as-bristol.demo.cctv-portal.test");

    private static String operator() {
        return DemoUsers.token("platform.admin");
    }

    @AfterEach
    void avonAndSomersetIsOpenAgain() {
        String status = given().auth().oauth2(operator()).get(API + "/avon-somerset").then().extract().path("status");
        if ("SUSPENDED".equals(status)) {
            given().auth().oauth2(operator()).contentType("application/json").body(Map.of("reason", "Test over"))
                    .post(API + "/avon-somerset/reopening").then().statusCode(200);
        }
    }

    @Test
    void badInputGetsClearMessagesAndOpensNothing() {
        int before = partnerships().size();
        given().auth().oauth2(operator()).contentType("application/json").body("{}").post(API).then().statusCode(400)
                .body("fieldErrors.name", equalTo("Enter the partnership's name"))
                .body("fieldErrors.region", equalTo("Enter the region it covers"))
                .body("fieldErrors.officeName", equalTo("Enter the name of its PCC office"))
                .body("fieldErrors.email", equalTo("Enter the person's e-mail address"))
                .body("fieldErrors.firstName", equalTo("Enter the person's first name"))
                .body("fieldErrors.lastName", equalTo("Enter the person's last name"));
        open(opening("Thames Valley CCTV Partnership", "admin-" + UUID.randomUUID() + "@example.test"))
                .then().statusCode(400)
                .body("fieldErrors.name", containsString("already on the service"));
        open(opening("Somewhere " + UUID.randomUUID(), "not-an-address")).then().statusCode(400)
                .body("fieldErrors.email", containsString("in the correct format"));
        // An address whose account belongs to a partner of another partnership is refused before anything is made.
        open(opening("Elsewhere " + UUID.randomUUID(), "bristol.manager@demo.cctv-portal.test")).then()
                .statusCode(400).body("fieldErrors.email", containsString("already in use"));
        // The page's form says the same, next to its fields.
        FormSession session = FormSession.of("platform.admin");
        session.form().formParam("name", "").formParam("region", "Wessex").post("/platform/partnerships").then()
                .statusCode(400).body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Enter the partnership&#39;s name")).body(containsString("value=\"Wessex\""));
        assertEquals(before, partnerships().size(), "nothing was opened");
    }

    @Test
    void openingMakesALivePccOfficeAndInvitesItsFirstAdmin() throws SQLException {
        String n = UUID.randomUUID().toString().substring(0, 8);
        String email = "first.admin-" + n + "@example.test";
        JsonPath opened = open(opening("Wessex " + n + " CCTV Partnership", email)).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("pccOffice", equalTo("Office of the PCC for Wessex " + n))
                .body("admins.email", equalTo(List.of(email))).body("admins[0].state", equalTo("INVITED"))
                .body("timeline.action", equalTo(List.of("OPENED", "ADMIN_INVITED"))).extract().jsonPath();
        String id = opened.getString("id");
        String office = opened.getString("pccOfficeId");
        assertTrue(Mailbox.invitationLink(email).contains("/login-actions/action-token"), "the invitation e-mail");
        try (Connection db = owner(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            var row = sql.executeQuery("select p.kind, p.status, (select count(*) from partner_phase_change c"
                    + " where c.partner_id = p.id and c.to_phase = 'LIVE') from partner p where p.id = '" + office + "'");
            assertTrue(row.next());
            assertEquals("PCC_OFFICE", row.getString(1));
            assertEquals("LIVE", row.getString(2));
            assertEquals(1, row.getInt(3), "the admission's row of its phase timeline");
        }
        Map<String, Object> counted = partnerships().stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow();
        assertEquals(1, counted.get("partners"));
        assertEquals(1, counted.get("people"));
        assertEquals(0, counted.get("cameras"));
        Map<String, Object> thamesValley = partnerships().stream().filter(p -> "thames-valley".equals(p.get("id")))
                .findFirst().orElseThrow();
        assertTrue(((Number) thamesValley.get("partners")).intValue() >= 9, thamesValley.toString());
        assertTrue(((Number) thamesValley.get("cameras")).intValue() > 0, thamesValley.toString());
        // The list is counts only: no person's name or address on it.
        given().auth().oauth2(operator()).get("/platform/partnerships").then().statusCode(200)
                .body(containsString("data-partnership=\"" + id + "\"")).body(not(containsString(email)))
                .body(not(containsString("opcc.admin@")));
        // The PCC office's own trail has the opening and the invitation.
        String trail = auditOf(office);
        assertTrue(trail.contains("partnership.opened") && trail.contains("person.invite"), trail);
    }

    @Test
    void aSuspendedPartnershipsPeopleReadButChangeNothingUntilItReopens() throws SQLException {
        given().auth().oauth2(operator()).contentType("application/json").body(Map.of("reason", " "))
                .post(API + "/avon-somerset/suspension").then().statusCode(400)
                .body("fieldErrors.reason", containsString("Enter the reason"));
        given().auth().oauth2(operator()).contentType("application/json")
                .body(Map.of("reason", "Invoices unpaid since June")).post(API + "/avon-somerset/suspension").then()
                .statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("timeline.reason", hasItem("Invoices unpaid since June"));
        String manager = DemoUsers.token("bristol.manager");
        given().auth().oauth2(manager).get("/profile").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/cameras").then().statusCode(200);
        given().auth().oauth2(manager).contentType("application/json").body(PROFILE)
                .put("/api/v1/profile").then().statusCode(403)
                .body("message", containsString("Your partnership is suspended"));
        try (Connection db = portalRole("as-bristol", "avon-somerset"); Statement sql = db.createStatement()) {
            SQLException booking = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into booking (id, partner_id) values (-1, 'as-bristol')"));
            assertTrue(booking.getMessage().contains("is suspended"), booking.getMessage());
        }
        // The PCC office's audit trail has the suspension.
        assertTrue(auditOf("as-opcc").contains("partnership.suspended"));
        given().auth().oauth2(operator()).contentType("application/json").body(Map.of("reason", "Invoices paid"))
                .post(API + "/avon-somerset/reopening").then().statusCode(200).body("status", equalTo("OPEN"));
        given().auth().oauth2(manager).contentType("application/json").body(PROFILE).put("/api/v1/profile").then()
                .statusCode(200);
        try (Connection db = portalRole("as-bristol", "avon-somerset"); Statement sql = db.createStatement()) {
            SQLException booking = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into booking (id, partner_id) values (-1, 'as-bristol')"));
            assertTrue(!booking.getMessage().contains("suspended"), "reopened: " + booking.getMessage());
            var seen = sql.executeQuery("select count(*) from partnership_change where partnership_id = 'avon-somerset'"
                    + " and action in ('SUSPENDED', 'REOPENED')");
            seen.next();
            assertTrue(seen.getInt(1) >= 2, "the partnership's members read its timeline");
        }
    }

    @Test
    void thePlatformAdminManagesAPartnershipsAdminsAndNoOneElse() {
        String n = UUID.randomUUID().toString().substring(0, 8);
        String id = open(opening("Mercia " + n + " CCTV Partnership", "first-" + n + "@example.test")).then()
                .statusCode(201).extract().path("id");
        String second = "second-" + n + "@example.test";
        given().auth().oauth2(operator()).contentType("application/json")
                .body(Map.of("firstName", "Sam", "lastName", "Second", "email", second))
                .post(API + "/" + id + "/admins")
                .then().statusCode(200).body("admins.email", hasItem(second));
        String person = given().auth().oauth2(operator()).get(API + "/" + id).then().extract().jsonPath()
                .getString("admins.find { it.email == '" + second + "' }.id");
        action(id, person, "deactivate").statusCode(200).body("state", equalTo("DEACTIVATED"));
        action(id, person, "reactivate").statusCode(200).body("state", equalTo("ACTIVE"));
        action(id, person, "invitation").statusCode(200).body("invitationSent", equalTo(true));
        given().auth().oauth2(operator()).get(API + "/" + id).then().body("timeline.action", equalTo(List.of(
                "OPENED", "ADMIN_INVITED", "ADMIN_INVITED", "ADMIN_DEACTIVATED", "ADMIN_REACTIVATED",
                "ADMIN_INVITATION_SENT")));
        // Another partnership's admin, or a council's person, is not found through this partnership.
        action("thames-valley", person, "deactivate").statusCode(404);
        String councilPerson = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/people").then()
                .extract().path("items[0].id");
        action("thames-valley", councilPerson, "deactivate").statusCode(404);
        // Both are listed as the partnership's admins (the console gives no other role).
        given().auth().oauth2(operator()).get(API + "/" + id).then()
                .body("admins.size()", equalTo(2));
    }

    private static io.restassured.response.ValidatableResponse action(String id, String person, String what) {
        return given().auth().oauth2(operator()).contentType("application/json")
                .post(API + "/" + id + "/admins/" + person + "/" + what).then();
    }

    private static List<Map<String, Object>> partnerships() {
        return given().auth().oauth2(operator()).get(API + "?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private static Map<String, String> opening(String name, String email) {
        String region = name.replace(" CCTV Partnership", "");
        return Map.of("name", name, "region", region, "officeName", "Office of the PCC for " + region,
                "firstName", "Jo", "lastName", "Admin", "email", email);
    }

    private static io.restassured.response.Response open(Map<String, String> body) {
        return given().auth().oauth2(operator()).contentType("application/json").body(body).post(API);
    }

    private static String auditOf(String partner) throws SQLException {
        StringBuilder actions = new StringBuilder();
        try (Connection db = portalRole(partner, null); Statement sql = db.createStatement();
                var rows = sql.executeQuery("select action from audit_event")) {
            while (rows.next()) {
                actions.append(rows.getString(1)).append(' ');
            }
        }
        return actions.toString();
    }

    private static Connection portalRole(String partner, String partnership) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false), set_config('app.partnership', '"
                    + (partnership == null ? "" : partnership) + "', false)");
        }
        return db;
    }

    private static Connection owner() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
