package org.cctvportal.estate;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Estate imports: an upload is stored and recorded, every row is checked for the preview, and a commit checks them
 * all again against the estate as it is then and applies them in one transaction, or none of them. Both passes read
 * the rows one at a time from the stored file, so the memory an import takes does not grow with its rows.
 */
@ApplicationScoped
@Transactional
public class EstateImportService {

    /**
     * An import with what its rows would do (or, once committed, what they did), and its problems: the first
     * {@value ImportCheck#PROBLEMS_KEPT} by line, and how many there are in all.
     */
    public record Preview(EstateImport upload, long toCreate, long toUpdate, long unchanged,
            List<ImportCheck.Problem> problems, long problemCount) {
        public Preview(EstateImport upload, long toCreate, long toUpdate, long unchanged,
                List<ImportCheck.Problem> problems) {
            this(upload, toCreate, toUpdate, unchanged, problems, problems.size());
        }

        /** Problems found but not listed, beyond the first ones kept. */
        public long problemsNotListed() {
            return problemCount - problems.size();
        }

        public long total() {
            return toCreate + toUpdate + unchanged;
        }

        public boolean canCommit() {
            return !upload.isCommitted() && problems.isEmpty() && toCreate + toUpdate + unchanged > 0;
        }
    }

    @Inject
    TenantContext tenant;

    @Inject
    ImportApplier applier;

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
        ImportFiles.read(bytes, fileName, subject, limits, row -> { });
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

    /**
     * Applies every row in this transaction, or (with any problem) none, and returns what happened. A 200,000-row file
     * is checked and applied row by row in one transaction, longer than the default minute on a busy machine, so the
     * commit has a limit of its own ({@code portal.estate.import-commit-timeout}).
     */
    @TransactionConfiguration(timeoutFromConfigProperty = "portal.estate.import-commit-timeout")
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
        byte[] bytes = stored(upload);
        Preview preview = preview(upload, check(upload, bytes, index));
        if (!preview.problems().isEmpty()) {
            return preview;
        }
        Set<Long> touched = new HashSet<>();
        ImportCheck.Problem refused = applier.applyAll(upload, bytes, index, touched);
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
        return new Preview(upload, preview.toCreate(), preview.toUpdate(), preview.unchanged(), preview.problems(),
                preview.problemCount());
    }

    private ImportCheck.Result check(EstateImport upload) {
        return check(upload, stored(upload), EstateIndex.load(upload.subject == EstateImport.Subject.CAMERAS));
    }

    /** The first pass: every row checked as it is read, nothing kept of the good ones but what they would do. */
    private ImportCheck.Result check(EstateImport upload, byte[] bytes, EstateIndex index) {
        ImportCheck check = new ImportCheck(upload.subject, index, planned -> { });
        ImportFiles.read(bytes, upload.fileName, upload.subject, limits, check::check);
        return check.result();
    }

    /** The file as uploaded, or a refusal when what is stored is no longer what was checked at upload. */
    private byte[] stored(EstateImport upload) {
        byte[] bytes = store.get(upload.objectKey);
        if (!sha256(bytes).equals(upload.sha256)) {
            throw new ImportFileException(409, "The stored file has changed since it was uploaded, so nothing was"
                    + " changed. Upload the file again");
        }
        return bytes;
    }

    private static Preview preview(EstateImport upload, ImportCheck.Result result) {
        return new Preview(upload, result.toCreate(), result.toUpdate(), result.unchanged(), result.problems(),
                result.problemCount());
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
