package org.cctvportal.evidence;

/** How the caller reaches an item: as its owner, as the one who captured it, or through a live share. */
enum Reach {
    OWNER, CAPTURER, RECIPIENT;

    static Reach of(EvidenceItem item, Actor actor) {
        if (item.partnerId.equals(actor.partnerId())) {
            return actor.handlesEvidence() ? OWNER
                    : actor.has(Actor.OPERATOR) && actor.username().equals(item.capturedBy) ? CAPTURER : null;
        }
        if (item.capturedByPartnerId.equals(actor.partnerId())) {
            return actor.has(Actor.OPERATOR) && actor.username().equals(item.capturedBy) ? CAPTURER : null;
        }
        // The database showed the item only because a share to this partner is live.
        return actor.has(Actor.EVIDENCE_OFFICER) ? RECIPIENT : null;
    }

    boolean mayUpload() {
        return this != RECIPIENT;
    }

    boolean manages() {
        return this == OWNER;
    }
}
