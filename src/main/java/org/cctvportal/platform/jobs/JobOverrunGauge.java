package org.cctvportal.platform.jobs;

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
 * {@code portal_job_unfinished_seconds}: how long the oldest scheduled job run begun in the last day has been running
 * without finishing, 0 when none is (the alert PortalJobOverrun). A run whose instance died stays unfinished, so it
 * is reported too; {@code job_run} names the job and the instance.
 */
@Startup
@ApplicationScoped
public class JobOverrunGauge {

    private static final Duration LOOKED_AT = Duration.ofDays(1);

    private final AtomicLong unfinished = new AtomicLong();

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
        Gauge.builder("portal.job.unfinished.seconds", unfinished, AtomicLong::get)
                .description("Seconds the oldest unfinished scheduled job run of the last day has run").register(registry);
    }

    @Scheduled(identity = "gauge-job-overrun", every = "${portal.metrics.refresh-every:30s}", delayed = "5s",
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
        Timestamp now = Timestamp.from(clock.instant());
        long seconds = unattended.atPlatform(() -> ((Number) entityManager.createNativeQuery(
                "select coalesce(max(extract(epoch from (?1 - started_at))), 0) from job_run"
                        + " where finished_at is null and started_at > ?2")
                .setParameter(1, now).setParameter(2, Timestamp.from(now.toInstant().minus(LOOKED_AT)))
                .getSingleResult()).longValue());
        unfinished.set(Math.max(0, seconds));
        return unfinished.get();
    }
}
