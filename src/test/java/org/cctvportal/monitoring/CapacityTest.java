package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.cctvportal.monitoring.MonitoringFixture.staffOnly;
import static org.cctvportal.monitoring.MonitoringFixture.status;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A hub never watches more cameras than its staffed consoles allow: touching periods do not clash, exactly full is
 * allowed, one more is refused with the time and the numbers, and declined or cancelled bookings free capacity.
 */
@QuarkusTest
class CapacityTest {

    static final String OXFORD = "oxford.manager";

    @Test
    void touchingPeriodsDoNotClash() {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long night = booked(OXFORD, hub, 10, friday + "T20:00", friday.plusDays(1) + "T04:00");
        long morning = booked(OXFORD, hub, 10, friday.plusDays(1) + "T04:00", friday.plusDays(1) + "T08:00");
        approve(night).then().statusCode(200);
        approve(morning).then().statusCode(200);
        assertEquals("APPROVED", status(OXFORD, morning));
    }

    @Test
    void exactlyFullIsAllowedAndOneMoreCameraIsRefusedWithTheTimeAndNumbers() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long six = booked(OXFORD, hub, 6, friday + "T20:00", friday.plusDays(1) + "T04:00");
        long four = booked("mk.manager", hub, 4, friday + "T22:00", friday.plusDays(1) + "T02:00");
        long one = booked(OXFORD, hub, 1, friday + "T23:00", friday + "T23:30");
        approve(six).then().statusCode(200);
        approve(four).then().statusCode(200);
        String message = approve(one).then().statusCode(409).extract().path("message");
        assertTrue(message.contains(friday.getDayOfMonth() + " ") && message.contains("23:00"), message);
        assertTrue(message.contains("11 cameras would be booked where the hub can watch 10"), message);
        assertEquals("REQUESTED", status(OXFORD, one));
        try (Connection db = portalRole("tv-ods")) {
            assertEquals(0, number(db, "select count(*) from booking_occurrence where approved and booking_id = "
                    + one));
        }
    }

    @Test
    void theBookingPartnerReadsWhyAnApprovalWasRefusedOnItsBookingAndInTheApi() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        staffOnly(hub, 1);
        LocalDate friday = friday();
        long wide = booked(OXFORD, hub, 8, friday + "T20:00", friday.plusDays(1) + "T04:00");
        String message = approve(wide).then().statusCode(409).extract().path("message");

        String refusal = given().auth().oauth2(DemoUsers.token(OXFORD)).get("/api/v1/bookings/" + wide).then()
                .statusCode(200).extract().path("capacityRefusal");
        assertEquals(message, refusal);
        String page = given().auth().oauth2(DemoUsers.token(OXFORD)).get("/bookings/" + wide).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("data-testid=\"capacity-refusal\"") && page.contains(
                "8 cameras would be booked where the hub can watch 5"), "the partner's page says why");
        assertEquals("REQUESTED", status(OXFORD, wide));
        // The booking partner cannot rewrite the refusal: the database takes it from the hub's operator alone.
        try (Connection db = portalRole("tv-oxford-city")) {
            SQLException refused = assertThrows(SQLException.class, () -> db.createStatement().executeUpdate(
                    "update booking set capacity_refusal = 'Approved soon' where id = " + wide));
            assertTrue(refused.getMessage().contains("only the hub's operator notes a refused approval"),
                    refused.getMessage());
        }
    }

    @Test
    void declinedAndCancelledBookingsFreeCapacity() {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        String start = friday + "T20:00";
        String end = friday.plusDays(1) + "T04:00";
        long first = booked(OXFORD, hub, 10, start, end);
        long second = booked("mk.manager", hub, 10, start, end);
        long third = booked("mk.manager", hub, 10, start, end);
        approve(first).then().statusCode(200);
        approve(second).then().statusCode(409);
        MonitoringFixture.cancel(OXFORD, first).then().statusCode(200);
        approve(second).then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json")
                .body(Map.of("reason", " ")).post("/api/v1/bookings/" + third + "/decline").then().statusCode(400);
        assertEquals("REQUESTED", status("mk.manager", third));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json")
                .body(Map.of("reason", "Hub full that night")).post("/api/v1/bookings/" + third + "/decline")
                .then().statusCode(200);
        assertEquals("DECLINED", status("mk.manager", third));
        approve(third).then().statusCode(409);
        MonitoringFixture.cancel("mk.manager", second).then().statusCode(200);
        long fourth = booked(OXFORD, hub, 10, start, end);
        approve(fourth).then().statusCode(200);
    }

    @Test
    void aRecurringNightKeepsItsLocalTimesAcrossTheClockChanges() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        // The Saturdays before the last Sundays of March and October of next year, whatever today is.
        int year = TestClock.today().getYear() + 1;
        LocalDate octoberSaturday = LocalDate.of(year, 10, 31).with(TemporalAdjusters.previousOrSame(SUNDAY))
                .minusDays(1);
        LocalDate marchSaturday = LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(SUNDAY))
                .minusDays(1);
        long booking = ((Number) given().auth().oauth2(DemoUsers.token(OXFORD)).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Clock change nights", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 10), "recurrence",
                        "WEEKLY", "weekdays", java.util.List.of("SATURDAY"), "localStart", "20:00", "localEnd",
                        "04:00", "firstDate", marchSaturday.toString(), "lastDate", octoberSaturday.toString(),
                        "priority", "HIGH"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        approve(booking).then().statusCode(200);
        try (Connection db = portalRole("tv-oxford-city")) {
            String hours = "select extract(epoch from upper(period) - lower(period)) / 3600 from booking_occurrence "
                    + "where booking_id = " + booking + " and (lower(period) at time zone 'Europe/London')::date = ";
            assertEquals(7, number(db, hours + "'" + marchSaturday + "'"));
            assertEquals(9, number(db, hours + "'" + octoberSaturday + "'"));
            assertEquals(8, number(db, hours + "'" + octoberSaturday.minusWeeks(1) + "'"));
            assertEquals(0, number(db, "select count(*) from booking_occurrence where booking_id = " + booking
                    + " and (lower(period) at time zone 'Europe/London')::time <> '20:00' or booking_id = " + booking
                    + " and (upper(period) at time zone 'Europe/London')::time <> '04:00'"));
        }
    }
}
