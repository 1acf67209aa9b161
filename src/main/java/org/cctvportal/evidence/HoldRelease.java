package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/**
 * Placing a legal hold takes one person; lifting it takes two steps. The first "release" asks for it and leaves the
 * item held; a second person of the owning partner's evidence staff confirms it at once, or the one who asked
 * confirms it alone once {@code portal.evidence.hold-release-cooling-off} has passed. Placing the hold again while a
 * release waits cancels the release. Every step is a custody event in the caller's transaction.
 */
@ApplicationScoped
@Named("holdRelease")
public class HoldRelease {

    /** What a hold or release request did. */
    enum Outcome {
        UNCHANGED, HELD, REQUESTED, CANCELLED, RELEASED
    }

    @Inject
    Custody custody;

    @Inject
    EvidenceConfig config;

    @Inject
    Clock clock;

    @Inject
    LondonTime london;

    Outcome decide(EvidenceItem item, boolean hold, String reason, Actor actor, FormErrors errors) {
        return hold ? hold(item, reason, actor) : release(item, reason, actor, errors);
    }

    private Outcome hold(EvidenceItem item, String reason, Actor actor) {
        if (item.releasePending()) {
            String asked = item.releaseRequestedBy;
            clearRequest(item);
            custody.record(item, Custody.Action.RELEASE_CANCELLED, actor, null, "Kept on legal hold: the release"
                    + " asked for by " + asked + " is cancelled: " + reason);
            return Outcome.CANCELLED;
        }
        if (item.legalHold) {
            return Outcome.UNCHANGED;
        }
        item.legalHold = true;
        item.holdReason = reason;
        custody.record(item, Custody.Action.HELD, actor, null, "Placed on legal hold: " + reason);
        return Outcome.HELD;
    }

    private Outcome release(EvidenceItem item, String reason, Actor actor, FormErrors errors) {
        if (!item.legalHold) {
            return Outcome.UNCHANGED;
        }
        if (!item.releasePending()) {
            item.releaseRequestedBy = actor.username();
            item.releaseRequestedAt = clock.instant();
            item.releaseReason = reason;
            String alone = aloneFrom(item);
            custody.record(item, Custody.Action.RELEASE_REQUESTED, actor, null, "Asked for the legal hold to be"
                    + " released: " + reason + ". The item stays on hold until a second evidence officer or manager"
                    + " confirms" + (alone == null ? "" : ", or " + actor.username() + " confirms from " + alone));
            return Outcome.REQUESTED;
        }
        if (item.releaseRequestedBy.equals(actor.username())) {
            Instant from = confirmableAlone(item);
            if (from == null || clock.instant().isBefore(from)) {
                errors.add("reason", "You asked for this release yourself, so another evidence officer or manager of"
                        + " the partner must confirm it" + (from == null ? "" : ", or you can confirm it from "
                        + aloneFrom(item)));
                errors.throwIfAny();
            }
        }
        String asked = "asked for by " + item.releaseRequestedBy + " on " + display(item.releaseRequestedAt) + " ("
                + item.releaseReason + ")";
        item.legalHold = false;
        item.holdReason = null;
        clearRequest(item);
        custody.record(item, Custody.Action.RELEASED, actor, null, "Released from legal hold, " + asked
                + "; confirmed: " + reason);
        return Outcome.RELEASED;
    }

    /** When the person who asked may confirm the release alone, for the item page; null when never alone. */
    public String aloneFrom(EvidenceItem item) {
        Instant from = item.releasePending() ? confirmableAlone(item) : null;
        return from == null ? null : display(from);
    }

    private Instant confirmableAlone(EvidenceItem item) {
        Duration coolingOff = config.holdReleaseCoolingOff();
        return coolingOff.isZero() || coolingOff.isNegative() ? null : item.releaseRequestedAt.plus(coolingOff);
    }

    private static void clearRequest(EvidenceItem item) {
        item.releaseRequestedBy = null;
        item.releaseRequestedAt = null;
        item.releaseReason = null;
    }

    private String display(Instant at) {
        return at.atZone(LondonTime.ZONE).format(london.getDisplay());
    }
}
