package org.cctvportal.platform.jobs;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Long work as JSON: a client polls a job until its status is DONE or FAILED, then follows its result. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Jobs")
public class JobsApi {

    @Inject
    Jobs jobs;

    /** A job: its kind and record, where it is (QUEUED, RUNNING, DONE, FAILED), how far, and how it ended. */
    public record JobJson(UUID id, String kind, String title, String subjectId, String status, long done, Long total,
            int percent, String message, String result, String startedBy, Instant createdAt, Instant startedAt,
            Instant finishedAt, String link) {
        public static JobJson of(JobView view) {
            Job j = view.job();
            return new JobJson(j.id, j.kind, view.title(), j.subjectId, j.status.name(), j.done, j.total,
                    j.percent(), j.message, j.status == Job.Status.DONE ? j.resultPath : null, j.startedBy,
                    j.createdAt, j.startedAt, j.finishedAt, JobLinks.apiJob(j.id));
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job the caller started, or one of their partner's (partner managers, and the PCC office's"
            + " partnership admins): its status and progress; poll it until the status is DONE or FAILED (404 for"
            + " anyone else)")
    public JobJson job(@PathParam("id") String id) {
        return JobJson.of(jobs.view(jobs.find(id)));
    }
}
