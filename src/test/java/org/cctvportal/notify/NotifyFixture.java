package org.cctvportal.notify;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.Mailbox;
import org.cctvportal.support.TestClock;

/** What the notification tests share: a hub of their own, bookings through the API, and the mail server read. */
public final class NotifyFixture {

    static final String DEMO_MAIL = "@demo.cctv-portal.test";

    private NotifyFixture() {
    }

    static String mail(String user) {
        return user + DEMO_MAIL;
    }

    /** A hub of the test's own, run by tv-ods and serving Oxford and Milton Keynes, open around the clock. */
    public static long hub() {
        try (Connection ods = MonitoringFixture.portalRole("tv-ods"); Statement sql = ods.createStatement()) {
            ResultSet row = sql.executeQuery("insert into hub (id, partnership_id, operator_partner_id, name, address,"
                    + " consoles, cameras_per_operator, opening_pattern) values (nextval('hub_seq'), 'thames-valley',"
                    + " 'tv-ods', 'Notify hub " + System.nanoTime() + "', '1 Test Street', 4, 20, 'Always')"
                    + " returning id");
            row.next();
            long id = row.getLong(1);
            MonitoringFixture.serve(id, "tv-oxford-city", "tv-milton-keynes");
            sql.execute("insert into hub_staffing select nextval('hub_staffing_seq'), " + id
                    + ", d, 0, 24, 4 from generate_series(1, 7) d");
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Oxford City Council books two cameras at {@code hub} on a Friday some weeks ahead; answers the booking. */
    public static long book(long hub, int weeksAhead) {
        LocalDate friday = TestClock.today().plusWeeks(weeksAhead).with(TemporalAdjusters.next(
                java.time.DayOfWeek.FRIDAY));
        Number id = given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Notify group",
                        "assetTags", MonitoringFixture.tags("tv-oxford-city", 2), "recurrence", "ONE_OFF",
                        "startsAt", friday + "T20:00", "endsAt", friday + "T23:00", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static void approve(long booking) {
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);
    }

    /** The messages held for {@code address} that contain {@code text}. */
    static List<String> messagesWith(String address, String text) {
        List<String> found = new ArrayList<>();
        for (String message : Mailbox.messages(address)) {
            if (unfold(message).contains(text)) {
                found.add(unfold(message));
            }
        }
        return found;
    }

    /**
     * How long an e-mail written at once may take to arrive: the outbox sender sends one batch at a time, so one send
     * the mail server stalls (30 s against GreenMail once, ending in its 421) holds the e-mails written after it.
     */
    static final int MAIL_WAIT_SECONDS = 60;

    /** Waits (up to {@link #MAIL_WAIT_SECONDS}) for a message to {@code address} holding {@code text}; returns it. */
    static String awaitMessage(String address, String text) {
        return awaitMessage(address, text, MAIL_WAIT_SECONDS);
    }

    /** Waits (up to {@code seconds}) for a message to {@code address} holding {@code text}, and returns it. */
    static String awaitMessage(String address, String text, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            List<String> found = messagesWith(address, text);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            sleep(250);
        }
        throw new AssertionError("no e-mail to " + address + " with " + text + " within " + seconds + " s");
    }

    static String unfold(String message) {
        return message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
