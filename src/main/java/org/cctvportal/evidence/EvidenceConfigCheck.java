package org.cctvportal.evidence;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/** Refuses to start with evidence settings that would weaken the vault's guarantees. */
@ApplicationScoped
class EvidenceConfigCheck {

    /** The longest a presigned link may live: a revoked share is honoured by a link issued before for this long. */
    static final Duration MAX_LINK_VALIDITY = Duration.ofMinutes(15);

    @Inject
    EvidenceConfig config;

    void onStart(@Observes StartupEvent start) {
        check(config);
    }

    static void check(EvidenceConfig config) {
        Duration link = config.linkValidity();
        if (link.isNegative() || link.isZero() || link.compareTo(MAX_LINK_VALIDITY) > 0) {
            throw new IllegalStateException("portal.evidence.link-validity is " + link + ": it must be more than"
                    + " zero and at most " + MAX_LINK_VALIDITY.toMinutes() + " minutes, because a link already"
                    + " issued outlives the revocation of its share until it expires");
        }
        if (config.maxIncidentDays() < 1 || config.maxIncidentDays() > 366) {
            throw new IllegalStateException("portal.evidence.max-incident-days must be between 1 and 366");
        }
        if (config.rehashCycleNights() < 1 || config.rehashCycleNights() > 366) {
            throw new IllegalStateException("portal.evidence.rehash-cycle-nights must be between 1 and 366");
        }
    }
}
