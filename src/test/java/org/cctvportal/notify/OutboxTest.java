package org.cctvportal.notify;

import static org.cctvportal.notify.NotifyFixture.awaitMessage;
import static org.cctvportal.notify.NotifyFixture.book;
import static org.cctvportal.notify.NotifyFixture.mail;
import static org.cctvportal.notify.NotifyFixture.messagesWith;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The outbox on the real mail server and database: e-mails written while the mail server is away wait and are sent
 * once it is back; an e-mail claimed by a sender that died mid-send is sent once, by another, after its lease; several
 * senders at once send each e-mail once; an e-mail whose last attempt fails is a dead letter its partnership's admins
 * see, and nobody else.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    OutboxSender sender;

    @Inject
    OutboxGauge deadLetters;

    @Test
    void anEmailWrittenWhileTheMailServerIsAwayIsSentWhenItIsBack() throws Exception {
        long hub = NotifyFixture.hub();
        LocalStackResource.stack().suspendMail();
        String reference;
        try {
            reference = "MB-" + book(hub, 8);
            Instant deadline = Instant.now().plusSeconds(30);
            while (failedAttempts(reference) < 2) {
                assertTrue(Instant.now().isBefore(deadline), "the sender never tried while the mail server was away");
                NotifyFixture.sleep(250);
            }
        } finally {
            LocalStackResource.stack().resumeMail();
        }
        awaitMessage(mail("ods.supervisor"), reference);
        NotifyFixture.sleep(2000);
        assertEquals(1, messagesWith(mail("ods.supervisor"), reference).size());
    }

    @Test
    void anEmailClaimedBySenderThatDiedIsSentOnceAfterItsLease() throws Exception {
        String address = "lease-" + UUID.randomUUID().toString().substring(0, 8) + "@notify.test";
        UUID id = outboxRow(address, TestClock.now(), "crashed-replica", TestClock.now().plusSeconds(5));
        NotifyFixture.sleep(3000);
        assertEquals(List.of(), messagesWith(address, "Lease test"), "sent while another sender held its lease");
        awaitMessage(address, "Lease test", 20);
        NotifyFixture.sleep(2500);
        List<String> messages = messagesWith(address, "Lease test");
        assertEquals(1, messages.size(), "sent once");
        assertTrue(messages.get(0).contains("Message-ID: <" + id + "@cctv-portal>"), messages.get(0));
    }

    @Test
    void severalSendersAtOnceSendEachEmailOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        Instant due = TestClock.now().plusSeconds(2);
        for (int i = 0; i < 12; i++) {
            String address = "many-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@notify.test";
            outboxRow(address, due, null, null);
            addresses.add(address);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String name = "replica-" + s;
                runs.add(pool.submit(() -> {
                    int sent = 0;
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (System.nanoTime() < end) {
                        sent += sender.sendDue(name);
                        Thread.sleep(20);
                    }
                    return sent;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String address : addresses) {
            awaitMessage(address, "Lease test", 20);
        }
        NotifyFixture.sleep(2000);
        for (String address : addresses) {
            assertEquals(1, messagesWith(address, "Lease test").size(), address + " got the e-mail once");
        }
    }

    @Test
    void anEmailWhoseLastAttemptFailsIsADeadLetterShownToItsPartnershipsAdmins() throws Exception {
        String address = "dead-" + UUID.randomUUID().toString().substring(0, 8) + "@notify.test";
        LocalStackResource.stack().suspendMail();
        try {
            UUID id = outboxRow(address, TestClock.now(), null, null, 59);
            Instant deadline = Instant.now().plusSeconds(30);
            while (!dead(id)) {
                assertTrue(Instant.now().isBefore(deadline), "the last attempt never failed");
                NotifyFixture.sleep(250);
            }
        } finally {
            LocalStackResource.stack().resumeMail();
        }
        // Operators are alerted: the gauge behind PortalOutboxDeadLetters counts it.
        assertTrue(deadLetters.refresh() >= 1);
        assertTrue(org.cctvportal.support.Metrics.gauge("portal_outbox_dead_letters") >= 1);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/notifications/dead-letters").then()
                .statusCode(200).body(containsString(address)).body(containsString("after 60 attempts"))
                .body(containsString("Oxford Direct Services"));
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/notifications/dead-letters").then()
                .statusCode(200).body(not(containsString(address)));
        NotifyFixture.sleep(3000);
        assertEquals(List.of(), messagesWith(address, "Lease test"), "a dead letter is not sent again");
    }

    static boolean dead(UUID id) throws Exception {
        try (Connection owner = CutOff.owner(); PreparedStatement query = owner.prepareStatement(
                "select dead_at is not null from mail_outbox where id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    static UUID outboxRow(String address, Instant due, String leasedBy, Instant leaseUntil) throws Exception {
        return outboxRow(address, due, leasedBy, leaseUntil, leasedBy == null ? 0 : 1);
    }

    /** An e-mail in the outbox, written as the tables' owner, due at {@code due}, claimed by {@code leasedBy}. */
    static UUID outboxRow(String address, Instant due, String leasedBy, Instant leaseUntil, int attempts)
            throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection owner = CutOff.owner(); PreparedStatement insert = owner.prepareStatement("insert into"
                + " mail_outbox (id, partner_id, partnership_id, kind, recipient, subject, body_text, body_html,"
                + " dedupe_key, created_at, next_attempt_at, attempts, leased_by, lease_until) values (?, 'tv-ods',"
                + " 'thames-valley', 'BOOKING_REQUESTED', ?, 'Lease test', 'Lease test body', '<p>Lease test</p>',"
                + " ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, address);
            insert.setString(3, "test:" + id);
            insert.setTimestamp(4, Timestamp.from(TestClock.now()));
            insert.setTimestamp(5, Timestamp.from(due));
            insert.setInt(6, attempts);
            insert.setString(7, leasedBy);
            insert.setTimestamp(8, leaseUntil == null ? null : Timestamp.from(leaseUntil));
            insert.executeUpdate();
        }
        return id;
    }

    /** How many attempts failed for the outbox's e-mails about {@code text}. */
    static int failedAttempts(String text) throws Exception {
        try (Connection owner = CutOff.owner(); PreparedStatement query = owner.prepareStatement("select"
                + " coalesce(max(attempts), 0) from mail_outbox where subject like ? and last_error is not null"
                + " and sent_at is null")) {
            query.setString(1, "%" + text + " %");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
