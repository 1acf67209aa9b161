package org.cctvportal.notify;

import static io.restassured.RestAssured.given;
import static org.cctvportal.notify.NotifyFixture.awaitMessage;
import static org.cctvportal.notify.NotifyFixture.mail;
import static org.cctvportal.notify.NotifyFixture.messagesWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The other kinds, each to its people and nobody else: evidence shared with a force (its evidence officers, never the
 * item's title or the reason), the daily scan's share ending (the sharer), subject access request overdue (the
 * partner's managers) and licence ending (the operator's managers and supervisors), told once however often the scan
 * runs; and the demo's ratified specification, switch-off notices and evidence shares in the bells of the people
 * they concern.
 */
@QuarkusTest
class NotificationKindsTest {

    @Inject
    DailyScan scan;

    @Test
    void evidenceSharedReachesTheForcesEvidenceOfficersWithoutItsTitleAndItsEndReachesTheSharer() {
        String title = "Confidential incident " + UUID.randomUUID().toString().substring(0, 8);
        long item = ((Number) given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("title", title, "category", "INCIDENT",
                        "start", TestClock.londonNow().minusHours(3).toString(),
                        "end", TestClock.londonNow().minusHours(2).toString(), "description", "A test of the vault"))
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id")).longValue();
        String until = TestClock.today().plusDays(2).toString();
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(Map.of("recipient", "tv-police", "expires", until,
                        "reason", "Crime ref Kestrelwood for a named suspect"))
                .post("/api/v1/evidence/" + item + "/shares").then().statusCode(201);
        String day = Formats.day(TestClock.today().plusDays(2));

        String shared = awaitMessage(mail("tvp.evidence"), "until the end of " + day);
        assertTrue(shared.contains("Subject: Evidence shared with Thames Valley Police"), shared);
        assertFalse(shared.contains(title), "the e-mail names no evidence title");
        // A word found nowhere else in an e-mail: a number such as 4321 also turns up in its random identifiers.
        assertFalse(shared.contains("Kestrelwood"), "the e-mail gives no reason");
        for (String other : List.of("tvp.viewer", "oxford.manager", "ods.evidence", "bristol.manager")) {
            assertEquals(List.of(), messagesWith(mail(other), "shared evidence with Thames Valley Police until the end"
                    + " of " + day), other);
        }

        scan.scanAll();
        scan.scanAll();
        String ending = awaitMessage(mail("oxford.evidence"), "stops being available to them at the end of " + day);
        assertTrue(ending.contains("The evidence you shared with Thames Valley Police stops"), ending);
        assertFalse(ending.contains(title), "the e-mail names no evidence title");
        NotifyFixture.sleep(2500);
        assertEquals(1, messagesWith(mail("oxford.evidence"), "stops being available to them at the end of " + day)
                .size(), "told once, however often the scan runs");
        assertEquals(List.of(), messagesWith(mail("tvp.evidence"), "stops being available to them at the end of "
                + day));
    }

    @Test
    void theScanTellsManagersOfAnOverdueRequestAndTheOperatorOfALicenceEndingOnce() {
        scan.scanAll();
        int licences = count(given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/notifications")
                .asString(), "SIA licence expires on");
        scan.scanAll();
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/notifications").then().statusCode(200)
                .body(containsString("A subject access request of Oxford City Council was due on"));
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/notifications").then().statusCode(200)
                .body(not(containsString("subject access request")));
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/notifications").then().statusCode(200)
                .body(not(containsString("A subject access request of Oxford City Council")));
        for (String told : List.of("ods.manager", "ods.supervisor")) {
            given().auth().oauth2(DemoUsers.token(told)).get("/notifications").then().statusCode(200)
                    .body(containsString("SIA licence expires on"));
        }
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/notifications").then().statusCode(200)
                .body(not(containsString("SIA licence expires on")));
        assertTrue(licences > 0, "the demo's licence ending in three weeks");
        assertEquals(licences, count(given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/notifications")
                .asString(), "SIA licence expires on"), "one notification per licence, however often the scan runs");
    }

    static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theDemosRatifiedSpecificationSwitchOffNoticesAndSharesAreInTheRightBells() {
        for (String manager : List.of("oxford.manager", "mk.manager", "ods.manager")) {
            given().auth().oauth2(DemoUsers.token(manager)).get("/notifications").then().statusCode(200)
                    .body(containsString("The partnership ratified the specification"));
        }
        for (String other : List.of("mk.viewer", "bristol.manager", "as-opcc.admin")) {
            given().auth().oauth2(DemoUsers.token(other)).get("/notifications").then().statusCode(200)
                    .body(not(containsString("The partnership ratified the specification")));
        }
        // The demo's shares went through the same event as a share made in the vault: the force's officers know.
        String heldUntil = Formats.day(TestClock.today().plusDays(4));
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/notifications").then().statusCode(200)
                .body(containsString("Slough Borough Council shared evidence with Thames Valley Police until the end"))
                .body(containsString("Oxford City Council shared evidence with Thames Valley Police until the end of "
                        + heldUntil));
        for (String other : List.of("tvp.viewer", "oxford.evidence", "slough.manager")) {
            given().auth().oauth2(DemoUsers.token(other)).get("/notifications").then().statusCode(200)
                    .body(not(containsString("shared evidence with Thames Valley Police")));
        }
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/notifications").then().statusCode(200)
                .body(containsString("A switch-off notice was raised for"));
        for (String other : List.of("opcc.analyst", "oxford.manager", "as-opcc.admin")) {
            given().auth().oauth2(DemoUsers.token(other)).get("/notifications").then().statusCode(200)
                    .body(not(containsString("A switch-off notice was raised for")));
        }
    }
}
