package org.cctvportal.notify;

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
 * {@code portal_outbox_dead_letters}: the e-mails of every partnership that became dead letters in the last 24 hours
 * (the alert PortalOutboxDeadLetters), counted at platform scope on a timer so a scrape never waits on the database.
 */
@Startup
@ApplicationScoped
public class OutboxGauge {

    static final Duration WINDOW = Duration.ofHours(24);

    private final AtomicLong deadLetters = new AtomicLong();

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
        Gauge.builder("portal.outbox.dead.letters", deadLetters, AtomicLong::get)
                .description("E-mails that became dead letters in the last 24 hours").register(registry);
    }

    @Scheduled(identity = "gauge-outbox", every = "${portal.metrics.refresh-every:30s}", delayed = "5s",
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
                "select count(*) from mail_outbox where dead_at > ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(WINDOW))).getSingleResult()).longValue());
        deadLetters.set(count);
        return count;
    }
}
