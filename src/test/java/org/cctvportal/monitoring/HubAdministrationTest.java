package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.oneOff;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.cctvportal.monitoring.MonitoringFixture.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager runs its hubs from the portal: opens one, staffs it from a date, proposes the partners it
 * serves (the PCC office agrees before anyone may book), refuses a plan that leaves approved nights over capacity
 * unless the decision is made explicitly, and closes it only once nothing is left to watch, telling each partner.
 */
@QuarkusTest
class HubAdministrationTest {

    /** Monday 1 March 2027, 10:00 in London: every date below follows from it, never from today. */
    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final LocalDate FRIDAY = LocalDate.of(2027, 3, 12);

    @BeforeEach
    void clock() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void onlyTheOperatorsManagerOpensAHubAndBadInputChangesNothing() throws SQLException {
        long before = hubs();
        manager().formParam("name", "").formParam("consoles", "lots").formParam("camerasPerOperator", "0")
                .formParam("openFrom", "18:00").formParam("opensOn-day", "31").formParam("opensOn-month", "2")
                .formParam("opensOn-year", "2027").post("/hubs").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Enter the hub&#39;s name"))
                .body(containsString("Enter the consoles as a whole number from 1 to 200"))
                .body(containsString("Enter both opening and closing times"))
                .body(containsString("must be a real date"));
        FormSession.of("oxford.manager").form().get("/hubs/new").then().statusCode(404);
        hubForm(FormSession.of("oxford.manager").form(), "Council hub " + System.nanoTime()).post("/hubs").then()
                .statusCode(404);
        assertEquals(before, hubs());
        // The database refuses a council running a hub whatever the portal's code does.
        try (Connection council = portalRole("tv-cherwell"); Statement sql = council.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("insert into hub (id,"
                    + " partnership_id, operator_partner_id, name, address, consoles, cameras_per_operator,"
                    + " opening_pattern) values (nextval('hub_seq'), 'thames-valley', 'tv-cherwell', 'Council hub',"
                    + " '1 Street', 1, 1, 'Always')"));
            assertTrue(refused.getMessage().contains("only a monitoring operator runs a hub"), refused.getMessage());
        }
        long hub = open("Overnight hub " + System.nanoTime());
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/hubs/" + hub).then().statusCode(200)
                .body(containsString("20:00 to 04:00 (overnight)"))
                .body(containsString("href=\"/hubs/" + hub + "/staffing\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/hubs/" + hub).then().statusCode(200)
                .body(not(containsString("href=\"/hubs/" + hub + "/edit\"")));
    }

    @Test
    void aPartnerBooksOnlyOnceThePccOfficeHasAgreedTheOperatorsProposal() throws SQLException {
        long hub = open("Proposed hub " + System.nanoTime());
        staffed(manager(), hub, LocalDate.of(2027, 3, 1), 2, 2).then().statusCode(303);
        manager().formParam("partner", "tv-milton-keynes").post("/hubs/" + hub + "/partners").then().statusCode(303);
        manager().formParam("partner", "tv-ods").post("/hubs/" + hub + "/partners").then().statusCode(400)
                .body(containsString("Select a council, business or police force"));
        String night = FRIDAY + "T20:00";
        oneOff("mk.manager", hub, 2, night, FRIDAY.plusDays(1) + "T02:00").then().statusCode(400)
                .body("fieldErrors.hub", containsString("serves your partner"));
        // Proposing is not serving: the operator cannot make itself the agreement in the database either.
        try (Connection ods = portalRole("tv-ods"); Statement sql = ods.createStatement()) {
            assertThrows(SQLException.class, () -> sql.execute("insert into hub_served_partner (hub_id, partner_id)"
                    + " values (" + hub + ", 'tv-milton-keynes')"));
        }
        FormSession.of("opcc.admin").form().get("/hubs/" + hub + "/partners").then().statusCode(200)
                .body(containsString("data-testid=\"proposed-row\""));
        FormSession.of("opcc.admin").form().post("/hubs/" + hub + "/partners/tv-milton-keynes/agree").then()
                .statusCode(303);
        long booking = booked("mk.manager", hub, 2, night, FRIDAY.plusDays(1) + "T02:00");
        approve(booking).then().statusCode(200);
        // Ending the service cancels what is left to watch and tells the partner.
        manager().formParam("reason", "").post("/hubs/" + hub + "/partners/tv-milton-keynes/end").then()
                .statusCode(400);
        assertEquals("APPROVED", status("mk.manager", booking));
        manager().formParam("reason", "Milton Keynes' evenings move to another hub").post("/hubs/" + hub
                + "/partners/tv-milton-keynes/end").then().statusCode(303);
        assertEquals("CANCELLED", status("mk.manager", booking));
        assertEquals(1, notices("tv-milton-keynes", hub));
    }

