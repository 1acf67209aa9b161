package org.cctvportal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job once per slot across every replica. Each replica fires each job on its own timer; the slot is
 * the fire time truncated to the job's interval, so replicas that fire a few seconds apart still name the same slot.
 * The first replica to insert the slot's row runs the job; the others find the row and skip. A database lock alone
 * would only stop two replicas running at the same instant, not one after the other.
 */
@ApplicationScoped
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class);
    private static final int MAX_OUTCOME = 500;
    /** How long the record of each run is kept. */
    static final Duration KEPT = Duration.ofDays(90);

    /** This process: the host name and a random part, as two processes on one host must differ. */
    public static final String INSTANCE = hostName() + "/" + HexFormat.of().toHexDigits(
            ThreadLocalRandom.current().nextInt());

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The slot a fire time belongs to: the start of the interval it falls in. */
    public static Instant slot(Instant fireTime, Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        return Instant.ofEpochMilli(Math.floorDiv(fireTime.toEpochMilli(), millis) * millis);
    }

    /**
     * Runs {@code work} if this instance claims the slot of {@code fireTime}; true when it ran here. The work says
     * what it did; a failure is recorded and the next slot tries again, so the work must be safe to repeat.
     */
    public boolean runOnce(String job, Duration interval, Instant fireTime, Supplier<String> work) {
        Instant slot = slot(fireTime, interval);
        if (!claim(job, slot)) {
            LOG.infof("Job %s, slot %s: already run by %s", job, slot, claimedBy(job, slot));
            return false;
        }
        LOG.infof("Job %s, slot %s: running on %s", job, slot, INSTANCE);
        String outcome;
        try {
            outcome = "done: " + work.get();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s, slot %s failed", job, slot);
            outcome = "failed: " + e.getMessage();
        }
        finish(job, slot, outcome);
        return true;
    }

    private boolean claim(String job, Instant slot) {
        return scheduled.atPlatform(() -> entityManager.createNativeQuery("insert into job_run"
                + " (job, slot, instance, started_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, job).setParameter(2, Timestamp.from(slot)).setParameter(3, INSTANCE)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate()) == 1;
    }

    private String claimedBy(String job, Instant slot) {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery(
                "select instance from job_run where job = ?1 and slot = ?2")
                .setParameter(1, job).setParameter(2, Timestamp.from(slot)).getResultList());
        return rows.isEmpty() ? "another instance" : rows.get(0).toString();
    }

    private void finish(String job, Instant slot, String outcome) {
        String recorded = outcome.length() > MAX_OUTCOME ? outcome.substring(0, MAX_OUTCOME - 1) + "…" : outcome;
        scheduled.atPlatform(() -> entityManager.createNativeQuery("update job_run set finished_at = ?1,"
                + " outcome = ?2 where job = ?3 and slot = ?4")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, recorded)
                .setParameter(3, job).setParameter(4, Timestamp.from(slot)).executeUpdate());
        scheduled.atPlatform(() -> entityManager.createNativeQuery("delete from job_run where job = ?1 and slot < ?2")
                .setParameter(1, job).setParameter(2, Timestamp.from(slot.minus(KEPT))).executeUpdate());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
