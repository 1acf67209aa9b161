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
 * police download may hold no lock on the council's row); the unique (item, seq) pair refuses a fork regardless.
 */
@ApplicationScoped
class Custody {

    /** What happened to the evidence. */
    enum Action {
        CREATED, UPLOADED, COPIED, VIEWED, DOWNLOADED, SHARED, REVOKED, EXPORTED, HELD, RELEASED, RETENTION,
        DISPOSED, VERIFIED,
        // The two steps of releasing a legal hold (HoldRelease); RELEASED is the confirmation.
        RELEASE_REQUESTED, RELEASE_CANCELLED
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    CustodyEvent record(EvidenceItem item, Action action, Actor actor, UUID fileId, String detail) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, item.id)
                .getResultList();
        List<CustodyEvent> last = CustodyEvent.<CustodyEvent>find("itemId = ?1 order by seq desc", item.id).page(0, 1)
                .list();
        CustodyEvent event = new CustodyEvent();
        event.partnerId = item.partnerId;
        event.itemId = item.id;
        event.seq = last.isEmpty() ? 1 : last.get(0).seq + 1;
        event.action = action.name();
        event.actor = actor.username();
        event.actorPartnerId = actor.partnerId();
        event.fileId = fileId;
        event.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
        event.occurredAt = CustodyChain.truncate(clock.instant());
        event.prevHash = last.isEmpty() ? CustodyChain.GENESIS : last.get(0).hash;
        event.hash = CustodyChain.hash(event);
        event.persist();
        return event;
    }
}
