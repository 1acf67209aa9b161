package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.approve;
import static org.cctvportal.monitoring.MonitoringFixture.booked;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.status;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a booking asks first: a page that says what the hub loses and asks why; without a reason nothing is
 * cancelled, and with one the hub's supervisor reads it on the booking.
 */
@QuarkusTest
class BookingCancelTest {

    @Test
    void cancellingAnApprovedBookingAsksWhyAndTheHubReadsTheReason() {
        long hub = hub("tv-ods", 2, 5);
        LocalDate friday = friday();
        long id = booked("oxford.manager", hub, 2, friday + "T20:00", friday.plusDays(1) + "T02:00");
        approve(id).then().statusCode(200);
        FormSession oxford = FormSession.of("oxford.manager");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/bookings/" + id).then().statusCode(200)
                .body(containsString("href=\"/bookings/" + id + "/cancel\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/bookings/" + id + "/cancel").then()
                .statusCode(200).body(containsString("Are you sure you want to cancel this booking?"))
                .body(containsString("has agreed to watch these cameras and will stop"));

        oxford.form().formParam("reason", "  ").post("/bookings/" + id + "/cancel").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("Enter why you are cancelling this booking"));
        assertEquals("APPROVED", status("oxford.manager", id));

        oxford.form().formParam("reason", "The match was moved to an afternoon kick-off")
                .post("/bookings/" + id + "/cancel").then().statusCode(303);
        assertEquals("CANCELLED", status("oxford.manager", id));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/bookings/" + id).then().statusCode(200)
                .body(containsString("The match was moved to an afternoon kick-off"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/api/v1/bookings/" + id).then()
                .statusCode(200).body("cancelReason", org.hamcrest.Matchers.equalTo(
                        "The match was moved to an afternoon kick-off"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).redirects().follow(false)
                .get("/bookings/" + id + "/cancel").then().statusCode(303);
    }
}
