package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.jboss.logging.Logger;

/**
 * Disposing of an item: its files are marked DISPOSED (record and hash kept) and the item says who, when and why, in
 * one transaction with the custody event; only after that commits are the objects removed. An object whose removal
 * fails has no STORED record any more, so the sweep removes it later: no record ever points at a missing object.
 */
@ApplicationScoped
class Disposal {

    private static final Logger LOG = Logger.getLogger(Disposal.class);

    @Inject
    Custody custody;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    @Inject
    HoldGuard guard;

    /** Marks the item and its files disposed, in the caller's transaction; returns the keys to remove after commit. */
    List<String> dispose(EvidenceItem item, Actor actor, String reason, FormErrors errors) {
        if (item.releasePending()) {
            errors.add("reason", "The evidence is still on legal hold: its release, asked for by "
                    + item.releaseRequestedBy + ", waits for confirmation, so it cannot be disposed of yet");
        } else if (item.legalHold || guard.heldByCustody(item.id)) {
            errors.add("reason", "The evidence is on legal hold, so it cannot be disposed of: release the hold first");
        } else if (!item.isOpen()) {
            errors.add("reason", "The evidence has already been disposed of");
        }
        errors.throwIfAny();
        List<String> keys = new ArrayList<>();
        for (EvidenceFile file : EvidenceFile.<EvidenceFile>list("itemId = ?1 and status = ?2", item.id,
                EvidenceFile.Status.STORED)) {
            file.status = EvidenceFile.Status.DISPOSED;
            keys.add(file.objectKey);
        }
        item.status = EvidenceItem.Status.DISPOSED;
        item.disposedAt = clock.instant();
        item.disposedBy = actor.username();
        item.disposalReason = reason;
        custody.record(item, Custody.Action.DISPOSED, actor, null, "Disposed of "
                + Formats.plural(keys.size(), "file", "files") + ": " + reason + ". The record and the files' hashes are kept");
        return keys;
    }

    void removeObjects(List<String> keys) {
        for (String key : keys) {
            try {
                store.remove(key);
            } catch (RuntimeException e) {
                LOG.warnf("Disposed object %s not removed yet (the sweep will): %s", key, e.getMessage());
            }
        }
    }
}
