package org.cctvportal.evidence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * {@code portal_custody_mismatches}: integrity alerts (objects tampered with or missing) raised in the last 24 hours
 * across every partner (the alert PortalCustodyMismatch). Only the count leaves the platform scope (V56's policy).
 */
@Startup
@ApplicationScoped
public class CustodyMismatchGauge {

    static final Duration WINDOW = Duration.ofHours(24);

    private final AtomicLong mismatches = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @PostConstruct
    void register() {
        Gauge.builder("portal.custody.mismatches", mismatches, AtomicLong::get)
                .description("Evidence integrity alerts raised in the last 24 hours").register(registry);
    }

    @Scheduled(identity = "gauge-custody", every = "${portal.metrics.refresh-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database is away: the gauge keeps its last value, and readiness says what is down.
            Logger.getLogger(getClass()).debugf("Gauge not refreshed: %s", e.getMessage());
        }
    }

    /** Counts afresh; answers the new value. */
    @ActivateRequestContext
    public long refresh() {
        long count = unattended.atPlatform(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from evidence_integrity_alert where found_at > ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(WINDOW))).getSingleResult()).longValue());
        mismatches.set(count);
        return count;
    }
}
