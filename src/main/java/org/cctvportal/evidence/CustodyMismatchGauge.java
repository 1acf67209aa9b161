package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.cctvportal.platform.jobs.PlatformCount;
import org.cctvportal.platform.jobs.PlatformGauges;

/**
 * {@code portal_custody_mismatches}: integrity alerts (objects tampered with or missing) raised in the last 24 hours
 * across every partner (the alert PortalCustodyMismatch). Only the count leaves the platform scope (V56's policy).
 */
@ApplicationScoped
public class CustodyMismatchGauge implements PlatformCount {

    static final Duration WINDOW = Duration.ofHours(24);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    PlatformGauges gauges;

    @Override
    public String name() {
        return "portal.custody.mismatches";
    }

    @Override
    public String description() {
        return "Evidence integrity alerts raised in the last 24 hours";
    }

    @Override
    public long count() {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from evidence_integrity_alert where found_at > ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(WINDOW))).getSingleResult()).longValue();
    }

    /** Counts afresh; answers the new value. */
    public long refresh() {
        return gauges.refresh(this);
    }
}
