package org.cctvportal.estate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Estate imports: an upload is stored and recorded, every row is checked for the preview, and a commit checks them
 * all again against the estate as it is then and applies them in one transaction, or none of them.
 */
@ApplicationScoped
@Transactional
public class EstateImportService {

    /** An import with what its rows would do (or, once committed, what they did). */
    public record Preview(EstateImport upload, long toCreate, long toUpdate, long unchanged,
            List<ImportCheck.Problem> problems) {
        public long total() {
            return toCreate + toUpdate + unchanged;
        }

        public boolean canCommit() {
            return !upload.isCommitted() && problems.isEmpty() && toCreate + toUpdate + unchanged > 0;
        }
    }

    /** Rows applied between flushes: the session stays small however large the file. */
    static final int FLUSH_EVERY = 2_000;

    @Inject
    TenantContext tenant;

    @Inject
    EntityManager entityManager;

    @Inject
    SiteService siteService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateChanges estateChanges;

    @Inject
    AuditService audit;

    @Inject
    ImportStore store;

    @Inject
    EstateImportConfig limits;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** Checks that the file reads as rows, then stores it and records the import; a bad file stores nothing. */
    public EstateImport upload(EstateImport.Subject subject, String fileName, byte[] bytes) {
        String partner = tenant.requirePartner();
        ImportFiles.read(bytes, fileName, subject, limits);
        EstateImport upload = new EstateImport();
        upload.id = UUID.randomUUID();
        upload.subject = subject;
        upload.fileName = safeName(fileName);
        upload.format = ImportFiles.formatOf(fileName, ImportFiles.decode(bytes));
        upload.objectKey = partner + "/" + upload.id;
        upload.sha256 = sha256(bytes);
        upload.sizeBytes = bytes.length;
        upload.status = EstateImport.Status.PREVIEWED;
        upload.createdBy = identity.getPrincipal().getName();
        upload.createdAt = clock.instant();
        store.put(upload.objectKey, bytes, upload.format);
        upload.persist();
        return upload;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EstateImport find(String id) {
        EstateImport upload = parseId(id) == null ? null : EstateImport.findById(parseId(id));
        if (upload == null) {
            throw new NotFoundException("No such import");
        }
        return upload;
    }

    /** What committing would do now; nothing is changed. */
    public Preview preview(String id) {
        EstateImport upload = find(id);
        if (upload.status != EstateImport.Status.PREVIEWED) {
            return new Preview(upload, 0, 0, 0, List.of());
        }
        return preview(upload, check(upload));
    }

    /** Applies every row in this transaction, or (with any problem) none, and returns what happened. */
    public Preview commit(String id) {
        // Locked until this transaction ends: a second commit, or the stale-import job, waits and then sees the outcome.
        EstateImport upload = parseId(id) == null ? null
                : EstateImport.findById(parseId(id), LockModeType.PESSIMISTIC_WRITE);
        if (upload == null) {
            throw new NotFoundException("No such import");
        }
        if (upload.status != EstateImport.Status.PREVIEWED) {
            return new Preview(upload, 0, 0, 0, List.of());
        }
        EstateIndex index = EstateIndex.load(upload.subject == EstateImport.Subject.CAMERAS);
        ImportCheck.Result result = check(upload, index);
        Preview preview = preview(upload, result);
        if (!preview.problems().isEmpty()) {
            return preview;
        }
        Set<Long> touched = new HashSet<>();
        ImportCheck.Problem refused = applyAll(upload, result, index, touched);
        if (refused != null) {
            return new Preview(upload, 0, 0, 0, List.of(refused));
        }
        UUID uploadId = upload.id;
        estateChanges.announce(upload.subject == EstateImport.Subject.CAMERAS
                ? new EstateChanged(Set.of(), touched, Set.of())
                : new EstateChanged(touched, Set.of(), Set.of()));
        upload = EstateImport.findById(uploadId);
        upload.status = EstateImport.Status.COMMITTED;
        upload.committedAt = clock.instant();
        upload.outcome = preview.toCreate() + " created, " + preview.toUpdate() + " updated, " + preview.unchanged()
                + " unchanged";
        audit.record("estate.imported", "estate_import", upload.id.toString(), "Imported " + upload.subject.plural()
                + " from " + upload.fileName + ": " + upload.outcome);
        return new Preview(upload, preview.toCreate(), preview.toUpdate(), preview.unchanged(), preview.problems());
    }

    /**
     * Applies every planned row, flushing as it goes; when the database refuses a row (a constraint or trigger only
     * it checks, or a change made since the rows were checked) the transaction is marked to roll back, so none of the
     * file lands, and the refusal comes back as a problem naming the lines written since the last flush.
     */
    private ImportCheck.Problem applyAll(EstateImport upload, ImportCheck.Result result, EstateIndex index,
            Set<Long> touched) {
        String how = " (import of " + upload.fileName + ")";
        int applied = 0;
        int firstUnflushed = 0;
        int line = 0;
        try {
            for (ImportCheck.Planned row : result.planned()) {
                line = row.row().line();
                firstUnflushed = firstUnflushed == 0 ? line : firstUnflushed;
                Long assetId = apply(upload.subject, row, index, how);
                if (assetId != null) {
                    touched.add(assetId);
                }
                if (++applied % FLUSH_EVERY == 0) {
                    // Written, not committed: the transaction still makes the whole file land, or none of it.
                    entityManager.flush();
                    entityManager.clear();
                    firstUnflushed = 0;
                }
            }
            entityManager.flush();
            return null;
        } catch (jakarta.persistence.PersistenceException e) {
            if (DatabaseFaults.connectionLost(e)) {
                throw e;
            }
            io.quarkus.narayana.jta.QuarkusTransaction.setRollbackOnly();
            String lines = firstUnflushed == line ? "line " + line : "one of lines " + firstUnflushed + " to " + line;
            return new ImportCheck.Problem(line, "", "The database refused " + lines + " while the file was being"
                    + " saved, so nothing was imported: " + DatabaseFaults.refusal(e));
        }
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
            if (row.existing() == null) {
                cameraService.cameraCreated(camera, result, how);
                index.add(camera);
            } else {
                cameraService.cameraChanged(camera, before, result, how);
            }
            return camera.id;
        } else {
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
    }

    /** An existing record to change, managed again if a periodic flush has let it go. */
    private <T> T attached(T entity) {
        return entityManager.contains(entity) ? entity : entityManager.merge(entity);
    }

    private ImportCheck.Result check(EstateImport upload) {
        return check(upload, EstateIndex.load(upload.subject == EstateImport.Subject.CAMERAS));
    }

    private ImportCheck.Result check(EstateImport upload, EstateIndex index) {
        byte[] bytes = store.get(upload.objectKey);
        if (!sha256(bytes).equals(upload.sha256)) {
            throw new ImportFileException(409, "The stored file has changed since it was uploaded, so nothing was"
                    + " changed. Upload the file again");
        }
        return ImportCheck.run(upload.subject, ImportFiles.read(bytes, upload.fileName, upload.subject, limits),
                index);
    }

    private static Preview preview(EstateImport upload, ImportCheck.Result result) {
        return new Preview(upload, result.count(ImportCheck.Action.CREATE), result.count(ImportCheck.Action.UPDATE),
                result.count(ImportCheck.Action.UNCHANGED), result.problems());
    }

    /** A file name fit to show and to put in a header: no path, no control or markup characters, not too long. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        return name.isEmpty() ? "import" : name;
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
