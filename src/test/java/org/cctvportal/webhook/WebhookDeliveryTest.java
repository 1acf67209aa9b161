package org.cctvportal.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cctvportal.notify.NotifyFixture;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks delivered to real HTTP receivers on the loopback address, through the real database and the sender's
 * schedule: a booking decided for the subscriber's partner arrives signed, and the test checks the signature on its
 * own; a receiver that fails (500, then silence past the timeout) and recovers gets the delivery on a retry, with each
 * attempt in the history; another partner's events never reach the subscription; findings and switch-off notices
 * raised by a partner's changes are told as counts with a link; evidence shared with a force reaches the force's
 * receiver with ids, a date and a link, and none of the item's or the people's details.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    UnattendedWork unattended;

    @Inject
    WebhookService webhooks;

    @AfterEach
    void deleteSubscriptions() {
        WebhookFixture.deleteMade();
    }

    @Test
    void aDecidedBookingArrivesSignedWithIdsAndALinkOnly() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath made = WebhookFixture.subscribe("oxford.manager", receiver.url(), "booking.decided");
            String secret = made.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            long booking = NotifyFixture.book(NotifyFixture.hub(), 3);
            NotifyFixture.approve(booking);

            Receiver.Received delivery = receiver.await(1, WAIT).get(0);
            assertEquals("POST", delivery.method());
            assertEquals("booking.decided", delivery.header("Portal-Event"));
            assertTrue(verifies(delivery, secret), "the signature checks: " + delivery.header("Portal-Signature"));
            assertFalse(verifies(delivery, secret.replace('_', '-') + "x"), "another secret does not check");
            JsonPath body = JsonPath.from(delivery.body());
            assertEquals("booking.decided", body.getString("kind"));
            assertEquals("tv-oxford-city", body.getString("partner"));
            assertEquals(booking, body.getLong("data.bookingId"));
            assertEquals("approved", body.getString("data.decision"));
            assertTrue(body.getString("link").endsWith("/bookings/" + booking), body.getString("link"));
            assertEquals(Map.of("bookingId", 0, "reference", 0, "decision", 0).keySet(),
                    body.getMap("data").keySet(), "ids, a reference and the decision only");

            long id = made.getLong("id");
            List<Map<String, Object>> history = awaitHistory(id, 1);
            assertEquals(204, history.get(0).get("statusCode"));
            assertNull(history.get(0).get("nextRetryAt"));
            assertEquals(delivery.header("Portal-Delivery"), history.get(0).get("deliveryId"));
            assertNull(WebhookFixture.subscription("oxford.manager", id).get("secret"), "the secret is shown once");
        }
    }

    @Test
    void aReceiverThatFailsThenFallsSilentGetsTheDeliveryWhenItRecovers() throws Exception {
        try (Receiver receiver = new Receiver(500, Receiver.SILENT)) {
            JsonPath made = WebhookFixture.subscribe("oxford.manager", receiver.url(), "booking.decided");
            long booking = NotifyFixture.book(NotifyFixture.hub(), 4);
            NotifyFixture.approve(booking);

            List<Receiver.Received> tries = receiver.await(3, WAIT);
            assertEquals(1, tries.stream().map(r -> r.header("Portal-Delivery")).distinct().count(),
                    "one delivery, tried three times");
            assertEquals(1, tries.stream().map(Receiver.Received::body).distinct().count(), "the same body each time");
            assertTrue(verifies(tries.get(2), made.getString("secret")));

            List<Map<String, Object>> history = awaitHistory(made.getLong("id"), 3);
            Map<String, Object> delivered = history.get(0);
            Map<String, Object> silent = history.get(1);
            Map<String, Object> refused = history.get(2);
            assertEquals(204, delivered.get("statusCode"));
            assertNull(delivered.get("error"));
            assertNull(silent.get("statusCode"));
            assertEquals("No answer within the time allowed", silent.get("error"));
            assertNotNull(silent.get("nextRetryAt"));
            assertEquals(500, refused.get("statusCode"));
            assertEquals("The receiver answered 500", refused.get("error"));
            assertTrue(Instant.parse((String) refused.get("nextRetryAt"))
                    .isAfter(Instant.parse((String) refused.get("attemptedAt"))), "a retry after a wait");
            JsonPath after = WebhookFixture.subscription("oxford.manager", made.getLong("id"));
            assertEquals("ACTIVE", after.getString("status"));
            assertEquals(0, after.getInt("consecutiveFailures"));
        }
    }

    @Test
    void anotherPartnersEventsNeverReachTheSubscription() throws Exception {
        try (Receiver oxford = new Receiver(); Receiver miltonKeynes = new Receiver()) {
            WebhookFixture.subscribe("oxford.manager", oxford.url(), "booking.decided");
            WebhookFixture.subscribe("mk.manager", miltonKeynes.url(), "booking.decided");
            long booking = WebhookFixture.book("mk.manager", "tv-milton-keynes", NotifyFixture.hub(), 5);
            NotifyFixture.approve(booking);

            Receiver.Received delivery = miltonKeynes.await(1, WAIT).get(0);
            assertEquals(booking, JsonPath.from(delivery.body()).getLong("data.bookingId"));
            Receiver.sleep(3000);
            assertEquals(List.of(), oxford.received(), "Oxford's receiver heard of Milton Keynes' booking");
        }
    }

    @Test
    void aFlaggedCameraRaisesFindingsAndACancelledBookingASwitchOffNoticeEachToldWithACountAndALink()
            throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath made = WebhookFixture.subscribe("mk.manager", receiver.url(), "finding.raised",
                    "switch-off-notice.raised");
            WebhookFixture.flaggedCamera("mk.manager");
            String findingBody = receiver.await(1, WAIT).get(0).body();
            JsonPath finding = JsonPath.from(findingBody);
            assertEquals("finding.raised", finding.getString("kind"));
            assertEquals("tv-milton-keynes", finding.getString("partner"));
            assertTrue(finding.getInt("data.raised") >= 1, finding.prettify());
            assertTrue(finding.getString("link").endsWith("/findings"), finding.getString("link"));
            assertFalse(findingBody.contains("Hikvision") || findingBody.contains("MK-WH-"), "no camera details");

            long booking = WebhookFixture.book("mk.manager", "tv-milton-keynes", NotifyFixture.hub(), 9);
            NotifyFixture.approve(booking);
            WebhookFixture.cancel("mk.manager", booking);
            Receiver.Received notice = receiver.await(2, WAIT).get(1);
            assertEquals("switch-off-notice.raised", notice.header("Portal-Event"));
            assertEquals(1, JsonPath.from(notice.body()).getInt("data.raised"));
            assertTrue(verifies(notice, made.getString("secret")));
            assertEquals(2, receiver.received().size(), "the booking's decision was not subscribed to");
        }
    }

    @Test
    void evidenceSharedWithAForceReachesTheForcesReceiverWithIdsAndALinkOnly() throws Exception {
        // The force's system subscribes as its partner would (the demo realm has no manager at the force).
        try (Receiver force = new Receiver(); Receiver oxford = new Receiver()) {
            WebhookService.WithSecret made = unattended.forPartner("tv-police", "thames-valley",
                    () -> webhooks.create(new WebhookService.Command(force.url(), "Force evidence system",
                            List.of("evidence.shared"))));
            WebhookFixture.subscribe("oxford.manager", oxford.url(), "evidence.shared");
            try {
                String reference = "TVP/WH/" + java.util.UUID.randomUUID().toString().substring(0, 8);
                String title = "Webhook share of a disorder " + reference;
                Number item = given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                        .body(Map.of("title", title, "category", "POLICE_REQUEST", "start",
                                TestClock.londonNow().minusHours(3).withNano(0).withSecond(0).toString(), "end",
                                TestClock.londonNow().minusHours(2).withNano(0).withSecond(0).toString(),
                                "description", "Jane Doe, born 1990, seen on camera", "policeReference", reference))
                        .post("/api/v1/evidence").then().statusCode(201).extract().path("id");
                Number share = given().auth().oauth2(DemoUsers.token("oxford.evidence"))
                        .contentType("application/json").body(Map.of("recipient", "tv-police", "expires",
                                TestClock.today().plusDays(7).toString(), "reason", "Crime 4321 for DC Smith"))
                        .post("/api/v1/evidence/" + item + "/shares").then().statusCode(201).extract().path("id");

                Receiver.Received delivery = force.await(1, WAIT).get(0);
                assertEquals("evidence.shared", delivery.header("Portal-Event"));
                assertTrue(verifies(delivery, made.secret()), "signed with the force's secret");
                JsonPath body = JsonPath.from(delivery.body());
                assertEquals("evidence.shared", body.getString("kind"));
                assertEquals("tv-police", body.getString("partner"));
                assertEquals(share.longValue(), body.getLong("data.shareId"));
                assertEquals("tv-oxford-city", body.getString("data.sharedBy"));
                assertEquals(TestClock.today().plusDays(7).toString(), body.getString("data.until"));
                assertEquals(java.util.Set.of("shareId", "sharedBy", "until"), body.getMap("data").keySet(),
                        "ids and a date only");
                assertTrue(body.getString("link").endsWith("/evidence"), body.getString("link"));
                for (String personal : List.of(title, reference, "Jane Doe", "DC Smith", "Crime 4321",
                        "oxford.evidence")) {
                    assertFalse(delivery.body().contains(personal), "the delivery carries " + personal);
                }
                // The sharing council's own subscription hears nothing: the event is the recipient's.
                Receiver.sleep(3000);
                assertEquals(List.of(), oxford.received(), "Oxford's receiver heard of its own share");
            } finally {
                unattended.forPartner("tv-police", "thames-valley", () -> {
                    webhooks.delete(made.subscription().id);
                    return null;
                });
            }
        }
    }

    /** The receiver's check, written from the integration guide rather than the portal's code. */
    static boolean verifies(Receiver.Received delivery, String secret) throws Exception {
        String header = delivery.header("Portal-Signature");
        assertNotNull(header, "a Portal-Signature header");
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair[0].equals("t")) {
                t = pair[1];
            } else if (pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        assertNotNull(t);
        long age = Math.abs(org.cctvportal.support.TestClock.now().getEpochSecond() - Long.parseLong(t));
        assertTrue(age < 300, "the timestamp is recent: " + t);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + delivery.body()).getBytes(StandardCharsets.UTF_8));
        return v1 != null && MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    static List<Map<String, Object>> awaitHistory(long subscription, int count) {
        Instant end = Instant.now().plus(WAIT);
        List<Map<String, Object>> history = WebhookFixture.history("oxford.manager", subscription);
        while (history.size() < count && Instant.now().isBefore(end)) {
            Receiver.sleep(250);
            history = WebhookFixture.history("oxford.manager", subscription);
        }
        assertEquals(count, history.size(), "attempts recorded: " + history);
        return history;
    }
}
