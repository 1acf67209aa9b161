package org.cctvportal.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.jobs.JobsApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Disclosure packages as JSON: sending one is the form's request, answered with the job that makes the package. */
@Path("/api/v1/evidence/packages")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ EvidencePages.MANAGER, EvidencePages.OFFICER })
public class PackageApi {

    @Inject
    DisclosurePackages packages;

    @Inject
    Jobs jobs;

    /**
     * A package to send, as the form's fields: {@code kind} SUBJECT_ACCESS (with {@code request}, the open request's
     * id), INSURANCE or POLICE (with {@code reference} and {@code recipient}); {@code files}, the partner's stored
     * files' ids in order; {@code reason}; {@code unredactedReason} when a subject access package sends a file that
     * is not redacted; {@code note} for the covering letter.
     */
    public record PackageBody(String kind, String request, String reference, String recipient, List<String> files,
            String reason, String unredactedReason, String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a disclosure package: its request is checked at once (400 with the fields at fault,"
            + " nothing recorded), then 202 with the job that makes it, file by file; poll GET /api/v1/jobs/{id}"
            + " until DONE, when its result is the package's page")
    public Response send(PackageBody body) {
        PackageBody b = body == null ? new PackageBody(null, null, null, null, null, null, null, null) : body;
        Job job = packages.request(new PackageForm(b.kind(), b.request(), b.reference(), b.recipient(), b.files(),
                b.reason(), b.unredactedReason(), b.note()));
        return Response.accepted(JobsApi.JobJson.of(jobs.view(job))).location(URI.create(JobLinks.apiJob(job.id)))
                .build();
    }
}
