package org.cctvportal.estate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.DatabaseFaults;

/**
 * The second pass of a commit: the file is read again, each row checked again against the estate as the rows before
 * it left it and applied at once, in the caller's transaction, with the session flushed in batches and let go, so
 * memory does not grow with the file. The first pass found no problem in this same transaction, so one found now
 * (or a refusal by the database) marks the transaction to roll back: the whole file lands, or none of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ImportApplier {

    /** Rows applied between flushes: the session stays small however large the file. */
    static final int FLUSH_EVERY = 2_000;

    @Inject
    EntityManager entityManager;

    @Inject
    SiteService siteService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateImportConfig limits;

    /** Applies every row; null when all landed (so far uncommitted), else the problem that stopped it. */
    ImportCheck.Problem applyAll(EstateImport upload, byte[] bytes, EstateIndex index, Set<Long> touched) {
        String how = " (import of " + upload.fileName + ")";
        int[] lines = new int[3]; // applied, first line not yet flushed, current line
        ImportCheck again = new ImportCheck(upload.subject, index, row -> {
            lines[2] = row.row().line();
            lines[1] = lines[1] == 0 ? lines[2] : lines[1];
            Long assetId = apply(upload.subject, row, index, how);
            if (assetId != null) {
                touched.add(assetId);
            }
            if (++lines[0] % FLUSH_EVERY == 0) {
                // Written, not committed: the transaction still makes the whole file land, or none of it.
                entityManager.flush();
                entityManager.clear();
                lines[1] = 0;
            }
        });
        try {
            ImportFiles.read(bytes, upload.fileName, upload.subject, limits, again::check);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (DatabaseFaults.connectionLost(e)) {
                throw e;
            }
            QuarkusTransaction.setRollbackOnly();
            String where = lines[1] == lines[2] ? "line " + lines[2] : "one of lines " + lines[1] + " to " + lines[2];
            return new ImportCheck.Problem(lines[2], "", "The database refused " + where + " while the file was"
                    + " being saved, so nothing was imported: " + DatabaseFaults.refusal(e));
        }
        ImportCheck.Result result = again.result();
        if (result.problemCount() > 0) {
            QuarkusTransaction.setRollbackOnly();
            return result.problems().get(0);
        }
        return null;
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
