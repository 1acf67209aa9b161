package org.cctvportal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code portal_job_unfinished_seconds}: how long the oldest scheduled job run begun in the last day has been running
 * without finishing, 0 when none is (the alert PortalJobOverrun). A run whose instance died stays unfinished, so it
 * is reported too; {@code job_run} names the job and the instance.
 */
@ApplicationScoped
public class JobOverrunGauge implements PlatformCount {

    private static final Duration LOOKED_AT = Duration.ofDays(1);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    PlatformGauges gauges;

    @Override
    public String name() {
        return "portal.job.unfinished.seconds";
    }

    @Override
    public String description() {
        return "Seconds the oldest unfinished scheduled job run of the last day has run";
    }

    @Override
    public long count() {
        Timestamp now = Timestamp.from(clock.instant());
        long seconds = ((Number) entityManager.createNativeQuery(
                "select coalesce(max(extract(epoch from (?1 - started_at))), 0) from job_run"
                        + " where finished_at is null and started_at > ?2")
                .setParameter(1, now).setParameter(2, Timestamp.from(now.toInstant().minus(LOOKED_AT)))
                .getSingleResult()).longValue();
        return Math.max(0, seconds);
    }

    /** Counts afresh; answers the new value. */
    public long refresh() {
        return gauges.refresh(this);
    }
}
