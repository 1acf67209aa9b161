package org.cctvportal.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.notify.NotifyFixture;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A manager's subscriptions on the real stack: addresses inside the portal's networks and bad input are refused with
 * nothing made; a paused subscription gets nothing until resumed; a replaced secret signs at once and the old one no
 * longer does; a subscription whose receiver keeps failing is marked failing and its managers are told; another
 * partner cannot see it, and a deleted one is gone with its history.
 */
@QuarkusTest
class WebhookSubscriptionTest {

    @AfterEach
    void deleteSubscriptions() {
        WebhookFixture.deleteMade();
    }

    @Test
    void internalAddressesAndBadInputAreRefusedAndNothingIsMade() {
        String token = DemoUsers.token("oxford.manager");
        long before = total(token);
        Map<String, String> refused = Map.of(
                "http://169.254.169.254/latest/meta-data/", "private or internal network",
                "https://10.1.2.3/hook", "private or internal network",
                "https://192.168.0.10/hook", "private or internal network",
                "https://[fd00:ec2::254]/hook", "private or internal network",
                "ftp://example.org/hook", "starting https://",
                "https://user:pass@example.org/hook", "without a user name or password");
        refused.forEach((url, message) -> given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url, "events", List.of("booking.decided"))).post("/api/v1/webhooks").then()
                .statusCode(400).body("fieldErrors.url", containsString(message)));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", "https://receiver.example.org/hook", "events", List.of("camera.stolen")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("fieldErrors.events", containsString("Unknown kind of event: camera.stolen"));
        given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/v1/webhooks").then()
                .statusCode(400).body("fieldErrors.url", containsString("Enter the address"))
                .body("fieldErrors.events", containsString("at least one"));
        assertEquals(before, total(token), "nothing was made");
    }

    @Test
    void aPausedSubscriptionGetsNothingUntilResumedAndARotatedSecretSignsAtOnce() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath made = WebhookFixture.subscribe("oxford.manager", receiver.url(), "booking.decided");
            long id = made.getLong("id");
            String token = DemoUsers.token("oxford.manager");
            given().auth().oauth2(token).contentType("application/json").post("/api/v1/webhooks/" + id + "/pause")
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PAUSED"));
            long hub = NotifyFixture.hub();
            NotifyFixture.approve(NotifyFixture.book(hub, 6));
            Receiver.sleep(3000);
            assertEquals(List.of(), receiver.received(), "a paused subscription was sent an event");

            String rotated = given().auth().oauth2(token).contentType("application/json")
                    .post("/api/v1/webhooks/" + id + "/secret").then().statusCode(200).extract().path("secret");
            assertNotEquals(made.getString("secret"), rotated);
            given().auth().oauth2(token).contentType("application/json").post("/api/v1/webhooks/" + id + "/resume")
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
            long booking = NotifyFixture.book(hub, 7);
            NotifyFixture.approve(booking);
            Receiver.Received delivery = receiver.await(1, WebhookDeliveryTest.WAIT).get(0);
            assertEquals(booking, JsonPath.from(delivery.body()).getLong("data.bookingId"),
                    "only the event after resuming is delivered");
            assertTrue(WebhookDeliveryTest.verifies(delivery, rotated), "the new secret signs");
            assertFalse(WebhookDeliveryTest.verifies(delivery, made.getString("secret")), "the old one does not");
        }
    }

    @Test
    void aSubscriptionThatKeepsFailingIsMarkedFailingAndItsManagersAreTold() throws Exception {
        try (Receiver receiver = new Receiver(500, 500, 500, 500, 500, 500, 500, 500, 500, 500)) {
            long id = WebhookFixture.subscribe("oxford.manager", receiver.url(), "booking.decided").getLong("id");
            NotifyFixture.approve(NotifyFixture.book(NotifyFixture.hub(), 8));
            receiver.await(3, WebhookDeliveryTest.WAIT);
            Instant end = Instant.now().plusSeconds(20);
            while (!"FAILING".equals(WebhookFixture.subscription("oxford.manager", id).getString("status"))) {
                assertTrue(Instant.now().isBefore(end), "never marked failing");
                Receiver.sleep(250);
            }
            assertEquals(1, notificationsAbout(id), "the manager's bell tells of the failing webhook");
            given().auth().oauth2(DemoUsers.token("mk.manager")).get("/api/v1/webhooks/" + id).then().statusCode(404);

            given().auth().oauth2(DemoUsers.token("oxford.manager")).delete("/api/v1/webhooks/" + id).then()
                    .statusCode(204);
            given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/webhooks/" + id + "/deliveries")
                    .then().statusCode(404);
        }
    }

    private static long total(String token) {
        return given().auth().oauth2(token).get("/api/v1/webhooks?size=1").then().statusCode(200).extract()
                .jsonPath().getLong("total");
    }

    /** Oxford's notifications that link to this subscription, for any of its managers. */
    private static int notificationsAbout(long id) throws Exception {
        try (Connection db = MonitoringFixture.portalRole("tv-oxford-city");
                PreparedStatement sql = db.prepareStatement("select count(distinct source_key) from notification"
                        + " where kind = 'WEBHOOK_FAILING' and link = ?")) {
            sql.setString(1, "/webhooks/" + id);
            ResultSet rows = sql.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }
}