    @Test
    void aPlanThatBreaksApprovedNightsIsRefusedWithThemOrAcceptedOnTheRecord() throws SQLException {
        long hub = servingOxford("Staffed hub " + System.nanoTime());
        long booking = booked("oxford.manager", hub, 6, FRIDAY + "T20:00", FRIDAY.plusDays(1) + "T02:00");
        approve(booking).then().statusCode(200);
        LocalDate from = LocalDate.of(2027, 3, 8);
        staffed(manager(), hub, from, 2, 1).then().statusCode(400)
                .body(containsString("over capacity on 1 night: Fri 12 Mar 2027"))
                .body(containsString("data-testid=\"accept-breaches\""));
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/hubs/" + hub).then()
                .body(not(containsString("data-testid=\"upcoming-staffing\"")));
        staff(manager(), hub, from, 2, 1).formParam("acceptBreaches", "yes").post("/hubs/" + hub + "/staffing")
                .then().statusCode(400).body(containsString("Enter why the plan is accepted"));
        staff(FormSession.of("ods.supervisor").form(), hub, from, 2, 1).formParam("acceptBreaches", "yes")
                .formParam("reason", "Agency cover is booked for that Friday").post("/hubs/" + hub + "/staffing")
                .then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/hubs/" + hub).then()
                .body(containsString("data-testid=\"upcoming-staffing\""));
        given().auth().oauth2(DemoUsers.token("ods.auditor")).get("/api/v1/audit-events?size=50").then()
                .body(containsString("hub.staffing-over-capacity"))
                .body(containsString("Agency cover is booked for that Friday"));
    }

    @Test
    void aHubClosesOnlyOnceNothingIsLeftToWatchAndItsPartnersAreTold() throws SQLException {
        long hub = servingOxford("Closing hub " + System.nanoTime());
        long booking = booked("oxford.manager", hub, 2, FRIDAY + "T20:00", FRIDAY.plusDays(1) + "T02:00");
        approve(booking).then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/hubs/" + hub + "/close").then().statusCode(200)
                .body(containsString("data-testid=\"booking-left\""));
        close(hub, LocalDate.of(2027, 3, 10)).then().statusCode(400)
                .body(containsString("1 booking is still to be watched from that day"))
                .body(containsString("MB-" + booking));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body("{\"reason\": \"The hub is closing\"}").post("/api/v1/bookings/" + booking + "/cancel").then()
                .statusCode(200);
        close(hub, LocalDate.of(2027, 3, 10)).then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/hubs/" + hub).then()
                .body(containsString("data-testid=\"hub-closes\""));
        assertEquals(1, notices("tv-oxford-city", hub));
        oneOff("oxford.manager", hub, 1, FRIDAY + "T20:00", FRIDAY.plusDays(1) + "T02:00").then().statusCode(400)
                .body("fieldErrors.hub", containsString("closes on 10 Mar 2027"));
    }

