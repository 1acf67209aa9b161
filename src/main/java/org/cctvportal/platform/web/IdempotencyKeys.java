package org.cctvportal.platform.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The kept {@code Idempotency-Key}s of the caller's partner ({@code idempotency_key}, bounded by row-level security):
 * claimed before a write runs, answered after it, each in a short transaction of its own so a concurrent repeat sees
 * the claim at once. Keys are kept for {@link #KEPT}; a partner's expired keys are removed as it claims new ones.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key and its answer are kept. */
    public static final Duration KEPT = Duration.ofHours(24);

    /** The answer given to the first request with a key, as it is given again to a repeat. */
    public record Answer(int status, String contentType, String location, byte[] body) {
    }

    /** What a claim found: the key is new (run the write), or was seen before with this hash or another. */
    public record Claim(boolean claimed, boolean sameRequest, Answer answer) {

        /** A repeat that arrives while the first request with the key is still being answered (or was cut short). */
        boolean inProgress() {
            return !claimed && sameRequest && answer == null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims {@code key} for this request, or says what the first request with it was and answered. */
    public Claim claim(String partner, String key, String hash, String method, String path) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotency_key where partner_id = ?1 and expires_at < ?2")
                    .setParameter(1, partner).setParameter(2, now).executeUpdate();
            int inserted = em.createNativeQuery("insert into idempotency_key (partner_id, idem_key, request_hash,"
                    + " method, path, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                    + " on conflict do nothing").setParameter(1, partner).setParameter(2, key).setParameter(3, hash)
                    .setParameter(4, method).setParameter(5, path).setParameter(6, now)
                    .setParameter(7, now.plus(KEPT)).executeUpdate();
            if (inserted == 1) {
                return new Claim(true, true, null);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, status, content_type, location, body"
                    + " from idempotency_key where partner_id = ?1 and idem_key = ?2").setParameter(1, partner)
                    .setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                // The first request with the key failed and gave it back between the insert and this read.
                return new Claim(false, true, null);
            }
            Object[] row = rows.get(0);
            Answer answer = row[1] == null ? null : new Answer(((Number) row[1]).intValue(), (String) row[2],
                    (String) row[3], (byte[]) row[4]);
            return new Claim(false, hash.equals(row[0]), answer);
        });
    }

    /** Keeps the answer of the request that claimed {@code key}, for its repeats. */
    public void answer(String partner, String key, Answer answer) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotency_key set status = ?1,"
                + " content_type = ?2, location = ?3, body = ?4 where partner_id = ?5 and idem_key = ?6")
                .setParameter(1, answer.status()).setParameter(2, answer.contentType())
                .setParameter(3, answer.location()).setParameter(4, answer.body() == null ? new byte[0] : answer.body())
                .setParameter(5, partner)
                .setParameter(6, key).executeUpdate());
    }

    /** Gives {@code key} back when its request failed on the server's side, so a repeat may run the write. */
    public void release(String partner, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_key where"
                + " partner_id = ?1 and idem_key = ?2 and status is null").setParameter(1, partner)
                .setParameter(2, key).executeUpdate());
    }
}
