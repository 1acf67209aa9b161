package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Appends custody events to an item's chain in the caller's transaction, so an action and its custody event are
 * committed together or not at all. Appends to one item are serialised by a transaction-scoped advisory lock (a
 * police download may hold no lock on the council's row); the unique (item, seq) pair and the head's trigger refuse a
 * fork regardless. Each event continues the chain's head ({@code custody_head}, kept by the database).
 */
@ApplicationScoped
class Custody {

    /** What happened to the evidence. */
    enum Action {
        CREATED, UPLOADED, COPIED, VIEWED, DOWNLOADED, SHARED, REVOKED, EXPORTED, HELD, RELEASED, RETENTION,
        DISPOSED, VERIFIED,
        // The two steps of releasing a legal hold (HoldRelease); RELEASED is the confirmation.
        RELEASE_REQUESTED, RELEASE_CANCELLED,
        /** The owning partner ended the capturing operator's access to the item. */
        ACCESS_ENDED,
        /** A redacted derivative was rendered from a master under a redaction plan. */
        REDACTED,
        /** The file went into a disclosure package that was sent. */
        PACKAGED
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    CustodyEvent record(EvidenceItem item, Action action, Actor actor, UUID fileId, String detail) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, item.id)
                .getResultList();
        // The head, not the last event the caller can read: a receiving force reads only its own events.
        entityManager.flush();
        List<?> last = entityManager.createNativeQuery("select seq, hash from custody_head where item_id = ?1")
                .setParameter(1, item.id).getResultList();
        Object[] head = last.isEmpty() ? null : (Object[]) last.get(0);
        CustodyEvent event = new CustodyEvent();
        event.partnerId = item.partnerId;
        event.itemId = item.id;
        event.seq = head == null ? 1 : ((Number) head[0]).intValue() + 1;
        event.action = action.name();
        event.actor = actor.username();
        event.actorPartnerId = actor.partnerId();
        event.fileId = fileId;
        event.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
        event.occurredAt = CustodyChain.truncate(clock.instant());
        event.prevHash = head == null ? CustodyChain.GENESIS : (String) head[1];
        event.hash = CustodyChain.hash(event);
        event.persist();
        return event;
    }
}
