package org.cctvportal.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Partners in phases: the moves the partnership admin may make (and the clear refusal of the others), each with a
 * reason and an effective date kept as the partner's timeline and in the audit; what an onboarding partner may and may
 * not do, on the server and in the database; the demo's roll-out and the PCC dashboard's panel.
 */
@QuarkusTest
class PartnerPhasesTest {

    static final String ONBOARDING = "tv-west-berkshire";

    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    @Test
    void aPartnerMovesThroughItsPhasesWithAReasonAndADateAndOtherMovesAreRefused() {
        String id = PartnerGovernanceTest.admit("Reading Borough Council");
        String admin = DemoUsers.token("opcc.admin");
        phase(admin, id, Map.of("phase", "PROPOSED", "reason", "Back to the start")).statusCode(400)
                .body("fieldErrors.phase", containsString("is onboarding and cannot move to proposed"))
                .body("fieldErrors.phase", containsString("it can move to live or withdrawn"));
        phase(admin, id, Map.of("phase", "LIVE", "effectiveDate", today().plusDays(1).toString(), "reason", "Soon"))
                .statusCode(400).body("fieldErrors.effective", containsString("today or on a past date"));
        phase(admin, id, Map.of("phase", "LIVE")).statusCode(400).body("fieldErrors", hasKey("phaseReason"));
        phase(admin, id, Map.of("phase", "LIVE", "effectiveDate", today().minusDays(1).toString(),
                "reason", "Before its admission")).statusCode(400)
                .body("fieldErrors.effective", containsString("before the partner's last one"));
        phase(admin, id, Map.of("phase", "LIVE", "effectiveDate", today().toString(),
                "reason", "Cameras handed over to the hub")).statusCode(200).body("status", equalTo("LIVE"));
        phase(admin, id, Map.of("phase", "SUSPENDED", "effectiveDate", today().minusDays(3).toString(),
                "reason", "Backdated too far")).statusCode(400)
                .body("fieldErrors.effective", containsString("before the partner's last one"));
        phase(admin, id, Map.of("phase", "SUSPENDED", "reason", "Recharge unpaid")).statusCode(200);
        phase(admin, id, Map.of("phase", "LIVE", "reason", "Recharge paid")).statusCode(200);
        phase(admin, id, Map.of("phase", "WITHDRAWN", "reason", "Left the partnership")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        phase(admin, id, Map.of("phase", "LIVE", "reason", "Back")).statusCode(400)
                .body("fieldErrors.phase", containsString("withdrawn for good"));

        JsonPath timeline = given().auth().oauth2(DemoUsers.token("opcc.analyst"))
                .get("/api/v1/partners/" + id + "/phases").then().statusCode(200).body("$", hasSize(5))
                .body("[0].from", nullValue()).body("[0].to", equalTo("ONBOARDING"))
                .body("[1].to", equalTo("LIVE")).body("[1].effective", equalTo(today().toString()))
                .body("[1].reason", equalTo("Cameras handed over to the hub"))
                .body("[1].changedBy", equalTo("opcc.admin")).body("[4].to", equalTo("WITHDRAWN"))
                .extract().jsonPath();
        assertTrue(timeline.getList("to").equals(List.of("ONBOARDING", "LIVE", "SUSPENDED", "LIVE", "WITHDRAWN")),
                timeline.prettify());

        given().auth().oauth2(admin).get("/partners/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"phase-timeline\"")).body(containsString("Recharge unpaid"));
        given().auth().oauth2(admin).get("/partners/" + id + "/manage").then().statusCode(200)
                .body(containsString("data-testid=\"no-next-phase\"")).body(containsString("has withdrawn"));
        JsonPath events = given().auth().oauth2(DemoUsers.token("opcc.auditor")).get("/api/v1/audit-events?size=100")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> moves = events.getList("events.findAll { it.action == 'partner.phase-changed'"
                + " && it.entityId == '" + id + "' }");
        assertTrue(moves.size() == 4 && moves.stream().anyMatch(e -> e.get("summary").toString()
                .contains("from Live to Suspended on " + Formats.day(today()) + ". Reason: Recharge unpaid")), moves.toString());
        given().auth().oauth2(admin).get("/assurance/notices").then().statusCode(200)
                .body(containsString("Withdrew from the partnership on"));
    }

