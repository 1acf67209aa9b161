package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.number;
import static org.cctvportal.monitoring.MonitoringFixture.portalRole;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees and changes which bookings: a council only its own, a hub's supervisor only those at its own hubs, and
 * the database refuses a council approving its own booking whatever SQL it sends. Bad input changes nothing.
 */
@QuarkusTest
class MonitoringAccessTest {

    FormSession oxford;

    @BeforeEach
    void session() {
        oxford = FormSession.of("oxford.manager");
    }

    @Test
    void aSupervisorSeesOnlyBookingsAtItsOwnHubsAndACouncilOnlyItsOwn() {
        long elsewhere = hub(MonitoringFixture.otherOperator(), 2, 5);
        LocalDate friday = friday();
        long booking = booked("oxford.manager", elsewhere, 2, friday + "T20:00", friday.plusDays(1) + "T02:00");
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/api/v1/bookings/" + booking).then()
                .statusCode(404);
        approve(booking).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("mk.manager")).get("/api/v1/bookings/" + booking).then()
                .statusCode(404);
        given().auth().oauth2(DemoUsers.token("mk.manager")).get("/bookings/" + booking).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/bookings/" + booking).then()
                .statusCode(200);
        given().auth().oauth2(DemoUsers.token("bristol.manager")).get("/api/v1/bookings/" + booking).then()
                .statusCode(404);
        long ours = hub("tv-ods", 2, 5);
        long atOurs = booked("mk.manager", ours, 2, friday + "T20:00", friday.plusDays(1) + "T02:00");
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/approvals").then().statusCode(200)
                .body(containsString("data-booking-id=\"" + atOurs + "\""))
                .body(org.hamcrest.Matchers.not(containsString("data-booking-id=\"" + booking + "\"")));
    }

    @Test
    void theDatabaseRefusesACouncilDecidingItsOwnBooking() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long booking = booked("oxford.manager", hub, 2, friday + "T20:00", friday.plusDays(1) + "T02:00");
        try (Connection db = portalRole("tv-oxford-city"); Statement sql = db.createStatement()) {
            SQLException decided = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update booking set status = 'APPROVED' where id = " + booking));
            assertTrue(decided.getMessage().contains("only the hub's operator decides"), decided.getMessage());
            SQLException occurrence = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update booking_occurrence set approved = true where booking_id = " + booking));
            assertTrue(occurrence.getMessage().contains("cannot change"), occurrence.getMessage());
            SQLException rebooked = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update booking set cameras = 1 where id = " + booking));
            assertTrue(rebooked.getMessage().contains("what was booked cannot change"), rebooked.getMessage());
            assertEquals(0, number(db, "select count(*) from booking_occurrence where approved and booking_id = "
                    + booking));
        }
        try (Connection db = portalRole("tv-milton-keynes"); Statement sql = db.createStatement()) {
            assertEquals(0, sql.executeUpdate("update booking set status = 'CANCELLED' where id = " + booking));
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        long before;
        try (Connection db = portalRole("tv-oxford-city")) {
            before = number(db, "select count(*) from booking");
        }
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "assetTags", java.util.List.of(), "recurrence", "WEEKLY", "localStart", "25:00",
                        "firstDate", "2027-02-30", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(400)
                .body("fieldErrors.cameraGroup", containsString("Enter a name"))
                .body("fieldErrors.cameras", containsString("Enter the asset tags"))
                .body("fieldErrors.days", containsString("at least one day"))
                .body("fieldErrors.localStart", containsString("24-hour time"))
                .body("fieldErrors.firstDate", containsString("real date"));
        oxford.form().formParam("hub", hub).formParam("cameraGroup", "Late night")
                .formParam("cameras", String.join(", ", MonitoringFixture.tags("tv-oxford-city", 3)))
                .formParam("recurrence", "ONE_OFF").formParam("startDate-day", "1").formParam("startDate-month", "1")
                .formParam("startDate-year", "2020").formParam("startTime", "20:00").formParam("endDate-day", "1")
                .formParam("endDate-month", "1").formParam("endDate-year", "2020").formParam("endTime", "19:00")
                .formParam("priority", "ROUTINE").post("/bookings").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("The start date must be today or in the future"))
                .body(containsString("The end must be after the start"));
        long otherHub = hub("tv-ods", 1, 1);
        given().auth().oauth2(DemoUsers.token("slough.manager")).contentType("application/json")
                .body(Map.of("hubId", otherHub, "cameraGroup", "x", "assetTags", java.util.List.of("SLO-0001"), "recurrence", "ONE_OFF",
                        "startsAt", friday() + "T20:00", "endsAt", friday() + "T21:00", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(400)
                .body("fieldErrors.hub", containsString("serves your partner"));
        try (Connection db = portalRole("tv-oxford-city")) {
            assertEquals(before, number(db, "select count(*) from booking"));
        }
    }

    @Test
    void aCouncilBooksOnTheFormAndSeesTheDecisionInItsList() {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        String location = oxford.form().formParam("hub", hub).formParam("cameraGroup", "Form nights")
                .formParam("cameras", String.join(" ", MonitoringFixture.tags("tv-oxford-city", 4)))
                .formParam("recurrence", "WEEKLY").formParam("days", "FRIDAY")
                .formParam("days", "SATURDAY").formParam("localStart", "20:00").formParam("localEnd", "04:00")
                .formParam("firstDate-day", friday.getDayOfMonth()).formParam("firstDate-month", friday.getMonthValue())
                .formParam("firstDate-year", friday.getYear())
                .formParam("lastDate-day", friday.plusDays(8).getDayOfMonth())
                .formParam("lastDate-month", friday.plusDays(8).getMonthValue())
                .formParam("lastDate-year", friday.plusDays(8).getYear()).formParam("priority", "HIGH")
                .post("/bookings").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/bookings/(\\d+).*", "$1"));
        FormSession supervisor = FormSession.of("ods.supervisor");
        supervisor.form().post("/approvals/" + id + "/approve").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).header("HX-Request", "true").get("/bookings")
                .then().statusCode(200)
                .body(containsString("data-booking-id=\"" + id + "\" data-status=\"APPROVED\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/bookings/calendar?week=" + friday).then()
                .statusCode(200).body(containsString("MB-" + id)).body(containsString("20:00 to"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/hubs/" + hub + "/calendar?week=" + friday)
                .then().statusCode(200).body(containsString("MB-" + id)).body(containsString("Oxford City Council"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/hubs/" + hub + "/day?date=" + friday)
                .then().statusCode(200).body(containsString("hour-table"));
    }

    @Test
    void aBookingNamesOnlyThePartnersOwnCamerasInUse() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long before;
        try (Connection db = portalRole("tv-oxford-city")) {
            before = number(db, "select count(*) from booking");
        }
        String unknown = "NO-SUCH-" + System.nanoTime();
        java.util.List<String> own = MonitoringFixture.tags("tv-oxford-city", 2);
        oxford.form().formParam("hub", hub).formParam("cameraGroup", "Unknown tag")
                .formParam("cameras", own.get(0) + ", " + unknown).formParam("recurrence", "ONE_OFF")
                .formParam("startDate-day", friday.getDayOfMonth()).formParam("startDate-month", friday.getMonthValue())
                .formParam("startDate-year", friday.getYear()).formParam("startTime", "20:00")
                .formParam("endDate-day", friday.getDayOfMonth()).formParam("endDate-month", friday.getMonthValue())
                .formParam("endDate-year", friday.getYear()).formParam("endTime", "23:00")
                .formParam("priority", "ROUTINE").post("/bookings").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("No camera of yours has the asset tag " + unknown));
        String theirs = MonitoringFixture.tags("tv-milton-keynes", 1).get(0);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Their camera", "assetTags", java.util.List.of(theirs),
                        "recurrence", "ONE_OFF", "startsAt", friday + "T20:00", "endsAt", friday + "T23:00",
                        "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(400)
                .body("fieldErrors.cameras", containsString("No camera of yours has the asset tag " + theirs));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Miscounted", "assetTags", own, "cameras", 3,
                        "recurrence", "ONE_OFF", "startsAt", friday + "T20:00", "endsAt", friday + "T23:00",
                        "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(400)
                .body("fieldErrors.cameras", containsString("must match the 2 asset tags"));
        try (Connection db = portalRole("tv-oxford-city")) {
            assertEquals(before, number(db, "select count(*) from booking"));
        }
    }

    @Test
    void aBookingsPageAndJsonListItsCameras() throws SQLException {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        java.util.List<String> own = MonitoringFixture.tags("tv-oxford-city", 3);
        long id = booked("oxford.manager", hub, 3, friday + "T20:00", friday.plusDays(1) + "T02:00");
        String page = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/bookings/" + id).then()
                .statusCode(200).body(containsString("data-testid=\"booking-cameras\"")).extract().asString();
        long cameraId;
        try (Connection db = portalRole("tv-oxford-city")) {
            cameraId = number(db, "select id from camera where asset_tag = '" + own.get(0) + "'");
            assertEquals(3, number(db, "select count(*) from booking_camera where booking_id = " + id));
        }
        for (String tag : own) {
            assertTrue(page.contains(">" + tag + "</a>"), tag + " is listed");
        }
        assertTrue(page.contains("/cameras/" + cameraId), "links to the camera's page");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/bookings/" + id).then()
                .statusCode(200).body("cameras", org.hamcrest.Matchers.equalTo(3))
                .body("assetTags", org.hamcrest.Matchers.equalTo(own));
    }
}
