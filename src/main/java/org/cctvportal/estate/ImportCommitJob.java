package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobFailure;
import org.cctvportal.platform.jobs.JobKind;
import org.cctvportal.platform.jobs.JobProgress;

/**
 * An import's commit as a job: every row is checked against the estate as it is now (nothing is applied if one is
 * wrong), then the rows are applied in chunks of {@code portal.estate.import-chunk-rows}, each committed with the
 * import's record of how far it came and the job's progress, so a commit taken up again goes on after the last
 * chunk and applies every row once. The chunks take their rows from one reading of the file.
 */
@ApplicationScoped
public class ImportCommitJob implements JobKind {

    public static final String KIND = "estate-import";

    @Inject
    EstateImportService imports;

    @Inject
    ImportApplier applier;

    @Inject
    EstateImportConfig limits;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Importing to the estate";
    }

    @Override
    public String run(Job job, JobProgress progress) {
        UUID id = UUID.fromString(job.subjectId);
        EstateImport upload = progress.read(() -> EstateImport.findById(id));
        if (upload == null || upload.status == EstateImport.Status.DISCARDED) {
            throw new JobFailure("The import was discarded before it was committed, so nothing was imported."
                    + " Upload the file again");
        }
        if (upload.isCommitted()) {
            return upload.subject.title() + " imported: " + upload.outcome;
        }
        byte[] bytes = stored(upload);
        ImportCheck.Result checked = progress.read(() -> imports.check(upload, bytes));
        if (checked.problemCount() > 0) {
            ImportCheck.Problem first = checked.problems().get(0);
            throw new JobFailure(String.format(java.util.Locale.UK, "%,d %s not right for the estate as it is now"
                    + " (it may have changed since the preview); the first, line %d: %s. %s. See every problem on"
                    + " the import's page", checked.problemCount(), checked.problemCount() == 1 ? "row is" : "rows are",
                    first.line(), first.message(), ImportProgressWords.kept(upload)));
        }
        // Every row of the file; those earlier chunks applied are checked again as unchanged.
        long total = checked.toCreate() + checked.toUpdate() + checked.unchanged();
        // The file is read once for the chunks, from the line after those an earlier run of the job applied.
        try (ImportApplier.Pass pass = new ImportApplier.Pass(new ImportRowFeed(bytes, upload.fileName,
                upload.subject, limits, upload.appliedThroughLine))) {
            ImportApplier.Chunk chunk;
            do {
                chunk = progress.chunk(total, () -> {
                    EstateImport current = EstateImport.findById(id);
                    ImportApplier.Chunk applied = applier.applyChunk(current, pass, job.startedBy);
                    if (applied.endOfFile()) {
                        imports.committed(id);
                    }
                    return applied;
                }, ImportApplier.Chunk::rowsApplied);
            } while (!chunk.endOfFile());
        }
        EstateImport done = progress.read(() -> EstateImport.findById(id));
        return done.subject.title() + " imported: " + done.outcome;
    }

    private byte[] stored(EstateImport upload) {
        try {
            return imports.stored(upload);
        } catch (ImportFileException e) {
            throw new JobFailure(e.getMessage());
        }
    }
}
