package org.cctvportal.platform.jobs;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Runs waiting jobs on every replica. A runner claims one job at a time at platform scope (FOR UPDATE SKIP LOCKED,
 * so replicas share the work and never take one job twice), then runs its kind under the job's partner. A job
 * whose heartbeat is older than {@code portal.jobs.run-jobs.stale-after} lost its runner and is claimed again.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final int MAX_MESSAGE = 1000;

    @Inject
    UnattendedWork unattended;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    JobsConfig config;

    @Inject
    Instance<JobKind> kinds;

    @Inject
    Event<JobEnded> ended;

    @Scheduled(identity = "run-jobs", every = "${portal.jobs.run-jobs.every:2s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runWaiting();
    }

    /**
     * Runs waiting jobs one after another until none is left to claim; answers how many ran here. Only the schedule
     * calls it (never two at once in one process), so a stale job claimed here is never one this process is running.
     */
    @ActivateRequestContext
    int runWaiting() {
        int ran = 0;
        for (Job job = claim(); job != null; job = claim()) {
            run(job);
            ran++;
        }
        return ran;
    }

    private Job claim() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp stale = Timestamp.from(clock.instant().minus(config.runJobs().staleAfter()));
        List<?> rows = unattended.atPlatform(() -> entityManager.createNativeQuery("update portal_job j"
                + " set status = 'RUNNING', runner = ?1, heartbeat_at = ?2, attempts = j.attempts + 1,"
                + " started_at = coalesce(j.started_at, ?2)"
                + " where j.id = (select id from portal_job where status = 'QUEUED'"
                + " or (status = 'RUNNING' and heartbeat_at < ?3)"
                + " order by created_at limit 1 for update skip locked)"
                + " returning j.id, j.partner_id, j.partnership_id, j.kind, j.subject_id, j.done, j.total, j.attempts,"
                + " j.started_by, j.started_by_account")
                .setParameter(1, JobRuns.INSTANCE).setParameter(2, now).setParameter(3, stale).getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        Job job = new Job();
        job.id = (UUID) row[0];
        job.partnerId = (String) row[1];
        job.partnershipId = (String) row[2];
        job.kind = (String) row[3];
        job.subjectId = (String) row[4];
        job.done = ((Number) row[5]).longValue();
        job.total = row[6] == null ? null : ((Number) row[6]).longValue();
        job.attempts = ((Number) row[7]).intValue();
        // Who started it: the work names them (an import's audit events say whose import they came from).
        job.startedBy = (String) row[8];
        job.startedByAccount = (String) row[9];
        return job;
    }

    private void run(Job job) {
        LOG.infof("Job %s (%s), attempt %d: running on %s", job.id, job.kind, job.attempts, JobRuns.INSTANCE);
        JobKind kind = kinds.stream().filter(k -> k.kind().equals(job.kind)).findFirst().orElse(null);
        if (kind == null || job.attempts > config.runJobs().maxAttempts()) {
            finish(job, false, kind == null ? "This portal does not know work of the kind " + job.kind
                    : "The work stopped " + config.runJobs().maxAttempts() + " times before it could finish."
                            + " Start it again; if it keeps stopping, tell your partnership admin");
            return;
        }
        try {
            finish(job, true, kind.run(job, new RunnerProgress(job, unattended, entityManager, clock)));
        } catch (JobProgress.ClaimLost e) {
            LOG.warnf("Job %s: %s", job.id, e.getMessage());
        } catch (JobFailure e) {
            finish(job, false, e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseFaults.connectionLost(e)) {
                // Its committed chunks stand; the job waits again (or, if that too fails, its heartbeat goes stale).
                LOG.warnf("Job %s: the database went away (%s); it will be taken up again", job.id, e.getMessage());
                requeue(job);
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "Job %s failed: incident %s", job.id, incident);
            finish(job, false, "The work stopped unexpectedly (incident " + incident + "). What was done before is"
                    + " kept; start it again, and if it stops again tell your partnership admin");
        }
    }

    private void requeue(Job claimed) {
        try {
            unattended.atPlatform(() -> entityManager.createNativeQuery("update portal_job set status = 'QUEUED',"
                    + " runner = null where id = ?1 and runner = ?2 and status = 'RUNNING'")
                    .setParameter(1, claimed.id).setParameter(2, JobRuns.INSTANCE).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Job %s stays claimed until its heartbeat is stale: %s", claimed.id, e.getMessage());
        }
    }

    private void finish(Job claimed, boolean succeeded, String message) {
        String text = message == null ? "" : message;
        String recorded = text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE - 1) + "…" : text;
        unattended.forPartner(claimed.partnerId, claimed.partnershipId, () -> {
            Job job = Job.findById(claimed.id);
            if (job == null || job.status.ended() || !JobRuns.INSTANCE.equals(job.runner)) {
                return null;
            }
            job.status = succeeded ? Job.Status.DONE : Job.Status.FAILED;
            job.done = succeeded && job.total != null ? job.total : job.done;
            job.message = recorded;
            job.finishedAt = clock.instant();
            job.heartbeatAt = job.finishedAt;
            ended.fire(new JobEnded(job.id, job.partnerId, job.kind, job.startedByAccount, succeeded, recorded));
            return null;
        });
    }
}
