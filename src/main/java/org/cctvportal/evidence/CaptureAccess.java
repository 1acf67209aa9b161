package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.cctvportal.platform.web.FormErrors;

/**
 * The capturing operator's access to an item, which the owning partner's evidence staff can end: from then on the
 * operator no longer reaches the item, its files or its chain (the database's policies say so too). Ending it is
 * recorded in the custody chain and the owner's audit trail, with the reason.
 */
@ApplicationScoped
public class CaptureAccess {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners partners;

    @Inject
    Custody custody;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public EvidenceItem end(long id, String reason) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            FormErrors errors = new FormErrors();
            EvidenceService.requireReason(reason, "reason", "Say why the operator's access ends, such as the"
                    + " footage being complete", errors);
            if (item.captureEndedAt != null) {
                errors.add("reason", "The operator's access has already ended");
            }
            errors.throwIfAny();
            item.captureEndedAt = clock.instant();
            item.captureEndedBy = actor.username();
            String what = "Ended the access of " + item.capturedBy + " ("
                    + partners.partnerNames().getOrDefault(item.capturedByPartnerId, item.capturedByPartnerId)
                    + "), who captured it: " + reason.strip();
            custody.record(item, Custody.Action.ACCESS_ENDED, actor, null, what);
            EvidenceAudit.record(entityManager, actor.username(), "evidence.capture-access-ended", "evidence_item",
                    Long.toString(item.id), item.reference() + ": " + what, item.captureEndedAt);
            return item;
        });
    }
}
