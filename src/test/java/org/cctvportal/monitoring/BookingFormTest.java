package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * The booking form shows only the chosen recurrence's fields once scripts run (all of them without), hints the
 * cameras in the partner's own tag format, lists the partner's cameras to search and tick, and keeps ticked cameras
 * as a named group the partner picks again; another partner never sees that group.
 */
@QuarkusTest
class BookingFormTest {

    private static final String MK = "tv-milton-keynes";

    @Test
    void theFormRevealsOnlyTheChosenRecurrenceAndHintsTheCamerasInThePartnersOwnFormat() {
        List<String> own = tags(MK, 2);
        String page = given().auth().oauth2(DemoUsers.token("mk.manager")).get("/bookings/new").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("like " + own.get(0) + ", " + own.get(1)), "the hint uses Milton Keynes's own tags");
        assertTrue(page.contains("class=\"govuk-radios__conditional\" id=\"conditional-weekly\""),
                "weekly is chosen, so its fields are shown");
        assertTrue(page.contains("govuk-radios__conditional--hidden\" id=\"conditional-once\""),
                "the one-off fields are hidden once scripts run");
        assertTrue(page.contains("data-aria-controls=\"conditional-once\""));
        assertTrue(page.contains("Station and Theatre District"), "the demo's saved group can be picked");
        assertTrue(page.contains("value=\"" + own.get(0) + "\""), "the picker lists the partner's cameras");
    }

    @Test
    void thePickerMapsMarkersAreFetchedOnceApartFromTheFormAndNameOnlyThePartnersOwnCameras() {
        List<String> own = tags(MK, 1);
        String oxfordTag = tags("tv-oxford-city", 1).get(0);
        String page = given().auth().oauth2(DemoUsers.token("mk.manager")).get("/bookings/new").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("data-markers-url=\"/bookings/new/markers\""), "the map says where its markers are");
        assertFalse(page.contains("&quot;lat&quot;"), "the form itself carries no markers");
        String rerender = FormSession.of("mk.manager").form().formParam("cameraSearch", own.get(0))
                .header("HX-Request", "true").post("/bookings/preview").then().statusCode(200).extract().asString();
        assertFalse(rerender.contains("&quot;lat&quot;"), "a re-render of the form carries no markers either");

        String markers = given().auth().oauth2(DemoUsers.token("mk.manager")).accept("application/json")
                .get("/bookings/new/markers").then().statusCode(200).contentType("application/json").extract()
                .asString();
        assertTrue(markers.contains("\"tag\":\"" + own.get(0) + "\""), "the partner's camera is a marker: " + markers
                .substring(0, Math.min(200, markers.length())));
        assertTrue(markers.contains("\"lat\":") && markers.contains("\"site\":"));
        assertFalse(markers.contains(oxfordTag), "another partner's camera is never a marker");
        given().auth().oauth2(DemoUsers.token("mk.viewer")).get("/bookings/new/markers").then().statusCode(403);
    }

    @Test
    void searchingAndTickingFillTheBookingsCamerasAndAGroupIsSavedAndPickedAgain() {
        List<String> own = tags(MK, 3);
        FormSession manager = FormSession.of("mk.manager");

        String list = manager.form().formParam("cameraSearch", own.get(2).toLowerCase())
                .formParam("pick", own.get(0)).header("HX-Request", "true").header("HX-Target", "camera-picker")
                .post("/bookings/preview").then().statusCode(200).extract().asString();
        assertFalse(list.contains("<html") || list.contains("booking-preview"), "HTMX gets the list alone");
        assertTrue(list.contains("value=\"" + own.get(0) + "\" checked"), "a ticked camera stays listed and ticked");
        assertTrue(list.contains("value=\"" + own.get(2) + "\">"), "the camera searched for is listed");
        assertFalse(list.contains("value=\"" + own.get(1) + "\""), "a camera not searched for is not");

        String preview = manager.form().formParam("pick", own.get(0)).formParam("pick", own.get(1))
                .formParam("cameras", own.get(2)).header("HX-Request", "true").post("/bookings/preview").then()
                .statusCode(200).extract().asString();
        assertTrue(preview.contains("fill in:") && !preview.contains("cameras to monitor"),
                "ticked cameras count as the booking's cameras: " + preview);

        String name = "Ticked " + System.nanoTime();
        String saved = manager.form().formParam("pick", own.get(0)).formParam("pick", own.get(1))
                .formParam("groupName", name).formParam("recurrence", "WEEKLY").post("/bookings/groups").then()
                .statusCode(200).extract().asString();
        assertTrue(saved.contains("data-testid=\"group-saved\"") && saved.contains(name), "the group is saved");
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + name).matcher(saved);
        assertTrue(option.find(), "the new group can be picked");

        String picked = manager.form().formParam("group", option.group(1)).formParam("useGroup", "yes")
                .formParam("recurrence", "WEEKLY").post("/bookings/preview").then().statusCode(200).extract()
                .asString();
        assertTrue(picked.contains("value=\"" + own.get(0) + "\" checked")
                && picked.contains("value=\"" + own.get(1) + "\" checked"), "picking the group ticks its cameras");
        assertFalse(picked.contains("value=\"" + own.get(2) + "\" checked"));

        String unnamed = manager.form().formParam("pick", own.get(0)).formParam("groupName", " ")
                .post("/bookings/groups").then().statusCode(400).extract().asString();
        assertTrue(unnamed.contains("Enter a name for the saved group"));

        String oxford = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/bookings/new").then()
                .statusCode(200).extract().asString();
        assertFalse(oxford.contains(name) || oxford.contains("Station and Theatre District"),
                "another partner never sees Milton Keynes's groups");
        assertEquals(-1, oxford.indexOf("value=\"" + own.get(0) + "\""), "nor its cameras");
    }
}
