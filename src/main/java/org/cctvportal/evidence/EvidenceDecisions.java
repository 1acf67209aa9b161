package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.partner.PartnerStanding;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * What only the owning partner's evidence staff decide about an item: shares with a police force and their
 * revocation, legal hold, retention and disposal. Each is one transaction in the vault's scope with its custody event.
 */
@ApplicationScoped
public class EvidenceDecisions {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners partners;

    @Inject
    Custody custody;

    @Inject
    Disposal disposal;

    @Inject
    Clock clock;

    @Inject
    PartnerStanding standing;

    @Inject
    HoldRelease holdRelease;

    @Inject
    EvidenceLocks locks;

    @Inject
    jakarta.enterprise.event.Event<EvidenceShared> shared;

    public EvidenceShare share(long id, String recipient, String expires, String reason) {
        standing.requireLive("share evidence");
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            FormErrors errors = new FormErrors();
            Map<String, String> police = partners.policeForces();
            if (!police.containsKey(ItemForm.strip(recipient))) {
                errors.add("recipient", "Select the police force to share the evidence with (only a live partner"
                        + " receives evidence)");
            }
            LocalDate until = ItemForm.date(expires, "expires", "Enter the last day the share is valid, like "
                    + LocalDate.now(clock.withZone(LondonTime.ZONE)).plusDays(28), errors);
            if (until != null && !until.isAfter(LocalDate.now(clock.withZone(LondonTime.ZONE)))) {
                errors.add("expires", "The share must end on a date after today");
            } else if (until != null && until.isAfter(LocalDate.now(clock.withZone(LondonTime.ZONE)).plusYears(1))) {
                errors.add("expires", "A share can last a year at most; share again when it ends");
            }
            EvidenceService.requireReason(reason, "reason", "Say why the evidence is shared, such as the police request",
                    errors);
            if (!item.isOpen()) {
                errors.add("recipient", "The evidence has been disposed of, so it cannot be shared");
            }
            errors.throwIfAny();
            EvidenceShare share = new EvidenceShare();
            share.partnerId = item.partnerId;
            share.itemId = item.id;
            share.recipientPartnerId = recipient.strip();
            share.reason = reason.strip();
            share.expiresAt = until.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
            share.sharedBy = actor.username();
            share.sharedAt = clock.instant();
            share.persist();
            custody.record(item, Custody.Action.SHARED, actor, null, "Shared with "
                    + police.get(share.recipientPartnerId)
                    + " until the end of " + Formats.day(until) + ": " + share.reason);
            shared.fire(new EvidenceShared(share.id, share.partnerId, share.recipientPartnerId, until));
            return share;
        });
    }

    public EvidenceShare revoke(long id, long shareId) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            EvidenceShare share = EvidenceShare.findById(shareId);
            if (share == null || !share.itemId.equals(item.id)) {
                throw new NotFoundException("No such share");
            }
            if (share.revokedAt == null) {
                share.revokedAt = clock.instant();
                share.revokedBy = actor.username();
                custody.record(item, Custody.Action.REVOKED, actor, null, "Revoked the share with "
                        + partners.partnerNames().getOrDefault(share.recipientPartnerId, share.recipientPartnerId));
            }
            return share;
        });
    }

    /** Ends a share with the footage's last retained day, so the force is not promised footage already gone. */
    public EvidenceShare shorten(long id, long shareId) {
        Actor actor = evidence.actor();
        return evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            ShareRetention outlasting = ShareRetention.outlasting(item, EvidenceShare.of(item.id), clock.instant())
                    .stream().filter(r -> r.share().id.equals(shareId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No share outlasting the footage"));
            EvidenceShare share = outlasting.share();
            share.expiresAt = ShareRetention.endOf(item.retainUntil);
            custody.record(item, Custody.Action.SHARED, actor, null, "Shortened the share with "
                    + partners.partnerNames().getOrDefault(share.recipientPartnerId, share.recipientPartnerId)
                    + " to end with " + Formats.day(item.retainUntil) + ", when the footage is disposed of");
            return share;
        });
    }

    /**
     * Places a legal hold, or takes one step of releasing it ({@link HoldRelease}); the item comes back still held
     * while a release waits for its confirmation.
     */
    public EvidenceItem hold(long id, boolean hold, String reason) {
        Actor actor = evidence.actor();
        locks.requireKnown();
        EvidenceItem held = evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            FormErrors errors = new FormErrors();
            EvidenceService.requireReason(reason, "reason", hold ? "Say why the evidence is on legal hold"
                    : "Say why the legal hold is released", errors);
            if (hold && !item.isOpen()) {
                errors.add("reason", "The evidence has been disposed of");
            }
            errors.throwIfAny();
            holdRelease.decide(item, hold, reason.strip(), actor, errors);
            return item;
        });
        locks.sync(id);
        return held;
    }

    /** Marks the item evidential with a review date, or returns it to the default retention. */
    public EvidenceItem retention(long id, boolean evidential, String reviewDate) {
        Actor actor = evidence.actor();
        locks.requireKnown();
        EvidenceItem kept = evidence.vault(() -> {
            EvidenceItem item = evidence.managed(id, actor);
            FormErrors errors = new FormErrors();
            LocalDate review = evidential ? ItemForm.date(reviewDate, "reviewDate",
                    "Enter the date to review whether the evidence is still needed", errors) : null;
            if (review != null && !review.isAfter(LocalDate.now(clock.withZone(LondonTime.ZONE)))) {
                errors.add("reviewDate", "The review date must be in the future");
            }
            if (!item.isOpen()) {
                errors.add("reviewDate", "The evidence has been disposed of");
            }
            errors.throwIfAny();
            item.evidential = evidential;
            item.reviewDate = review;
            custody.record(item, Custody.Action.RETENTION, actor, null, evidential
                    ? "Marked evidential; review on " + Formats.day(review)
                    : "Returned to the default retention: kept until " + Formats.day(item.retainUntil));
            return item;
        });
        locks.sync(id);
        return kept;
    }

    public EvidenceItem dispose(long id, String reason) {
        Actor actor = evidence.actor();
        locks.requireKnown();
        FormErrors errors = new FormErrors();
        EvidenceService.requireReason(reason, "reason", "Say why the evidence is disposed of", errors);
        errors.throwIfAny();
        List<String> keys = evidence.vault(() -> disposal.dispose(evidence.managed(id, actor), actor, reason.strip(),
                errors));
        disposal.removeObjects(keys);
        return evidence.find(id).item();
    }

}
