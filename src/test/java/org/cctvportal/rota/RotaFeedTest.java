package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * An operator's calendar feed, fetched without a login as a calendar app would and parsed back with ical4j: their
 * shifts in Europe/London with UIDs that stay the same across refreshes; the secret stored only as its hash; a feed
 * issued again or revoked stops answering at its old address.
 */
@QuarkusTest
class RotaFeedTest {

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    @Inject
    RotaFeeds feeds;

    private <T> T as(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner("tv-ods", "thames-valley", work);
        } finally {
            context.terminate();
        }
    }

    private static Calendar fetch(String secret) throws Exception {
        String body = given().get("/rota/feed/" + secret + ".ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private OperatorProfile newOperator(long hub) {
        return as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = String.format("%016d", System.nanoTime() % 10_000_000_000_000_000L);
            profile.siaExpires = TestClock.today().plusYears(3);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            return TestOperators.add(operatorService, profile, "Feed Operator " + System.nanoTime());
        });
    }

    private static long audited(String action, long operatorId) throws Exception {
        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            return RotaFixture.number(db, "select count(*) from audit_event where action = '" + action
                    + "' and entity_id = '" + operatorId + "'");
        }
    }

    @Test
    void reissuingALiveFeedAsksFirstSayingTheOldAddressStopsWorkingAndItDoes() {
        FormSession operator = FormSession.of("ods.operator");
        String first = feedAddress(operator.form().post("/rota/mine/feed").then().statusCode(200).extract().asString());
        given().get(first).then().statusCode(200);
        given().auth().oauth2(operator.token()).get("/rota/mine").then().statusCode(200)
                .body(containsString("href=\"/rota/mine/feed/reissue\""));
        given().auth().oauth2(operator.token()).get("/rota/mine/feed/reissue").then().statusCode(200)
                .body(containsString("data-testid=\"reissue-consequences\""))
                .body(containsString("The address you have now stops working at once"));
        String second = feedAddress(operator.form().post("/rota/mine/feed").then().statusCode(200).extract()
                .asString());
        given().get(first).then().statusCode(404);
        given().get(second).then().statusCode(200);
    }

    private static String feedAddress(String page) {
        java.util.regex.Matcher address = java.util.regex.Pattern.compile("data-testid=\"feed-address\">([^<]+)<")
                .matcher(page);
        assertTrue(address.find(), "the new address is shown once");
        return address.group(1);
    }

    @Test
    void aSupervisorRevokesAnOperatorsFeedFromTheirProfilePage() throws Exception {
        OperatorProfile operator = newOperator(RotaFixture.hub(4, 5));
        String secret = as(() -> feeds.issue(operator));
        fetch(secret);
        FormSession supervisor = FormSession.of("ods.supervisor");
        given().auth().oauth2(supervisor.token()).get("/rota/operators/" + operator.id).then().statusCode(200)
                .body(containsString("data-testid=\"revoke-feed\""));
        // An operator cannot revoke a colleague's feed.
        FormSession.of("ods.operator").form().post("/rota/operators/" + operator.id + "/feed/revoke").then()
                .statusCode(403);
        fetch(secret);
        supervisor.form().post("/rota/operators/" + operator.id + "/feed/revoke").then().statusCode(303)
                .header("Location", containsString("/rota/operators/" + operator.id + "?saved=feed-revoked"));
        given().get("/rota/feed/" + secret + ".ics").then().statusCode(404);
        assertEquals(1, audited("rota.feed-revoked", operator.id));
        given().auth().oauth2(supervisor.token()).get("/rota/operators/" + operator.id).then().statusCode(200)
                .body(containsString("has no live calendar feed"));
    }

    @Test
    void aFeedEndsWhenTheOperatorIsMadeInactiveAndNoNewOneIsIssued() throws Exception {
        OperatorProfile operator = newOperator(RotaFixture.hub(4, 5));
        String secret = as(() -> feeds.issue(operator));
        fetch(secret);
        FormSession supervisor = FormSession.of("ods.supervisor");
        supervisor.form().formParam("active", "maybe").post("/rota/operators/" + operator.id + "/active").then()
                .statusCode(400);
        fetch(secret);
        supervisor.form().formParam("active", "no").post("/rota/operators/" + operator.id + "/active").then()
                .statusCode(303);
        given().get("/rota/feed/" + secret + ".ics").then().statusCode(404);
        assertEquals(1, audited("operator.deactivated", operator.id));
        assertEquals(1, audited("rota.feed-revoked", operator.id));
        assertThrows(InvalidInputException.class, () -> as(() -> feeds.issue(operator)));
        // A feed hash left on an inactive profile (by any path) opens nothing either.
        String stray = "A".repeat(43);
        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            db.createStatement().executeUpdate("update operator_profile set feed_token_hash = '"
                    + RotaFeeds.hash(stray) + "' where id = " + operator.id);
        }
        given().get("/rota/feed/" + stray + ".ics").then().statusCode(404);
        given().auth().oauth2(supervisor.token()).get("/rota/operators").then().statusCode(200)
                .body(containsString("Ended"));
        supervisor.form().formParam("active", "yes").post("/rota/operators/" + operator.id + "/active").then()
                .statusCode(303);
        fetch(stray);
    }

    @Test
    void theFeedShowsTheOperatorsShiftsInLondonTimeWithStableUidsAndDiesWhenRevoked() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        OperatorProfile operator = as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = String.format("%016d", System.nanoTime() % 10_000_000_000_000_000L);
            profile.siaExpires = TestClock.today().plusYears(3);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            return TestOperators.add(operatorService, profile, "Feed Operator " + System.nanoTime());
        });
        LocalDate day = TestClock.today().plusDays(20);
        for (int d = 0; d < 3; d += 2) {
            ZonedDateTime start = ZonedDateTime.of(day.plusDays(d), LocalTime.of(23, 0), LondonTime.ZONE);
            as(() -> assignments.assign(shiftService.addShift(hub, start.toInstant(), start.plusHours(8).toInstant(),
                    RotaShift.Role.OPERATOR, 2).id, operator.id));
        }
        String secret = as(() -> feeds.issue(operator));

        Calendar calendar = fetch(secret);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.stream().filter(e -> e.getSummary().getValue().startsWith("Operator shift"))
                .findFirst().orElseThrow();
        assertEquals("Europe/London", first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        Temporal start = first.getDateTimeStart().getDate();
        assertEquals(23, ZonedDateTime.from(start).withZoneSameInstant(LondonTime.ZONE).getHour());
        assertFalse(calendar.getComponents("VTIMEZONE").isEmpty());
        List<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue()).sorted().toList();
        assertEquals(uids, fetch(secret).<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue()).sorted().toList());

        // Only the hash is kept.
        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            assertEquals(RotaFeeds.hash(secret), RotaFixture.text(db, "select feed_token_hash from operator_profile "
                    + "where id = " + operator.id));
            assertEquals(0, RotaFixture.number(db, "select count(*) from operator_profile where feed_token_hash = '"
                    + secret + "'"));
        }

        String again = as(() -> feeds.issue(operator));
        given().get("/rota/feed/" + secret + ".ics").then().statusCode(404);
        assertEquals(uids, fetch(again).<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue()).sorted().toList());
        as(() -> {
            feeds.revoke(operator);
            return null;
        });
        given().get("/rota/feed/" + again + ".ics").then().statusCode(404);
        given().get("/rota/feed/not-a-secret.ics").then().statusCode(404);
        assertTrue(uids.get(0).endsWith("@cctv-portal"), uids.toString());
    }
}