    @Test
    void onlyThePartnershipAdminOfThePartnersOwnPartnershipChangesAPhaseAndNeverItsOwn() {
        String id = PartnerGovernanceTest.admit("Bracknell Council");
        phase(DemoUsers.token("opcc.analyst"), id, Map.of("phase", "LIVE", "reason", "x")).statusCode(403);
        phase(DemoUsers.token("as-opcc.admin"), id, Map.of("phase", "LIVE", "reason", "x")).statusCode(404);
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/api/v1/partners/" + id + "/phases").then()
                .statusCode(404);
        phase(DemoUsers.token("opcc.admin"), "tv-opcc", Map.of("phase", "SUSPENDED", "reason", "x")).statusCode(400)
                .body("fieldErrors.phase", containsString("your own partner"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/api/v1/partners/" + id).then()
                .body("status", equalTo("ONBOARDING"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).accept("application/json").get("/q/openapi").then()
                .statusCode(200).body("paths.'/api/v1/partners/{id}/phase'.put", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/partners/{id}/phases'.get", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theManagePageChangesAPhaseAndShowsTheFormsMessages() {
        String id = PartnerGovernanceTest.admit("Windsor Council");
        FormSession admin = FormSession.of("opcc.admin");
        admin.form().formParam("phase", "LIVE").formParam("effectiveDay", "31").formParam("effectiveMonth", "2")
                .formParam("effectiveYear", "2025").formParam("phaseReason", "").post("/partners/" + id + "/phase")
                .then().statusCode(400).body(containsString("data-testid=\"error-summary\""))
                .body(containsString("href=\"#effective\"")).body(containsString("href=\"#phaseReason\""));
        LocalDate day = today();
        admin.form().formParam("phase", "LIVE").formParam("effectiveDay", day.getDayOfMonth())
                .formParam("effectiveMonth", day.getMonthValue()).formParam("effectiveYear", day.getYear())
                .formParam("phaseReason", "Go-live checks passed").post("/partners/" + id + "/phase").then()
                .statusCode(303).header("Location", containsString("/partners/" + id + "/manage?saved=true"));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/partners/" + id + "/manage?saved=true").then()
                .statusCode(200).body(containsString("data-testid=\"phase-now\">Live<"))
                .body(containsString("Go-live checks passed"));
    }

    @Test
    void theDemoShowsTheSeedsRollOutAndTheDashboardItsPanel() {
        String analyst = DemoUsers.token("opcc.analyst");
        given().auth().oauth2(analyst).get("/api/v1/partners/tv-slough/phases").then().statusCode(200)
                .body("to", equalTo(List.of("PROPOSED", "ONBOARDING", "LIVE")))
                .body("[2].effective", equalTo("2025-09-01"));
        given().auth().oauth2(analyst).get("/api/v1/partners/tv-milton-keynes/phases").then()
                .body("to", equalTo(List.of("LIVE"))).body("[0].effective", equalTo("2024-04-01"));
        given().auth().oauth2(analyst).get("/api/v1/partners").then()
                .body("findAll { it.id == 'tv-west-berkshire' }.status", equalTo(List.of("ONBOARDING")))
                .body("findAll { it.id == 'tv-wokingham' }.status", equalTo(List.of("PROPOSED")))
                .body("id", hasItems("tv-oxford-city", "tv-cherwell"));
        String whole = given().auth().oauth2(analyst).get("/dashboard/partnership").then().statusCode(200)
                .body(containsString("data-testid=\"roll-out\"")).extract().asString();
        String page = whole.substring(whole.indexOf("data-testid=\"roll-out\""),
                whole.indexOf("data-testid=\"assurance\""));
        assertTrue(page.contains("data-partner=\"tv-milton-keynes\"") && page.contains(Formats.day(LocalDate.of(2024, 4, 1)))
                && page.contains("data-partner=\"tv-slough\"") && page.contains(Formats.day(LocalDate.of(2025, 9, 1))), "go-live dates");
        assertTrue(!page.contains("data-partner=\"tv-wokingham\""), "a proposed partner has no go-live date");
        assertTrue(page.contains("data-phase=\"PROPOSED\""), "every phase is counted");
    }

    @Test
    void anOnboardingPartnersManagerBuildsItsEstateButBooksAndSharesNothing() {
        String manager = DemoUsers.token("wberks.manager");
        given().auth().oauth2(manager).get("/").then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/profile").then().body("status", equalTo("ONBOARDING"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("name", "Newbury Market Place " + UUID.randomUUID().toString().substring(0, 4),
                        "kind", "TOWN_CENTRE", "postcode", "RG14 5BD")).post("/api/v1/sites").then().statusCode(201);
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("hubId", 1, "cameraGroup", "Town centre", "recurrence", "ONE_OFF"))
                .post("/api/v1/bookings").then().statusCode(403)
                .body("message", containsString("onboarding in the partnership, so it cannot book monitoring"));
        given().auth().oauth2(manager).get("/bookings/new").then().statusCode(403)
                .body(containsString("Your organisation is not live yet"));
        LocalDateTime start = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusHours(3).withNano(0)
                .withSecond(0);
        long item = ((Number) given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("title", "Incident " + UUID.randomUUID().toString().substring(0, 6),
                        "category", "INCIDENT", "start", start.toString(), "end", start.plusHours(1).toString(),
                        "description", "Footage the police asked for"))
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("recipient", "tv-police", "expires", today().plusDays(7).toString(),
                        "reason", "Request from the police"))
                .post("/api/v1/evidence/" + item + "/shares").then().statusCode(403)
                .body("message", containsString("cannot share evidence"));
    }

