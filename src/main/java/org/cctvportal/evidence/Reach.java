package org.cctvportal.evidence;

/**
 * How the caller reaches an item: as its owner, as the one who captured it, through a live share, or as the owning
 * partner's auditor (the custody log and its verification, never the files).
 */
enum Reach {
    OWNER, CAPTURER, RECIPIENT, AUDITOR;

    static Reach of(EvidenceItem item, Actor actor) {
        if (item.partnerId.equals(actor.partnerId())) {
            if (actor.handlesEvidence()) {
                return OWNER;
            }
            if (actor.has(Actor.OPERATOR) && actor.username().equals(item.capturedBy) && item.captureEndedAt == null) {
                return CAPTURER;
            }
            return actor.has(Actor.AUDITOR) ? AUDITOR : null;
        }
        if (item.capturedByPartnerId.equals(actor.partnerId())) {
            return actor.has(Actor.OPERATOR) && actor.username().equals(item.capturedBy) && item.captureEndedAt == null
                    ? CAPTURER : null;
        }
        // The database showed the item only because a share to this partner is live.
        return actor.has(Actor.EVIDENCE_OFFICER) ? RECIPIENT : null;
    }

    boolean mayUpload() {
        return this == OWNER || this == CAPTURER;
    }

    boolean seesFiles() {
        return this != AUDITOR;
    }

    boolean manages() {
        return this == OWNER;
    }
}
