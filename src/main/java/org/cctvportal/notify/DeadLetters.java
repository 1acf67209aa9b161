package org.cctvportal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.cctvportal.platform.NativeRows;

/**
 * The e-mails of the caller's partnership that could not be delivered after every attempt, for its PCC office (the
 * database's policy shows them to the PCC office of the partnership alone): to whom, about what, why it failed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadLetters {

    static final int SHOWN = 200;

    @Inject
    EntityManager entityManager;

    public record DeadLetter(String id, String partnerName, String recipient, String kind, String subject,
            int attempts, Instant createdAt, Instant deadAt, String lastError) {
    }

    static String kindLabel(String kind) {
        try {
            return NotificationKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return "The daily digest";
        }
    }

    public List<DeadLetter> list() {
        // At partner scope the PCC office sees only its own partner row: the others are named by notify's function.
        List<?> rows = entityManager.createNativeQuery("select o.id, coalesce(notify_partner_name(o.partner_id),"
                + " o.partner_id), o.recipient, o.kind, o.subject, o.attempts, o.created_at, o.dead_at, o.last_error"
                + " from mail_outbox o where o.dead_at is not null"
                + " order by o.dead_at desc, o.id limit " + SHOWN).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new DeadLetter(r[0].toString(), (String) r[1],
                (String) r[2], kindLabel((String) r[3]), (String) r[4], ((Number) r[5]).intValue(),
                NativeRows.instant(r[6]), NativeRows.instant(r[7]), (String) r[8])).toList();
    }
}
