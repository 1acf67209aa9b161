package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.cctvportal.monitoring.MonitoringFixture.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager moves a council from one hub to another with its bookings: everything from the chosen day
 * moves (earlier nights stay where they were watched), all or nothing against the target's capacity with every night
 * that does not fit named, only to a hub that already serves the council, and the council is told. Dates follow the
 * fixed test clock; every hub is the test's own.
 */
@QuarkusTest
class HubMovesTest {

    /** A Friday two months after the test clock's today: the first night below, a week before the move. */
    private static final LocalDate FRIDAY = MonitoringFixture.friday();
    private static final LocalDate MOVE = FRIDAY.plusDays(3);

    @Test
    void everyBookingFromTheDayMovesAndTheCouncilIsServedByTheOtherHubAlone() throws SQLException {
        long source = MonitoringFixture.hub("tv-ods", 1, 8);
        long target = MonitoringFixture.hub("tv-ods", 1, 8);
        long before = night("oxford.manager", source, 2, FRIDAY);
        long after = night("oxford.manager", source, 3, FRIDAY.plusWeeks(1));
        long waiting = booked("oxford.manager", source, 1, FRIDAY.plusWeeks(2) + "T20:00",
                FRIDAY.plusWeeks(2).plusDays(1) + "T02:00");
        long weekly = weekly(source, FRIDAY, FRIDAY.plusWeeks(3));
        approve(before).then().statusCode(200);
        approve(after).then().statusCode(200);
        approve(weekly).then().statusCode(200);
        long mk = night("mk.manager", source, 1, FRIDAY.plusWeeks(1));
        approve(mk).then().statusCode(200);

        FormSession ods = FormSession.of("ods.manager");
        String done = move(ods.form(), "tv-oxford-city", source, target, MOVE).then().statusCode(303).extract()
                .header("Location");
        // The result is a page of its own: reading it again (a reload) shows the same bookings and moves nothing.
        for (int read = 0; read < 2; read++) {
            String page = ods.form().get(done).then().statusCode(200)
                    .body(containsString("Oxford City Council moved to")).extract().asString();
            assertEquals(3, page.split("data-testid=\"moved-booking\"", -1).length - 1,
                    "the later night, the waiting request and the weekly booking moved");
        }
        FormSession.of("oxford.manager").form().get(done).then().statusCode(404);
        ods.form().get(done.replaceAll("source=\\d+", "source=x")).then().statusCode(404);

        assertEquals("APPROVED", status("oxford.manager", before), "the night before the move stays");
        assertEquals("CANCELLED", status("oxford.manager", after));
        assertEquals("CANCELLED", status("oxford.manager", waiting));
        assertEquals("APPROVED", status("mk.manager", mk), "another council's booking stays");
        try (Connection db = portalRole("tv-oxford-city")) {
            assertEquals(1, number(db, "select count(*) from booking_occurrence where booking_id = " + weekly),
                    "the weekly booking keeps its first Friday at the first hub");
            assertEquals(3, number(db, "select count(*) from booking_occurrence o join booking b on b.id ="
                    + " o.booking_id where b.hub_id = " + target + " and b.recurrence = 'WEEKLY' and o.approved"));
            assertEquals(2, number(db, "select count(*) from booking where hub_id = " + target
                    + " and status = 'APPROVED'"));
            assertEquals(1, number(db, "select count(*) from booking where hub_id = " + target
                    + " and status = 'REQUESTED'"));
            assertEquals(0, number(db, "select count(*) from hub_served_partner where hub_id = " + source
                    + " and partner_id = 'tv-oxford-city'"));
            assertEquals(1, number(db, "select count(*) from switch_off_notice where kind = 'HUB_SERVICE_ENDED'"
                    + " and source_key like 'hub:" + source + ":%'"));
            assertEquals(1, number(db, "select count(*) from booking where id = " + after + " and cancel_reason"
                    + " like 'Moved to %'"));
            assertEquals(1, number(db, "select count(*) from booking where id = " + weekly + " and last_date = '"
                    + FRIDAY + "'"), "the weekly booking split by the move now ends on its last night left");
            // Nobody but the hub's operator shortens a booking, and never to leave a night after its last date.
            try (java.sql.Statement sql = db.createStatement()) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.executeUpdate("update booking set last_date = '" + FRIDAY + "' where id = "
                                + moverOf(db, weekly, target)));
                org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("cannot change"),
                        refused.getMessage());
            }
        }
        try (Connection db = portalRole("tv-ods"); java.sql.Statement sql = db.createStatement()) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> sql.executeUpdate("update booking set last_date = '" + FRIDAY.plusWeeks(3)
                            + "' where id = " + weekly), "a booking is never lengthened");
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("cannot change"),
                    refused.getMessage());
        }
        FormSession.of("oxford.manager").form().get(MonitoringLinks.booking(weekly)).then().statusCode(200)
                .body(containsString(org.cctvportal.platform.web.Formats.day(FRIDAY) + " to "
                        + org.cctvportal.platform.web.Formats.day(FRIDAY)))
                .body(org.hamcrest.Matchers.not(containsString(org.cctvportal.platform.web.Formats.day(
                        FRIDAY.plusWeeks(3)))));
        // The first hub's load no longer counts the moved nights: it takes a full night again.
        approve(night("mk.manager", source, 7, FRIDAY.plusWeeks(1))).then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("ods.auditor")).get("/api/v1/audit-events?size=50").then()
                .body(containsString("hub.bookings-moved"));
    }

    @Test
    void aMoveThatDoesNotFitNamesEveryNightAndChangesNothing() throws SQLException {
        long source = MonitoringFixture.hub("tv-ods", 1, 8);
        long target = MonitoringFixture.hub("tv-ods", 1, 8);
        long first = night("oxford.manager", source, 3, FRIDAY.plusWeeks(1));
        long second = night("oxford.manager", source, 3, FRIDAY.plusWeeks(2));
        long third = night("oxford.manager", source, 3, FRIDAY.plusWeeks(3));
        approve(first).then().statusCode(200);
        approve(second).then().statusCode(200);
        approve(third).then().statusCode(200);
        approve(night("mk.manager", target, 6, FRIDAY.plusWeeks(1))).then().statusCode(200);
        approve(night("mk.manager", target, 6, FRIDAY.plusWeeks(3))).then().statusCode(200);

        move(FormSession.of("ods.manager").form(), "tv-oxford-city", source, target, MOVE).then().statusCode(400)
                .body(containsString("cannot take 2 nights, so nothing was moved"))
                .body(containsString(org.cctvportal.platform.web.Formats.day(FRIDAY.plusWeeks(1)) + " (9 cameras"
                        + " booked, 8 it can watch)"))
                .body(containsString(org.cctvportal.platform.web.Formats.day(FRIDAY.plusWeeks(3))));
        for (long booking : List.of(first, second, third)) {
            assertEquals("APPROVED", status("oxford.manager", booking));
        }
        try (Connection db = portalRole("tv-oxford-city")) {
            assertEquals(0, number(db, "select count(*) from booking where hub_id = " + target
                    + " and partner_id = 'tv-oxford-city'"));
            assertEquals(1, number(db, "select count(*) from hub_served_partner where hub_id = " + source
                    + " and partner_id = 'tv-oxford-city'"));
        }
    }

    @Test
    void onlyTheOperatorsManagerMovesAndOnlyToAHubThatAlreadyServesTheCouncil() {
        long source = MonitoringFixture.hub("tv-ods", 1, 8);
        long target = MonitoringFixture.hub("tv-ods", 1, 8);
        long booking = night("mk.manager", source, 2, FRIDAY.plusWeeks(1));
        FormSession.of("ods.manager").form().get("/hubs/moves").then().statusCode(200)
                .body(containsString("data-testid=\"move-form\""));
        FormSession.of("oxford.manager").form().get("/hubs/moves").then().statusCode(404);
        move(FormSession.of("ods.supervisor").form(), "tv-milton-keynes", source, target, MOVE).then()
                .statusCode(403);
        move(FormSession.of("ods.manager").form(), "", source, source, FRIDAY.minusMonths(3)).then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Select a partner one of your hubs serves"))
                .body(containsString("Select a hub other than the one the bookings move from"))
                .body(containsString("The bookings move from today or later"));
        // Cherwell is served by neither test hub: the target must be agreed by the partnership admin first.
        MonitoringFixture.serve(source, "tv-cherwell");
        move(FormSession.of("ods.manager").form(), "tv-cherwell", source, target, MOVE).then().statusCode(400)
                .body(containsString("does not serve Cherwell District Council yet"));
        String manager = DemoUsers.token("ods.manager");
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("partner", "tv-milton-keynes",
                "sourceHub", source, "targetHub", target, "from", "next week")).post("/api/v1/hubs/moves").then()
                .statusCode(400).body("fieldErrors.from", containsString("ISO date"));
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("partner", "tv-milton-keynes",
                "sourceHub", source, "targetHub", target, "from", MOVE.toString())).post("/api/v1/hubs/moves")
                .then().statusCode(200).body("moved", hasSize(1)).body("moved[0].fromBooking", org.hamcrest.Matchers
                        .equalTo((int) booking));
        assertEquals("CANCELLED", status("mk.manager", booking));
    }

    @Test
    void anotherOperatorsHubOrAnotherPartnershipsPartnerMovesNothing() throws SQLException {
        long source = MonitoringFixture.hub("tv-ods", 1, 8);
        long theirs = MonitoringFixture.hub(MonitoringFixture.otherOperator(), 1, 8);
        long booking = night("oxford.manager", source, 2, FRIDAY.plusWeeks(1));
        move(FormSession.of("ods.manager").form(), "tv-oxford-city", source, theirs, MOVE).then().statusCode(400)
                .body(containsString("Select the hub the bookings move to"));
        move(FormSession.of("ods.manager").form(), "as-bristol", source, source + 1, MOVE).then().statusCode(400)
                .body(containsString("Select a partner one of your hubs serves"));
        assertEquals("REQUESTED", status("oxford.manager", booking));
        // The database refuses the move to anyone but the operator of both hubs, whatever the portal's code does.
        String call = "select count(*) from booking_move_hub('tv-oxford-city', " + source + ", " + theirs
                + ", now(), 'x', now(), 'x')";
        for (String partner : List.of("tv-ods", "tv-oxford-city", MonitoringFixture.otherOperator())) {
            try (Connection db = portalRole(partner); java.sql.Statement sql = db.createStatement()) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> sql.executeQuery(call));
                org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("operator of both hubs"),
                        refused.getMessage());
            }
        }
        assertEquals("REQUESTED", status("oxford.manager", booking));
    }

    /** The booking the move made at the target from a weekly one. */
    private static long moverOf(Connection db, long weekly, long target) throws SQLException {
        return number(db, "select id from booking where hub_id = " + target + " and notes like '%(was MB-" + weekly
                + ")%'");
    }

    private static io.restassured.response.Response move(RequestSpecification form, String partner, long source,
            long target, LocalDate from) {
        return form.formParam("partner", partner).formParam("source", source).formParam("target", target)
                .formParam("from-day", from.getDayOfMonth()).formParam("from-month", from.getMonthValue())
                .formParam("from-year", from.getYear()).post("/hubs/moves");
    }

    /** A one-off Friday night, 20:00 to 02:00 London time. */
    private static long night(String user, long hub, int cameras, LocalDate friday) {
        return booked(user, hub, cameras, friday + "T20:00", friday.plusDays(1) + "T02:00");
    }

    private static long weekly(long hub, LocalDate first, LocalDate last) {
        return ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Weekly test nights", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 1), "recurrence", "WEEKLY", "weekdays",
                        List.of("FRIDAY"), "localStart", "21:00", "localEnd", "23:00", "firstDate", first.toString(),
                        "lastDate", last.toString(), "priority", "ROUTINE")).post("/api/v1/bookings").then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
