package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.jobs.JobFailure;
import org.cctvportal.platform.jobs.MoreToCome;

/**
 * The second pass of a commit, one chunk at a time in the caller's transaction: the chunk takes its rows from the
 * file where the chunk before it stopped ({@link ImportRowFeed}), and each row is checked again against the estate as
 * it is now (earlier chunks included) in batches of {@value ImportCheck#BATCH} and applied at once, with the session
 * flushed and let go every {@value #FLUSH_EVERY} rows, so memory does not grow with the file or the estate. A
 * problem found now, or a refusal by the database, rolls the chunk back and ends the work: the chunks before it stay,
 * and the import records how far they came.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ImportApplier {

    /** Rows applied between flushes: the session stays small however large a chunk. */
    static final int FLUSH_EVERY = 2_000;

    /** New cameras written together, one statement per table ({@link CameraService#camerasCreated}). */
    static final int WRITE_TOGETHER = 1_000;

    @Inject
    EntityManager entityManager;

    @Inject
    SiteService siteService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateImportConfig limits;

    @Inject
    EstateChanges estateChanges;

    @Inject
    MoreToCome moreToCome;

    /**
     * What the chunks of one run of a commit share: the file's rows, read once, and the partner's asset tags' ids as
     * the first chunk read them (read once per chunk, they took a tenth of the commit at 100,000 rows).
     */
    static final class Pass implements AutoCloseable {
        final ImportRowFeed rows;
        Map<String, Long> tagIds;

        Pass(ImportRowFeed rows) {
            this.rows = rows;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** What one chunk did: the last line it applied, whether the file ended within it, and the rows applied so far. */
    record Chunk(long lastLine, boolean endOfFile, long rowsApplied) {
    }

    /**
     * Applies the next chunk of the import's rows, taken from the pass's, and records it on the import; a
     * {@link JobFailure} (rolling the chunk back) for a row that is not right now or that the database refuses.
     */
    Chunk applyChunk(EstateImport upload, Pass pass, String startedBy) {
        String how = " (import of " + upload.fileName + " by " + startedBy + ")";
        EstateIndex index = EstateIndex.forImport(upload.subject, pass.tagIds);
        pass.tagIds = index.tagIds();
        ImportRowFeed rows = pass.rows;
        long after = upload.appliedThroughLine;
        long[] taken = new long[2]; // rows taken, last line taken
        long[] lines = new long[3]; // rows applied, first line applied since the last flush, last line applied
        long[] counts = new long[ImportCheck.Action.values().length];
        Set<Long> touched = new HashSet<>();
        NewCameras created = new NewCameras(upload, how, touched);
        ImportCheck again = new ImportCheck(upload.subject, index, row -> {
            counts[row.action().ordinal()]++;
            lines[2] = row.row().line();
            lines[1] = lines[1] == 0 ? lines[2] : lines[1];
            if (upload.subject == EstateImport.Subject.CAMERAS && row.action() == ImportCheck.Action.CREATE) {
                created.add(row);
            } else {
                created.write();
                Long assetId = apply(upload.subject, row, index, how);
                if (assetId != null) {
                    touched.add(assetId);
                }
            }
            if (++lines[0] % FLUSH_EVERY == 0) {
                try {
                    entityManager.flush();
                } catch (PersistenceException e) {
                    throw refused(upload, lines, e);
                }
                entityManager.clear();
                lines[1] = 0;
            }
        });
        while (taken[0] < limits.importChunkRows() && rows.hasNext()) {
            ImportRow row = rows.next();
            taken[0]++;
            taken[1] = row.line();
            again.check(row);
        }
        boolean endOfFile = !rows.hasNext();
        if (!endOfFile) {
            // The next chunk follows within seconds: what is derived from this one's changes may wait for it.
            moreToCome.say();
        }
        ImportCheck.Result result = again.result();
        if (result.problemCount() > 0) {
            ImportCheck.Problem first = result.problems().get(0);
            throw new JobFailure("Line " + first.line() + " is not right for the estate as it is now: "
                    + first.message() + ". " + ImportProgressWords.kept(upload));
        }
        created.write();
        flush(upload, lines);
        estateChanges.announce(upload.subject == EstateImport.Subject.CAMERAS
                ? new EstateChanged(Set.of(), touched, Set.of())
                : new EstateChanged(touched, Set.of(), Set.of()));
        EstateImport recorded = EstateImport.findById(upload.id);
        recorded.appliedThroughLine = Math.max(after, taken[1]);
        recorded.rowsCreated += counts[ImportCheck.Action.CREATE.ordinal()];
        recorded.rowsUpdated += counts[ImportCheck.Action.UPDATE.ordinal()];
        recorded.rowsUnchanged += counts[ImportCheck.Action.UNCHANGED.ordinal()];
        return new Chunk(recorded.appliedThroughLine, endOfFile, recorded.rowsApplied());
    }

    /**
     * The new cameras of a chunk waiting to be written together, {@value #WRITE_TOGETHER} at a time and before any
     * other row is applied, so the rows reach the database in the file's order; a refusal names their lines.
     */
    private final class NewCameras {
        private final EstateImport upload;
        private final String how;
        private final Set<Long> touched;
        private final List<CameraService.NewCamera> waiting = new ArrayList<>();
        private final long[] lines = new long[3];

        NewCameras(EstateImport upload, String how, Set<Long> touched) {
            this.upload = upload;
            this.how = how;
            this.touched = touched;
        }

        void add(ImportCheck.Planned row) {
            // The camera the check built from the row, with the same rules against the same index, stored as it is.
            // Not added to the index: asset tags are unique within a file (checked), so no later row can match a
            // camera this file made, and holding every new camera would grow memory with the file.
            waiting.add(new CameraService.NewCamera(row.built(), row.rules()));
            lines[2] = row.row().line();
            lines[1] = waiting.size() == 1 ? lines[2] : lines[1];
            if (waiting.size() == WRITE_TOGETHER) {
                write();
            }
        }

        void write() {
            if (waiting.isEmpty()) {
                return;
            }
            try {
                cameraService.camerasCreated(waiting, how);
            } catch (PersistenceException e) {
                throw refused(upload, lines, e);
            }
            waiting.forEach(created -> touched.add(created.camera().id));
            waiting.clear();
        }
    }

    private void flush(EstateImport upload, long[] lines) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            throw refused(upload, lines, e);
        }
    }

    private static RuntimeException refused(EstateImport upload, long[] lines, PersistenceException e) {
        if (DatabaseFaults.connectionLost(e)) {
            return e;
        }
        String where = lines[1] == lines[2] ? "line " + lines[2] : "one of lines " + lines[1] + " to " + lines[2];
        return new JobFailure("The database refused " + where + " while the file was being saved: "
                + DatabaseFaults.refusal(e) + ". " + ImportProgressWords.kept(upload));
    }

    /** Applies one planned row; the id of the asset it created or changed, or null when it changed nothing. */
    private Long apply(EstateImport.Subject subject, ImportCheck.Planned row, EstateIndex index, String how) {
        if (row.action() == ImportCheck.Action.UNCHANGED) {
            return null;
        }
        if (subject == EstateImport.Subject.CAMERAS) {
            Camera camera = row.existing() == null ? new Camera() : attached((Camera) row.existing());
            Map<String, String> before = CameraRules.describe(camera);
            CameraRules.Result result = CameraRules.apply(row.row().raw(), camera, index);
            result.errors().throwIfAny();
            // Not added to the index: asset tags are unique within a file (checked), so no later row can match a
            // camera this file made, and holding every new camera would grow memory with the file.
            if (row.existing() == null) {
                cameraService.cameraCreated(camera, result, how);
            } else {
                cameraService.cameraChanged(camera, before, result, how);
            }
            return camera.id;
        }
        Site site = row.existing() == null ? new Site() : attached((Site) row.existing());
        Map<String, String> before = SiteRules.describe(site);
        SiteRules.apply(row.row().raw(), site, index).throwIfAny();
        if (row.existing() == null) {
            siteService.siteCreated(site, how);
            index.add(site);
        } else {
            siteService.siteChanged(site, before, how);
        }
        return site.id;
    }

    /** An existing record to change, managed again if a periodic flush has let it go. */
    private <T> T attached(T entity) {
        return entityManager.contains(entity) ? entity : entityManager.merge(entity);
    }
}
