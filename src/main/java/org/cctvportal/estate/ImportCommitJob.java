package org.cctvportal.estate;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.JobFailure;
import org.cctvportal.platform.jobs.JobKind;
import org.cctvportal.platform.jobs.JobProgress;

/**
 * An import's commit as a job: every row is checked against the estate as it is now (nothing is applied if one is
 * wrong) and the rows are applied in chunks of {@code portal.estate.import-chunk-rows}, each committed with the
 * import's record of how far it came and the job's progress, so a commit taken up again goes on after the last
 * chunk and applies every row once. The whole file's check runs beside the first chunk, which commits only once the
 * check has passed; each chunk also checks its own rows again as it applies them. The chunks take their rows from
 * one reading of the file.
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
        // The whole file is checked on a thread of its own while the first chunk is written; that chunk commits only
        // once the check has passed, so a file with a bad row still leaves nothing.
        CompletableFuture<ImportCheck.Result> wholeFile = checkAside(upload, bytes, progress);
        // The file is read once for the chunks, from the line after those an earlier run of the job applied.
        try (ImportApplier.Pass pass = new ImportApplier.Pass(new ImportRowFeed(bytes, upload.fileName,
                upload.subject, limits, upload.appliedThroughLine))) {
            boolean first = true;
            ImportApplier.Chunk chunk;
            do {
                boolean waits = first;
                chunk = progress.chunk(() -> {
                    EstateImport current = EstateImport.findById(id);
                    ImportApplier.Chunk applied = waits ? firstChunk(current, upload, pass, job, wholeFile)
                            : applier.applyChunk(current, pass, job.startedBy);
                    if (applied.endOfFile()) {
                        imports.committed(id);
                    }
                    return applied;
                }, ImportApplier.Chunk::rowsApplied, ignored -> total(wholeFile.join()));
                first = false;
            } while (!chunk.endOfFile());
        }
        EstateImport done = progress.read(() -> EstateImport.findById(id));
        return done.subject.title() + " imported: " + done.outcome;
    }

    /**
     * The first chunk of this run, committed only once the whole file has passed its check: if the check found a bad
     * row (or could not finish), the chunk is rolled back and the commit ends as if the check had run first, its
     * words about what is kept those of the import as this run found it ({@code started}), not as the chunk left it.
     */
    private ImportApplier.Chunk firstChunk(EstateImport current, EstateImport started, ImportApplier.Pass pass,
            Job job, CompletableFuture<ImportCheck.Result> wholeFile) {
        ImportApplier.Chunk applied;
        try {
            applied = applier.applyChunk(current, pass, job.startedBy);
        } catch (RuntimeException chunkFailed) {
            try {
                passed(started, wholeFile);
            } catch (RuntimeException checkFailed) {
                checkFailed.addSuppressed(chunkFailed);
                throw checkFailed;
            }
            throw chunkFailed;
        }
        passed(started, wholeFile);
        return applied;
    }

    /** Waits for the whole file's check; a refusal naming its problems when a row is not right. */
    private static void passed(EstateImport upload, CompletableFuture<ImportCheck.Result> wholeFile) {
        ImportCheck.Result checked;
        try {
            checked = wholeFile.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        if (checked.problemCount() > 0) {
            ImportCheck.Problem first = checked.problems().get(0);
            throw new JobFailure(String.format(java.util.Locale.UK, "%,d %s not right for the estate as it is now"
                    + " (it may have changed since the preview); the first, line %d: %s. %s. See every problem on"
                    + " the import's page", checked.problemCount(), checked.problemCount() == 1 ? "row is" : "rows are",
                    first.line(), first.message(), ImportProgressWords.kept(upload)));
        }
    }

    /** Every row of the file; those earlier chunks applied are checked again as unchanged. */
    private static long total(ImportCheck.Result checked) {
        return checked.toCreate() + checked.toUpdate() + checked.unchanged();
    }

    /**
     * Every row checked against the estate as it is now, in a transaction of its own under the job's partner, on a
     * thread of its own (with a request context of its own, as the job's runner has).
     */
    private CompletableFuture<ImportCheck.Result> checkAside(EstateImport upload, byte[] bytes,
            JobProgress progress) {
        CompletableFuture<ImportCheck.Result> verdict = new CompletableFuture<>();
        Thread checking = new Thread(() -> {
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                verdict.complete(progress.read(() -> imports.check(upload, bytes)));
            } catch (Throwable failure) {
                verdict.completeExceptionally(failure);
            } finally {
                context.terminate();
            }
        }, "estate-import-check");
        checking.setDaemon(true);
        checking.start();
        return verdict;
    }

    private byte[] stored(EstateImport upload) {
        try {
            return imports.stored(upload);
        } catch (ImportFileException e) {
            throw new JobFailure(e.getMessage());
        }
    }
}