    @Test
    void theApiOpensStaffsAndAgreesAHubWithThePagesRulesAndMessages() {
        String manager = DemoUsers.token("ods.manager");
        given().auth().oauth2(manager).contentType("application/json").body(java.util.Map.of("name", "",
                "consoles", 0)).post("/api/v1/hubs").then().statusCode(400)
                .body("fieldErrors.name", containsString("Enter the hub's name"))
                .body("fieldErrors.consoles", containsString("from 1 to 200"));
        Number hub = given().auth().oauth2(manager).contentType("application/json").body(java.util.Map.of("name",
                "API hub " + System.nanoTime(), "address", "1 Control Room Way", "consoles", 2,
                "camerasPerOperator", 5, "opensOn", "2027-03-01")).post("/api/v1/hubs").then().statusCode(201)
                .extract().path("id");
        java.util.List<Integer> two = java.util.Collections.nCopies(7, 2);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json")
                .body(java.util.Map.of("effectiveFrom", "2027-03-01", "days", two, "nights", two))
                .post("/api/v1/hubs/" + hub + "/staffing").then().statusCode(200);
        given().auth().oauth2(manager).contentType("application/json").body("{\"partner\": \"tv-cherwell\"}")
                .post("/api/v1/hubs/" + hub + "/proposals").then().statusCode(204);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json").body("{}")
                .post("/api/v1/hubs/" + hub + "/proposals/tv-cherwell/agreement").then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json").body("{}")
                .post("/api/v1/hubs/" + hub + "/proposals/tv-cherwell/agreement").then().statusCode(204);
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/api/v1/hubs/" + hub).then()
                .statusCode(200).body("servedPartners", org.hamcrest.Matchers.hasItem("tv-cherwell"));
    }

    private static RequestSpecification manager() {
        return FormSession.of("ods.manager").form();
    }

    private static RequestSpecification hubForm(RequestSpecification form, String name) {
        return form.formParam("name", name).formParam("address", "1 Control Room Way").formParam("consoles", "3")
                .formParam("camerasPerOperator", "4").formParam("openFrom", "20:00").formParam("openUntil", "04:00")
                .formParam("opensOn-day", "1").formParam("opensOn-month", "3").formParam("opensOn-year", "2027");
    }

    /** A hub opened by ODS's manager on the form; its id from where the answer sends the browser. */
    static long open(String name) {
        String location = hubForm(manager(), name).post("/hubs").then().statusCode(303).extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/hubs/(\\d+).*", "$1"));
    }

    /** A hub with 2 consoles on every day and night, serving Oxford (proposed, then agreed). */
    private static long servingOxford(String name) {
        long hub = open(name);
        staffed(manager(), hub, LocalDate.of(2027, 3, 1), 2, 2).then().statusCode(303);
        manager().formParam("partner", "tv-oxford-city").post("/hubs/" + hub + "/partners").then().statusCode(303);
        FormSession.of("opcc.admin").form().post("/hubs/" + hub + "/partners/tv-oxford-city/agree").then()
                .statusCode(303);
        return hub;
    }

    private static RequestSpecification staff(RequestSpecification form, long hub, LocalDate from, int day,
            int night) {
        form.formParam("effectiveFrom-day", from.getDayOfMonth()).formParam("effectiveFrom-month",
                from.getMonthValue()).formParam("effectiveFrom-year", from.getYear());
        for (DayOfWeek d : DayOfWeek.values()) {
            form.formParam("day-" + d.name().toLowerCase(), day).formParam("night-" + d.name().toLowerCase(), night);
        }
        return form;
    }

    private static io.restassured.response.Response staffed(RequestSpecification form, long hub, LocalDate from,
            int day, int night) {
        return staff(form, hub, from, day, night).post("/hubs/" + hub + "/staffing");
    }

    private static io.restassured.response.Response close(long hub, LocalDate on) {
        return manager().formParam("closesOn-day", on.getDayOfMonth()).formParam("closesOn-month", on.getMonthValue())
                .formParam("closesOn-year", on.getYear()).formParam("reason", "The lease ends")
                .post("/hubs/" + hub + "/close");
    }

    private static long hubs() throws SQLException {
        try (Connection db = portalRole("tv-ods")) {
            return number(db, "select count(*) from hub");
        }
    }

    private static long notices(String partner, long hub) throws SQLException {
        try (Connection db = portalRole(partner)) {
            return number(db, "select count(*) from switch_off_notice where kind = 'HUB_SERVICE_ENDED'"
                    + " and source_key like 'hub:" + hub + ":%'");
        }
    }
}
