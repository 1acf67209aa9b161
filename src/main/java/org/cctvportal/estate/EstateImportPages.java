package org.cctvportal.estate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Importing cameras or sites from a CSV or GeoJSON file (upload, preview, commit), and the estate as CSV. */
@Path("/estate")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EstateImportPages {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    EstateImportService imports;

    @Inject
    EstateExport export;

    @Inject
    EstateImportConfig limits;

    @Inject
    Clock clock;

    /** One column of an import file, as the upload page explains it. */
    public record Column(String column, String label, boolean required) {
    }

    /** The columns of one kind of file, and where to download its template. */
    public record SubjectColumns(String subject, String title, List<Column> columns) {
    }

    /** The upload form: what was chosen, the one message about the file, and the columns explained. */
    public record FormView(String subject, String error, List<SubjectColumns> subjects, String maxSize) {
    }

    /** An import's preview or outcome, with a message when a commit was refused. */
    public record PreviewView(EstateImportService.Preview preview, String message, boolean committedNow, Job job) {
        public boolean failed() {
            return message != null || !preview.problems().isEmpty();
        }

        /** A commit is under way: the form is not offered again. */
        public boolean committing() {
            return job != null && !job.status.ended();
        }

        /** The last commit stopped: its message says what was kept and what to do. */
        public boolean commitFailed() {
            return job != null && job.status == Job.Status.FAILED && !preview.upload().isCommitted();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance preview(PreviewView view);
    }

    @GET
    @Path("import")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance form() {
        return Templates.form(formView("cameras", null));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response upload(@RestForm String subject, @RestForm("file") FileUpload file) throws IOException {
        EstateImport.Subject chosen = EstateImport.Subject.parse(subject);
        if (chosen == null) {
            return refused(400, subject, "Select whether the file holds cameras or sites");
        }
        if (file == null || (file.size() == 0 && (file.fileName() == null || file.fileName().isBlank()))) {
            return refused(400, subject, "Select a CSV or GeoJSON file to import");
        }
        if (file.size() > limits.importMaxBytes()) {
            return refused(413, subject, "The file is " + ImportFiles.megabytes(file.size()) + "; the largest file"
                    + " you can import is " + ImportFiles.megabytes(limits.importMaxBytes())
                    + ". Split it into smaller files");
        }
        try {
            EstateImport upload = imports.upload(chosen, file.fileName(), Files.readAllBytes(file.uploadedFile()));
            return Response.seeOther(URI.create(EstateLinks.estateImportPreview(upload.id))).build();
        } catch (ImportFileException e) {
            return refused(e.status(), subject, e.getMessage());
        }
    }

    /** A form sent without a file (no multipart body) gets the same message as an empty file field. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response uploadWithoutFile(@RestForm String subject) {
        return refused(400, subject, "Select a CSV or GeoJSON file to import");
    }

    @GET
    @Path("import/{id}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response preview(@PathParam("id") String id, @QueryParam("committed") boolean committed) {
        try {
            EstateImportService.Preview preview = imports.preview(id);
            return Response.ok(Templates.preview(new PreviewView(preview, null, committed,
                    imports.commitJob(preview.upload()).orElse(null)))).build();
        } catch (ImportFileException e) {
            return refusedPreview(id, e);
        }
    }

    /** Starts the commit as a job and shows its progress. */
    @POST
    @Path("import/{id}/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response commit(@PathParam("id") String id) {
        try {
            return Response.seeOther(URI.create(JobLinks.job(imports.startCommit(id).id))).build();
        } catch (ImportFileException e) {
            return refusedPreview(id, e);
        }
    }

    private Response refusedPreview(String id, ImportFileException e) {
        EstateImport upload = imports.find(id);
        return Response.status(e.status()).entity(Templates.preview(new PreviewView(
                new EstateImportService.Preview(upload, 0, 0, 0, List.of()), e.getMessage(), false,
                imports.commitJob(upload).orElse(null)))).build();
    }

    @GET
    @Path("import/template/{subject}")
    @Produces(CSV)
    public Response template(@PathParam("subject") String subject) {
        EstateImport.Subject chosen = subjectOrNotFound(subject);
        return download(export.template(chosen), chosen.plural() + "-template.csv");
    }

    @GET
    @Path("export")
    @Produces(CSV)
    public Response export(@QueryParam("subject") String subject) {
        EstateImport.Subject chosen = subject == null || subject.isBlank() ? EstateImport.Subject.CAMERAS
                : subjectOrNotFound(subject);
        return download(export.csv(chosen), chosen.plural() + "-" + LocalDate.now(clock) + ".csv");
    }

    private Response refused(int status, String subject, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(formView(subject, message))).build();
    }

    private static Response download(String body, String fileName) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static EstateImport.Subject subjectOrNotFound(String subject) {
        EstateImport.Subject chosen = EstateImport.Subject.parse(subject);
        if (chosen == null) {
            throw new NotFoundException("No such kind of record");
        }
        return chosen;
    }

    private FormView formView(String subject, String error) {
        List<SubjectColumns> subjects = Arrays.stream(EstateImport.Subject.values())
                .map(s -> new SubjectColumns(s.plural(), s.title(),
                        s.fields().stream().map(f -> new Column(f.column(), f.label(), s.isRequired(f))).toList()))
                .toList();
        String chosen = EstateImport.Subject.parse(subject) == null ? "cameras" : subject.strip().toLowerCase();
        return new FormView(chosen, error, subjects, ImportFiles.megabytes(limits.importMaxBytes()));
    }
}
