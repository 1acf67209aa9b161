package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.friday;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.cctvportal.monitoring.MonitoringFixture.staffOnly;
import static org.cctvportal.monitoring.MonitoringFixture.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Before a booking is sent, its form shows what the rota gives at the chosen times and what it costs: a Friday
 * night asking for 8 cameras of a hub whose plan staffs one of its two consoles (5 cameras) is flagged as one approval would refuse,
 * as the fields change (HTMX) and with the "Check" button alone (no JavaScript); nothing is booked by looking.
 */
@QuarkusTest
class BookingPreviewTest {

    @Test
    void theFormShowsTheCapacityTheRotaGivesAndTheCostBeforeSubmitting() {
        long hub = hub("tv-ods", 2, 5);
        staffOnly(hub, 1);
        int before = bookings();
        FormSession manager = FormSession.of("oxford.manager");

        String fragment = fridayNight(manager.form(), hub).header("HX-Request", "true").post("/bookings/preview")
                .then().statusCode(200).extract().asString();
        assertFalse(fragment.contains("<html"), "HTMX gets the preview alone");
        assertTrue(fragment.contains("data-least=\"5\" data-cameras=\"8\""), fragment);
        assertTrue(fragment.contains("data-testid=\"preview-overbooks\""), "an approval would be refused");
        assertTrue(fragment.contains("At the tariff (") && fragment.contains("<strong>&#163;"), "the cost at the tariff");

        String page = fridayNight(manager.form(), hub).post("/bookings/preview").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("data-testid=\"booking-form\"") && page.contains("value=\"Friday nights\""),
                "without JavaScript the whole form comes back as it was filled in");
        assertTrue(page.contains("data-testid=\"preview-overbooks\""));
        assertEquals(before, bookings(), "looking books nothing");

        String partial = manager.form().formParam("hub", Long.toString(hub)).header("HX-Request", "true")
                .post("/bookings/preview").then().statusCode(200).extract().asString();
        assertTrue(partial.contains("To see the capacity and the cost, fill in:"), partial);
    }

    private static RequestSpecification fridayNight(RequestSpecification form, long hub) {
        LocalDate friday = friday();
        LocalDate saturday = friday.plusDays(1);
        return form.formParam("hub", Long.toString(hub)).formParam("cameraGroup", "Friday nights")
                .formParam("cameras", String.join(", ", tags("tv-oxford-city", 8)))
                .formParam("recurrence", "ONE_OFF").formParam("priority", "ROUTINE")
                .formParam("startDate-day", Integer.toString(friday.getDayOfMonth()))
                .formParam("startDate-month", Integer.toString(friday.getMonthValue()))
                .formParam("startDate-year", Integer.toString(friday.getYear())).formParam("startTime", "22:00")
                .formParam("endDate-day", Integer.toString(saturday.getDayOfMonth()))
                .formParam("endDate-month", Integer.toString(saturday.getMonthValue()))
                .formParam("endDate-year", Integer.toString(saturday.getYear())).formParam("endTime", "04:00");
    }

    private static int bookings() {
        List<?> list = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/bookings?size=200").then()
                .statusCode(200).extract().path("items");
        return list.size();
    }
}
