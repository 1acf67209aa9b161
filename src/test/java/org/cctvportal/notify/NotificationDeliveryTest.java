package org.cctvportal.notify;

import static org.cctvportal.notify.NotifyFixture.approve;
import static org.cctvportal.notify.NotifyFixture.awaitMessage;
import static org.cctvportal.notify.NotifyFixture.book;
import static org.cctvportal.notify.NotifyFixture.mail;
import static org.cctvportal.notify.NotifyFixture.messagesWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notifications by e-mail on the real mail server: a booking request reaches the hub's supervisors and a decision
 * the booking partner's managers, and nobody else (not another role of either partner, not another partner, not
 * another partnership); the e-mail is a sentence and a link with the way to change one's choices.
 */
@QuarkusTest
class NotificationDeliveryTest {

    static final List<String> NEVER = List.of("ods.operator", "ods.manager", "ods.evidence", "oxford.viewer",
            "oxford.evidence", "mk.manager", "opcc.admin", "tvp.evidence", "as-opcc.admin", "bristol.manager");

    @Test
    void aBookingRequestReachesTheHubsSupervisorsAndNobodyElse() {
        long booking = book(NotifyFixture.hub(), 6);
        String reference = "MB-" + booking;
        String message = awaitMessage(mail("ods.supervisor"), reference);
        assertTrue(message.contains("Subject: Booking " + reference + " waits for approval at Notify hub"), message);
        assertTrue(message.contains("Oxford City Council asks Notify hub"), message);
        assertTrue(message.contains("/approvals"), "the e-mail links to the approvals: " + message);
        assertTrue(message.contains("/notifications/preferences"), "the footer leads to the choices: " + message);
        assertTrue(message.contains("Content-Type: text/html") && message.contains("Content-Type: text/plain"),
                "a text and an HTML part: " + message);
        assertTrue(message.contains("Message-ID: <"), message);
        assertNobodyElseHas(reference, "ods.supervisor");
    }

    @Test
    void aDecisionReachesTheBookingPartnersManagersAndNobodyElse() {
        long booking = book(NotifyFixture.hub(), 7);
        String reference = "MB-" + booking;
        approve(booking);
        String message = awaitMessage(mail("oxford.manager"), "Booking " + reference + " was approved");
        assertTrue(message.contains("approved your booking " + reference), message);
        awaitMessage(mail("ods.supervisor"), reference);
        NotifyFixture.sleep(2000);
        assertNobodyElseHas(reference, "ods.supervisor", "oxford.manager");
        assertEquals(1, messagesWith(mail("oxford.manager"), "Booking " + reference + " was approved").size(),
                "one e-mail per decision");
    }

    static void assertNobodyElseHas(String text, String... recipients) {
        for (String user : NEVER) {
            if (!List.of(recipients).contains(user)) {
                assertFalse(!messagesWith(mail(user), text).isEmpty(), user + " was told of " + text);
            }
        }
    }
}
