package org.cctvportal.evidence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * An audit event written in the vault's own transaction, beside the custody event of the same action. The vault's
 * transactions run under Hibernate's root tenant, so the event is inserted for the caller's partner
 * ({@code app_partner()}) by SQL, which the audit trail's own-partner policy admits.
 */
final class EvidenceAudit {

    private EvidenceAudit() {
    }

    static void record(EntityManager entityManager, String actor, String action, String entityType, String entityId,
            String summary, Instant at) {
        entityManager.createNativeQuery("insert into audit_event (id, partner_id, actor, action, entity_type,"
                + " entity_id, summary, occurred_at) values (nextval('audit_event_seq'), app_partner(), ?1, ?2, ?3, ?4,"
                + " ?5, ?6)").setParameter(1, actor).setParameter(2, action).setParameter(3, entityType)
                .setParameter(4, entityId).setParameter(5, summary.length() > 2000 ? summary.substring(0, 1999) + "…"
                        : summary)
                .setParameter(6, Timestamp.from(at)).executeUpdate();
    }
}