    @Test
    void theDatabaseRefusesABookingAndAnEvidenceShareOfAPartnerThatIsNotLive() throws SQLException {
        try (Connection db = portalRole(ONBOARDING); Statement sql = db.createStatement()) {
            SQLException booking = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into booking (id, partner_id) values (-1, '" + ONBOARDING + "')"));
            assertTrue(booking.getMessage().contains("only a live partner books monitoring"), booking.getMessage());
            SQLException share = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into evidence_share (id, partner_id, recipient_partner_id) values (-1, '" + ONBOARDING
                            + "', 'tv-police')"));
            assertTrue(share.getMessage().contains("only a live partner shares evidence"), share.getMessage());
            SQLException timeline = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into partner_phase_change (id, partner_id, to_phase, effective_date, reason, changed_by,"
                            + " changed_at) values (-1, '" + ONBOARDING + "', 'LIVE', current_date, 'x', 'x', now())"));
            assertTrue(timeline.getMessage().contains("permission denied"), timeline.getMessage());
            SQLException notPcc = assertThrows(SQLException.class, () -> sql.executeQuery(
                    "select partner_change_phase('" + ONBOARDING + "', 'LIVE', current_date, 'x', 'x', now())"));
            assertTrue(notPcc.getMessage().contains("only the partnership's PCC office"), notPcc.getMessage());
        }
        try (Connection db = portalRole("tv-oxford-city"); Statement sql = db.createStatement()) {
            SQLException receive = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into evidence_share (id, partner_id, recipient_partner_id) values (-1, 'tv-oxford-city',"
                            + " '" + ONBOARDING + "')"));
            assertTrue(receive.getMessage().contains("only a live partner receives evidence"), receive.getMessage());
            // A live partner passes the check and is stopped only by what the row lacks.
            SQLException live = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "insert into booking (id, partner_id) values (-1, 'tv-oxford-city')"));
            assertTrue(!live.getMessage().contains("live partner"), live.getMessage());
        }
    }

    private static io.restassured.response.ValidatableResponse phase(String token, String id, Map<String, String> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/partners/" + id + "/phase").then();
    }

    private static Connection portalRole(String partner) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        try (Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
        }
        return db;
    }
}
