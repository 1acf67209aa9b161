package org.cctvportal.notify;

import static io.restassured.RestAssured.given;
import static org.cctvportal.notify.NotifyFixture.approve;
import static org.cctvportal.notify.NotifyFixture.awaitMessage;
import static org.cctvportal.notify.NotifyFixture.book;
import static org.cctvportal.notify.NotifyFixture.mail;
import static org.cctvportal.notify.NotifyFixture.messagesWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each person's choices obeyed: a kind turned off reaches the bell and no mailbox, a kind in the digest waits for the
 * daily e-mail, which holds the day's notifications together; a choice that is not one is refused with nothing
 * changed; a person reaches only their own notifications.
 */
@QuarkusTest
class PreferencesTest {

    static final String MANAGER = "oxford.manager";

    @Inject
    DigestJob digests;

    @AfterEach
    void atOnceAgain() {
        choose("NOW").then().statusCode(303);
    }

    static io.restassured.response.Response choose(String decided) {
        RequestSpecification form = FormSession.of(MANAGER).form();
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.security()) {
                form.formParam(kind.name(), kind == NotificationKind.BOOKING_DECIDED ? decided : "NOW");
            }
        }
        return form.post("/notifications/preferences");
    }

    @Test
    void aKindTurnedOffReachesTheBellButNoMailbox() {
        choose("OFF").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/notifications/preferences").then().statusCode(200)
                .body(containsString("value=\"OFF\" checked"));
        long booking = book(NotifyFixture.hub(), 9);
        String reference = "MB-" + booking;
        approve(booking);
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/notifications").then().statusCode(200)
                .body(containsString("approved your booking " + reference));
        awaitMessage(mail("ods.supervisor"), reference);
        NotifyFixture.sleep(3000);
        assertEquals(List.of(), messagesWith(mail(MANAGER), "booking " + reference));
    }

    @Test
    void theDigestHoldsTheDaysNotificationsInOneEmail() {
        choose("DIGEST").then().statusCode(303);
        long hub = NotifyFixture.hub();
        long first = book(hub, 10);
        long second = book(hub, 11);
        approve(first);
        approve(second);
        awaitMessage(mail("ods.supervisor"), "MB-" + second);
        NotifyFixture.sleep(2000);
        assertEquals(List.of(), messagesWith(mail(MANAGER), "MB-" + first), "not sent at once");
        digests.sendAll();
        String digest = awaitMessage(mail(MANAGER), "MB-" + first);
        assertTrue(digest.contains("Subject: Your CCTV Partnership Portal notifications for"), digest);
        assertTrue(digest.contains("MB-" + second), "the day's second decision is in the same e-mail: " + digest);
        digests.sendAll();
        NotifyFixture.sleep(2000);
        assertEquals(1, messagesWith(mail(MANAGER), "MB-" + first).size(), "one digest, sent once");
    }

    @Test
    void aChoiceThatIsNotOneIsRefusedAndNothingChanges() {
        choose("SOMETIMES").then().statusCode(400).body(containsString("Select how you get notifications"));
        given().auth().oauth2(DemoUsers.token(MANAGER)).get("/notifications/preferences").then().statusCode(200)
                .body(containsString("name=\"BOOKING_DECIDED\" type=\"radio\" value=\"NOW\" checked"));
    }

    @Test
    void aPersonReachesOnlyTheirOwnNotifications() {
        long booking = book(NotifyFixture.hub(), 12);
        awaitMessage(mail("ods.supervisor"), "MB-" + booking);
        String id = NotificationIds.newestOf("ods.supervisor");
        FormSession.of("ods.operator").form().post("/notifications/" + id + "/read").then().statusCode(404);
        FormSession.of("oxford.manager").form().post("/notifications/" + id + "/read").then().statusCode(404);
        FormSession.of("ods.supervisor").form().post("/notifications/" + id + "/read").then().statusCode(303);
        FormSession.of("ods.supervisor").form().post("/notifications/not-an-id/read").then().statusCode(404);
    }

    @Test
    void theHeadersCountFollowsWhatIsUnread() {
        FormSession.of("ods.supervisor").form().post("/notifications/read").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/notifications/badge").then().statusCode(200)
                .body(containsString("Notifications")).body(org.hamcrest.Matchers.not(containsString("unread")));
        long booking = book(NotifyFixture.hub(), 14);
        awaitMessage(mail("ods.supervisor"), "MB-" + booking);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/notifications/badge").then().statusCode(200)
                .body(containsString(">1<span class=\"govuk-visually-hidden\"> unread</span>"));
        // The page's header, which reads the person as the check of their standing did: their name and the count.
        String html = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/").then().statusCode(200)
                .body(containsString("hx-get=\"/notifications/badge\""))
                .body(containsString("data-testid=\"signed-in-user\">Rachel Green<"))
                .body(containsString(">1<span class=\"govuk-visually-hidden\"> unread</span>"))
                .extract().contentType();
        // The lists render in their own transaction: the header's count is read there, sent as every page is.
        for (String list : new String[] {"/cameras", "/findings"}) {
            given().auth().oauth2(DemoUsers.token("ods.supervisor")).get(list).then().statusCode(200)
                    .contentType(equalTo(html))
                    .body(containsString(">1<span class=\"govuk-visually-hidden\"> unread</span>"));
        }
    }
}
