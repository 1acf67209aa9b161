package org.cctvportal.estate;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.jobs.JobsApi;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.RefusedInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Estate imports as a resource: upload a file (its preview and problems come back), read it, and commit it, which
 * starts a job the client polls. The same checks, limits and messages as the import pages.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_MANAGER)
@Tag(name = "Estate")
public class ImportsApi {

    @Inject
    EstateImportService imports;

    @Inject
    EstateImportConfig limits;

    @Inject
    Jobs jobs;

    /** One problem row of a file: its line, the column at fault (empty: the whole row) and what is wrong. */
    public record ProblemJson(int line, String column, String message) {
    }

    /**
     * An import: its file, status (PREVIEWED, COMMITTED, DISCARDED), what committing would do (or, once committed,
     * what it did), its first problems and how many in all, and its latest commit job.
     */
    public record ImportJson(UUID id, String subject, String fileName, String status, long toCreate, long toUpdate,
            long unchanged, List<ProblemJson> problems, long problemCount, boolean canCommit, String outcome,
            Instant createdAt, Instant committedAt, JobsApi.JobJson job) {
    }

    /** The file is the request body (CSV or GeoJSON); what it holds and its name are in the query. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Blocking
    @Operation(summary = "Upload a CSV or GeoJSON file of cameras or sites as the request body (subject=cameras or"
            + " sites, fileName in the query): the import comes back with its preview and every problem row; nothing"
            + " changes in the estate until it is committed")
    public Response upload(@QueryParam("subject") String subject, @QueryParam("fileName") String fileName,
            InputStream body) throws IOException {
        EstateImport.Subject chosen = EstateImport.Subject.parse(subject);
        if (chosen == null) {
            throw new RefusedInputException(400, "subject", "Send subject as cameras or sites");
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) limits.importMaxBytes() + 1);
        if (bytes.length > limits.importMaxBytes()) {
            throw new RefusedInputException(413, null, "The file is larger than "
                    + ImportFiles.megabytes(limits.importMaxBytes()) + ", the largest file you can import");
        }
        String name = fileName == null || fileName.isBlank() ? chosen.plural() + ".csv" : fileName;
        try {
            EstateImport upload = imports.upload(chosen, name, bytes);
            return Response.created(URI.create("/api/v1/imports/" + upload.id)).entity(json(upload.id.toString()))
                    .build();
        } catch (ImportFileException e) {
            throw new RefusedInputException(e.status(), null, e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's imports with its preview (or outcome), problems and latest commit job")
    public ImportJson get(@PathParam("id") String id) {
        return json(id);
    }

    @POST
    @Path("{id}/commit")
    @Operation(summary = "Commit an import: 202 with the job that checks every row again and applies them in"
            + " chunks; poll GET /api/v1/jobs/{id} until DONE or FAILED. 409 when already committed or discarded")
    public Response commit(@PathParam("id") String id) {
        try {
            Job job = imports.startCommit(id);
            return Response.accepted(JobsApi.JobJson.of(jobs.view(job))).location(URI.create(JobLinks.apiJob(job.id)))
                    .build();
        } catch (ImportFileException e) {
            throw new RefusedInputException(e.status(), null, e.getMessage());
        }
    }

    private ImportJson json(String id) {
        EstateImportService.Preview p;
        try {
            p = imports.preview(id);
        } catch (ImportFileException e) {
            throw new RefusedInputException(e.status(), null, e.getMessage());
        }
        EstateImport u = p.upload();
        JobsApi.JobJson job = imports.commitJob(u).map(j -> JobsApi.JobJson.of(jobs.view(j))).orElse(null);
        return new ImportJson(u.id, u.subject.plural(), u.fileName, u.status.name(),
                u.isCommitted() ? u.rowsCreated : p.toCreate(), u.isCommitted() ? u.rowsUpdated : p.toUpdate(),
                u.isCommitted() ? u.rowsUnchanged : p.unchanged(),
                p.problems().stream().map(pr -> new ProblemJson(pr.line(), pr.column(), pr.message())).toList(),
                p.problemCount(), p.canCommit() && (job == null || !List.of("QUEUED", "RUNNING").contains(job.status())),
                u.outcome, u.createdAt, u.committedAt, job);
    }
}
