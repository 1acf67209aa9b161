package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.jobs.Backoff;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * The outbox as the sender sees it, each step its own short transaction at platform scope: claim due e-mails (FOR
 * UPDATE SKIP LOCKED, so two senders never take one row, then a lease, so a sender that dies mid-send lets another
 * take it only once the lease has run out), mark one sent, or note a failure with its next attempt (doubling waits)
 * or its end as a dead letter. A mark by a sender whose lease was taken over changes nothing.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    NotifyConfig config;

    @Inject
    Clock clock;

    /** One claimed e-mail. */
    public record Claimed(UUID id, String recipient, String subject, String text, String html, int attempts) {

        /** The Message-ID every attempt of this e-mail carries, so a receiving system can drop a repeat. */
        public String messageId() {
            return "<" + id + "@cctv-portal>";
        }
    }

    /** Claims up to {@code limit} due e-mails for {@code sender} until its lease ends. */
    public List<Claimed> claim(String sender, int limit) {
        Instant now = clock.instant();
        List<?> rows = unattended.atPlatform(() -> entityManager.createNativeQuery("update mail_outbox o"
                + " set leased_by = ?1, lease_until = ?2, attempts = o.attempts + 1"
                + " where o.id in (select id from mail_outbox where sent_at is null and dead_at is null"
                + " and next_attempt_at <= ?3 and (lease_until is null or lease_until < ?3)"
                + " order by next_attempt_at limit ?4 for update skip locked)"
                + " returning o.id, o.recipient, o.subject, o.body_text, o.body_html, o.attempts")
                .setParameter(1, sender).setParameter(2, Timestamp.from(now.plus(config.lease())))
                .setParameter(3, Timestamp.from(now)).setParameter(4, limit).getResultList());
        return rows.stream().map(r -> (Object[]) r).map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Marks a claimed e-mail sent; false when the sender's lease had been taken over. */
    public boolean sent(Claimed mail, String sender) {
        return unattended.atPlatform(() -> entityManager.createNativeQuery("update mail_outbox set sent_at = ?1,"
                + " leased_by = null, lease_until = null, last_error = null where id = ?2 and leased_by = ?3"
                + " and sent_at is null")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, mail.id())
                .setParameter(3, sender).executeUpdate()) == 1;
    }

    /** Notes a failed attempt: tried again after a doubling wait, or a dead letter after the last attempt. */
    public boolean failed(Claimed mail, String sender, String error) {
        Instant now = clock.instant();
        boolean dead = mail.attempts() >= config.maxAttempts();
        String why = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        return unattended.atPlatform(() -> entityManager.createNativeQuery("update mail_outbox set leased_by = null,"
                + " lease_until = null, last_error = ?1, next_attempt_at = ?2, dead_at = ?3"
                + " where id = ?4 and leased_by = ?5 and sent_at is null")
                .setParameter(1, why).setParameter(2, Timestamp.from(now.plus(backoff(mail.attempts()))))
                .setParameter(3, dead ? Timestamp.from(now) : null).setParameter(4, mail.id())
                .setParameter(5, sender).executeUpdate()) == 1;
    }

    /** The wait after the {@code attempts}-th failure: the first wait, doubled each time, at most the maximum. */
    Duration backoff(int attempts) {
        return Backoff.doubling(config.retryAfter(), config.maxBackoff(), attempts);
    }
}
