package org.cctvportal.platform.jobs;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.cctvportal.platform.tenancy.UnattendedWork;

/** A claimed job's chunks, each committed with the job's progress under the job's partner, while the claim holds. */
final class RunnerProgress implements JobProgress {

    private final Job job;
    private final UnattendedWork unattended;
    private final EntityManager entityManager;
    private final Clock clock;

    RunnerProgress(Job job, UnattendedWork unattended, EntityManager entityManager, Clock clock) {
        this.job = job;
        this.unattended = unattended;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public <T> T chunk(Long total, Supplier<T> work, ToLongFunction<T> doneOf) {
        return committed(work, doneOf, result -> total);
    }

    @Override
    public <T> T chunk(Supplier<T> work, ToLongFunction<T> doneOf, ToLongFunction<T> totalOf) {
        return committed(work, doneOf, result -> totalOf.applyAsLong(result));
    }

    /** The work and its progress in one transaction; {@code totalOf} answering null leaves the total as it was. */
    private <T> T committed(Supplier<T> work, ToLongFunction<T> doneOf, Function<T, Long> totalOf) {
        return unattended.forPartner(job.partnerId, job.partnershipId, () -> {
            // Taken first, so a runner that lost its claim changes nothing: the row lock orders two runners' chunks.
            int held = entityManager.createNativeQuery("update portal_job set heartbeat_at = ?1"
                    + " where id = ?2 and runner = ?3 and status = 'RUNNING'")
                    .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, job.id)
                    .setParameter(3, JobRuns.INSTANCE).executeUpdate();
            if (held == 0) {
                throw new ClaimLost("another runner has taken the job over; this one stops");
            }
            T result = work.get();
            entityManager.createNativeQuery("update portal_job set done = ?1, total = coalesce(cast(?2 as bigint),"
                    + " total) where id = ?3").setParameter(1, doneOf.applyAsLong(result))
                    .setParameter(2, totalOf.apply(result)).setParameter(3, job.id).executeUpdate();
            return result;
        });
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return unattended.forPartner(job.partnerId, job.partnershipId, work);
    }
}
