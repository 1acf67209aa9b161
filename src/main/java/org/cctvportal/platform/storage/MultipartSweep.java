package org.cctvportal.platform.storage;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.jobs.JobRuns;
import org.jboss.logging.Logger;

/**
 * Aborts multipart uploads in the portal's buckets that are older than {@code abandoned-upload-after} (a day):
 * the parts of an upload cut off by object storage going away, whose abort could not reach the server at the time.
 * No upload of the portal's runs for a day, so nothing in progress is cut. Run once per slot across replicas.
 * MinIO also expires stale uploads itself, and the buckets' lifecycle rule does the same; S3Proxy does neither.
 */
@ApplicationScoped
public class MultipartSweep {

    static final String JOB = "abort-abandoned-uploads";
    private static final Logger LOG = Logger.getLogger(MultipartSweep.class);

    @Inject
    JobRuns runs;

    @Inject
    StorageConfig config;

    @Inject
    ObjectStorage storage;

    @Inject
    MultipartUploads uploads;

    @Inject
    Clock clock;

    @Scheduled(identity = JOB, every = "${portal.storage.multipart-sweep-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        if (!storage.checked()) {
            // Its first run at start comes before object storage's check has made the buckets; the next slot sweeps.
            LOG.debugf("Object storage not checked yet (%s): this sweep is skipped", storage.problem());
            return;
        }
        runs.runOnce(JOB, config.multipartSweepEvery(), execution.getScheduledFireTime(), this::sweep);
    }

    /** Aborts every incomplete upload begun more than the configured age ago; says how many. */
    public String sweep() {
        return sweep(clock.instant().minus(config.abandonedUploadAfter()));
    }

    /** Aborts every incomplete upload begun before {@code cutoff}, in every bucket of the portal; says how many. */
    public String sweep(Instant cutoff) {
        int aborted = 0;
        List<String> failed = new ArrayList<>();
        for (String bucket : storage.buckets()) {
            try {
                for (MultipartUploads.Incomplete upload : uploads.list(bucket, "")) {
                    if (upload.initiated().isBefore(cutoff)) {
                        uploads.abort(upload);
                        aborted++;
                    }
                }
            } catch (Exception e) {
                LOG.errorf("Could not abort abandoned uploads in %s: %s", bucket, e.getMessage());
                failed.add(bucket);
            }
        }
        String summary = aborted + " abandoned multipart uploads aborted";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }
}
