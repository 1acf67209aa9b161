package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.storage.ObjectLock;
import org.jboss.logging.Logger;

/**
 * Carries an item's legal hold and evidential retention into object storage where the server supports object lock:
 * each stored object gets the legal hold while the item is held (a release waiting for confirmation included) and a
 * retention through the review date while it is evidential. Applied after the database has committed the decision,
 * so object storage never holds less than the database says; a lock the portal cannot set is logged and the
 * database stays the record. Retention is only ever lengthened: the portal's storage account cannot shorten it.
 */
@ApplicationScoped
class EvidenceLocks {

    private static final Logger LOG = Logger.getLogger(EvidenceLocks.class);

    /** What object storage should hold for an item's stored objects. */
    record State(long item, boolean held, LocalDate keepThrough, List<String> keys) {
    }

    @Inject
    ObjectLock objectLock;

    @Inject
    EvidenceService evidence;

    /**
     * Re-reads the item as committed and applies it; nothing to do (and no read) without object lock. Never throws:
     * the decision it follows is committed, and a lock not set is logged.
     */
    void sync(long itemId) {
        if (!objectLock.supported()) {
            return;
        }
        try {
            apply(evidence.vault(() -> state(EvidenceItem.findById(itemId))));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Object lock of item %d not applied", itemId);
        }
    }

    /**
     * Refuses (503, {@link ObjectLock.NotChecked}) a change to evidence while the portal cannot know whether object
     * storage must lock it too; called before the change, so nothing has changed when it refuses.
     */
    void requireKnown() {
        objectLock.known();
    }

    static State state(EvidenceItem item) {
        List<String> keys = EvidenceFile.<EvidenceFile>list("itemId = ?1 and status = ?2", item.id,
                EvidenceFile.Status.STORED).stream().map(f -> f.objectKey).toList();
        return new State(item.id, item.legalHold, item.evidential ? item.reviewDate : null, keys);
    }

    void apply(State state) {
        for (String key : state.keys()) {
            try {
                objectLock.legalHold(key, state.held());
                if (state.keepThrough() != null) {
                    objectLock.retainThrough(key, state.keepThrough());
                }
            } catch (Exception e) {
                LOG.errorf("Object lock of %s (item %d, held %s, keep through %s) not applied: %s", key,
                        state.item(), state.held(), state.keepThrough(), e.getMessage());
            }
        }
    }
}
