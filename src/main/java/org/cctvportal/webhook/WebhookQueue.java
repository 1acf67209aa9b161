package org.cctvportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.jobs.Backoff;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * The deliveries as the sender sees them, each step its own short transaction at platform scope, as the e-mail
 * outbox does: claim due deliveries of subscriptions not paused (FOR UPDATE SKIP LOCKED, then a lease), and note each
 * attempt's outcome in the delivery, its history and its subscription. A note by a sender whose lease was taken over
 * changes nothing.
 */
@ApplicationScoped
public class WebhookQueue {

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    /** One claimed delivery, with where it goes and the secret that signs it. */
    public record Claimed(UUID id, long subscriptionId, String partnerId, String partnershipId, String kind,
            String payload, int attempts, String url, String secret) {
    }

    /** What one attempt came to: the receiver's status (null when none answered) and the error, if it failed. */
    public record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    /** Claims up to {@code limit} due deliveries for {@code sender} until its lease ends. */
    public List<Claimed> claim(String sender, int limit) {
        Instant now = clock.instant();
        List<?> rows = unattended.atPlatform(() -> entityManager.createNativeQuery("with claimed as ("
                + "update webhook_delivery d set leased_by = ?1, lease_until = ?2, attempts = d.attempts + 1"
                + " where d.id in (select w.id from webhook_delivery w join webhook_subscription s"
                + " on s.id = w.subscription_id where w.delivered_at is null and w.dead_at is null"
                + " and w.next_attempt_at <= ?3 and (w.lease_until is null or w.lease_until < ?3)"
                + " and s.status <> 'PAUSED' order by w.next_attempt_at limit ?4 for update of w skip locked)"
                + " returning d.id, d.subscription_id, d.partner_id, d.event_kind, d.payload, d.attempts)"
                + " select c.id, c.subscription_id, c.partner_id, s.partnership_id, c.event_kind, c.payload,"
                + " c.attempts, s.url, s.secret from claimed c join webhook_subscription s on s.id = c.subscription_id")
                .setParameter(1, sender).setParameter(2, Timestamp.from(now.plus(config.lease())))
                .setParameter(3, Timestamp.from(now)).setParameter(4, limit).getResultList());
        return rows.stream().map(r -> (Object[]) r).map(r -> new Claimed((UUID) r[0], ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                (String) r[7], (String) r[8])).toList();
    }

    /**
     * Notes an attempt: the delivery done, or tried again after a doubling wait, or given up after the last attempt;
     * the subscription's run of failures. Answers whether this failure made the subscription failing.
     */
    public boolean note(Claimed delivery, String sender, Outcome outcome) {
        Instant now = clock.instant();
        boolean last = delivery.attempts() >= config.maxAttempts();
        Instant retry = outcome.delivered() || last ? null
                : now.plus(Backoff.doubling(config.retryAfter(), config.maxBackoff(), delivery.attempts()));
        return unattended.atPlatform(() -> {
            int marked = entityManager.createNativeQuery("update webhook_delivery set leased_by = null,"
                    + " lease_until = null, delivered_at = ?1, dead_at = ?2, next_attempt_at = coalesce(?3,"
                    + " next_attempt_at) where id = ?4 and leased_by = ?5 and delivered_at is null")
                    .setParameter(1, outcome.delivered() ? Timestamp.from(now) : null)
                    .setParameter(2, !outcome.delivered() && last ? Timestamp.from(now) : null)
                    .setParameter(3, retry == null ? null : Timestamp.from(retry)).setParameter(4, delivery.id())
                    .setParameter(5, sender).executeUpdate();
            if (marked == 0) {
                return false;
            }
            history(delivery, now, outcome, retry);
            return subscription(delivery.subscriptionId(), outcome.delivered());
        });
    }

    private void history(Claimed delivery, Instant at, Outcome outcome, Instant retry) {
        String error = outcome.error() == null || outcome.error().length() <= 500 ? outcome.error()
                : outcome.error().substring(0, 499) + "…";
        entityManager.createNativeQuery("insert into webhook_attempt (id, delivery_id, subscription_id, partner_id,"
                + " event_kind, attempted_at, status_code, error, next_retry_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                + " ?8, ?9)").setParameter(1, UUID.randomUUID()).setParameter(2, delivery.id())
                .setParameter(3, delivery.subscriptionId()).setParameter(4, delivery.partnerId())
                .setParameter(5, delivery.kind()).setParameter(6, Timestamp.from(at))
                .setParameter(7, outcome.statusCode()).setParameter(8, error)
                .setParameter(9, retry == null ? null : Timestamp.from(retry)).executeUpdate();
    }

    /** A success clears the run of failures (a failing subscription recovers); a failure lengthens it. */
    private boolean subscription(long id, boolean delivered) {
        if (delivered) {
            entityManager.createNativeQuery("update webhook_subscription set consecutive_failures = 0, status ="
                    + " case when status = 'FAILING' then 'ACTIVE' else status end where id = ?1")
                    .setParameter(1, id).executeUpdate();
            return false;
        }
        List<?> became = entityManager.createNativeQuery("update webhook_subscription set consecutive_failures ="
                + " consecutive_failures + 1, status = case when status = 'ACTIVE' and consecutive_failures + 1 >= ?2"
                + " then 'FAILING' else status end where id = ?1 returning status = 'FAILING'"
                + " and consecutive_failures = ?2").setParameter(1, id).setParameter(2, config.failingAfter())
                .getResultList();
        return !became.isEmpty() && Boolean.TRUE.equals(became.get(0));
    }
}
