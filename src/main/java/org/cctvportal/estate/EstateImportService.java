package org.cctvportal.estate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.Job;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Estate imports: an upload is stored and recorded, every row is checked for the preview, and a commit (a job) checks
 * them all again against the estate as it is then and applies them in chunks, or none of them when one is wrong. Both passes read
 * the rows one at a time from the stored file, so the memory an import takes does not grow with its rows.
 *
 * <p>The upload checks every row as it first reads the file, and the preview that follows it at once (the page's
 * redirect, the API's answer) shows that check rather than reading and checking the file again: it is handed over
 * once, within {@value #HANDED_OVER_SECONDS} seconds, on the replica that made it. Any later preview checks the rows
 * again against the estate as it is then, and a commit always does.
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

    /** How long an upload's own check stands for the preview that follows it. */
    static final int HANDED_OVER_SECONDS = 30;

    /** Each upload's check, by import, until its preview takes it (or it is too old to stand for the estate now). */
    private final Map<UUID, Checked> justChecked = new ConcurrentHashMap<>();

    private record Checked(ImportCheck.Result result, long atNanos) {
        boolean fresh(long now) {
            return now - atNanos < TimeUnit.SECONDS.toNanos(HANDED_OVER_SECONDS);
        }
    }

    @Inject
    TenantContext tenant;

    @Inject
    Jobs jobs;

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

    /**
     * Checks every row of the file as it reads it, then stores it and records the import; a file that does not read
     * as rows stores nothing. The check is kept for the preview that follows.
     */
    public EstateImport upload(EstateImport.Subject subject, String fileName, byte[] bytes) {
        return upload(subject, fileName, bytes, identity.getPrincipal().getName());
    }

    /** An upload on behalf of {@code person} (the demo's, made with no one signed in). */
    EstateImport upload(EstateImport.Subject subject, String fileName, byte[] bytes, String person) {
        String partner = tenant.requirePartner();
        ImportCheck check = new ImportCheck(subject, EstateIndex.forImport(subject), planned -> { });
        ImportFiles.read(bytes, fileName, subject, limits, check::check);
        EstateImport upload = new EstateImport();
        upload.id = UUID.randomUUID();
        upload.subject = subject;
        upload.fileName = safeName(fileName);
        upload.format = ImportFiles.formatOf(fileName, bytes);
        upload.objectKey = partner + "/" + upload.id;
        upload.sha256 = sha256(bytes);
        upload.sizeBytes = bytes.length;
        upload.status = EstateImport.Status.PREVIEWED;
        upload.createdBy = person;
        upload.createdAt = clock.instant();
        store.put(upload.objectKey, bytes, upload.format);
        upload.persist();
        long now = System.nanoTime();
        justChecked.values().removeIf(kept -> !kept.fresh(now));
        justChecked.put(upload.id, new Checked(check.result(), now));
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

    /** What committing would do now (the upload's own check, if it was just made); nothing is changed. */
    public Preview preview(String id) {
        EstateImport upload = find(id);
        if (upload.status != EstateImport.Status.PREVIEWED) {
            return new Preview(upload, 0, 0, 0, List.of());
        }
        Checked handed = justChecked.remove(upload.id);
        return preview(upload, handed != null && handed.fresh(System.nanoTime()) ? handed.result() : check(upload));
    }

    /**
     * Starts the commit as a job (or answers the one already under way): it checks every row against the estate as
     * it is then and applies them in chunks, the preview's page and the job's page showing how far it has come. An
     * import already committed or discarded, or whose preview has problems, is refused with 409.
     */
    public Job startCommit(String id) {
        return startCommit(id, identity.getPrincipal().getName(), jobs.callerAccount());
    }

    /** Starts the commit for {@code person} (with their account's subject, whom the end is told to). */
    Job startCommit(String id, String person, String account) {
        EstateImport upload = find(id);
        if (upload.status != EstateImport.Status.PREVIEWED) {
            throw new ImportFileException(409, upload.isCommitted() ? "This import is already committed"
                    : "This import was discarded, so nothing was imported. Upload the file again");
        }
        return jobs.start(new Jobs.Start(ImportCommitJob.KIND, upload.id.toString(),
                EstateLinks.estateImportPreview(upload.id) + "?committed=true", person, account));
    }

    /** The import's commit under way or last run, if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Job> commitJob(EstateImport upload) {
        return jobs.latestFor(ImportCommitJob.KIND, upload.id.toString());
    }

    /** Marks the import committed once its last chunk is applied, in that chunk's transaction, and audits it. */
    void committed(UUID id) {
        EstateImport upload = EstateImport.findById(id);
        upload.status = EstateImport.Status.COMMITTED;
        upload.committedAt = clock.instant();
        upload.outcome = upload.rowsCreated + " created, " + upload.rowsUpdated + " updated, " + upload.rowsUnchanged
                + " unchanged";
        audit.record("estate.imported", "estate_import", upload.id.toString(), "Imported " + upload.subject.plural()
                + " from " + upload.fileName + ": " + upload.outcome);
    }

    /** Every row checked against the estate as it is now; nothing is changed. */
    ImportCheck.Result check(EstateImport upload, byte[] bytes) {
        return check(upload, bytes, EstateIndex.forImport(upload.subject));
    }

    private ImportCheck.Result check(EstateImport upload) {
        return check(upload, stored(upload), EstateIndex.forImport(upload.subject));
    }

    /** The first pass: every row checked as it is read, nothing kept of the good ones but what they would do. */
    private ImportCheck.Result check(EstateImport upload, byte[] bytes, EstateIndex index) {
        ImportCheck check = new ImportCheck(upload.subject, index, planned -> { });
        ImportFiles.read(bytes, upload.fileName, upload.subject, limits, check::check);
        return check.result();
    }

    /** The file as uploaded, or a refusal when what is stored is no longer what was checked at upload. */
    byte[] stored(EstateImport upload) {
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
