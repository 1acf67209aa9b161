package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files into the vault. An upload's record is inserted PENDING in its own transaction, the body streams to object
 * storage through a counter and a SHA-256 digest, and a second transaction marks it STORED with size and hash and
 * writes the custody event. Any failure removes the object and the record, and the caller gets a clear refusal; a
 * process that dies half-way leaves a PENDING record, which the sweep removes with its object.
 */
@ApplicationScoped
public class EvidenceUploads {

    private static final Logger LOG = Logger.getLogger(EvidenceUploads.class);
    static final String STORE_DOWN = "The evidence store is not available just now, so the file was not kept."
            + " Nothing was stored: try again in a few minutes";
    static final String DB_DOWN = "The file could not be recorded, so it was not kept. Nothing was stored: try again"
            + " in a few minutes";

    /**
     * What the uploader says about the file; the content decides its type. {@code redacted}: a derivative the uploader
     * declares hides third parties (made in another tool), recorded in custody with who said so.
     */
    public record Upload(String fileName, EvidenceFile.Kind kind, String label, UUID derivedFrom, Long declaredSize,
            boolean redacted) {
    }

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    Custody custody;

    @Inject
    Clock clock;

    @Inject
    EvidenceLocks locks;

    public EvidenceFile upload(long itemId, Upload upload, InputStream body) {
        Actor actor = evidence.actor();
        locks.requireKnown();
        // Another partner's item is not found, as a missing one is, before anything about the file is judged: a
        // refusal of the file's size or format would otherwise answer for an item the caller cannot reach.
        evidence.vault(() -> evidence.reach(itemId, actor));
        if (upload.declaredSize() != null && upload.declaredSize() > config.maxFileBytes()) {
            throw tooLarge();
        }
        BufferedInputStream in = new BufferedInputStream(body, VideoFormat.HEAD);
        VideoFormat format = sniff(in);
        EvidenceFile pending = evidence.vault(() -> pending(itemId, upload, format, actor));
        UploadLimits counted = new UploadLimits(in, config.maxFileBytes());
        EvidenceFile file;
        try {
            String sha256 = store.put(pending.objectKey, counted, format.mediaType(), pending.fileName);
            file = evidence.vault(() -> stored(pending.id, counted.count(), sha256, actor));
        } catch (UploadLimits.Refused e) {
            undo(pending);
            throw tooLarge();
        } catch (UploadRefused e) {
            undo(pending);
            throw e;
        } catch (EvidenceStore.StoreUnavailable | IOException e) {
            LOG.errorf("Upload of %s failed in object storage: %s", pending.objectKey, e.getMessage());
            undo(pending);
            throw new UploadRefused(503, "file", STORE_DOWN);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Upload of %s could not be recorded", pending.objectKey);
            undo(pending);
            throw new UploadRefused(503, "file", DB_DOWN);
        }
        locks.sync(itemId);
        return file;
    }

    /** A bit-for-bit working copy of a master, made by the object store and checked against the master's hash. */
    public EvidenceFile workingCopy(long itemId, UUID masterId) {
        Actor actor = evidence.actor();
        locks.requireKnown();
        EvidenceFile master = evidence.vault(() -> {
            EvidenceService.Reached reached = evidence.reach(itemId, actor);
            EvidenceFile file = EvidenceFile.findById(masterId);
            if (file == null || !file.itemId.equals(itemId) || file.kind != EvidenceFile.Kind.MASTER) {
                throw new NotFoundException("No such master exhibit");
            }
            mayAdd(reached);
            return file;
        });
        if (!master.isStored()) {
            throw new UploadRefused(409, "file", "The master exhibit has been disposed of, so it cannot be copied");
        }
        EvidenceFile pending = evidence.vault(() -> insert(evidence.reach(itemId, actor).item(),
                new Upload(master.fileName, EvidenceFile.Kind.WORKING_COPY, null, master.id, null, false),
                VideoFormat.valueOf(master.format), actor));
        try {
            store.copy(master.objectKey, pending.objectKey);
            String copied = store.sha256(pending.objectKey);
            if (!master.sha256.equals(copied)) {
                undo(pending);
                throw new UploadRefused(409, "file", "The copy did not match the master exhibit bit for bit, so it"
                        + " was not kept. Verify the evidence");
            }
            EvidenceFile copy = evidence.vault(() -> stored(pending.id, master.sizeBytes, copied, actor));
            locks.sync(itemId);
            return copy;
        } catch (EvidenceStore.StoreUnavailable e) {
            undo(pending);
            throw new UploadRefused(503, "file", STORE_DOWN);
        }
    }

    private VideoFormat sniff(BufferedInputStream in) {
        byte[] head = new byte[VideoFormat.HEAD];
        int length;
        try {
            in.mark(VideoFormat.HEAD);
            length = in.readNBytes(head, 0, head.length);
            in.reset();
        } catch (IOException e) {
            throw new UploadRefused(400, "file", "The file could not be read: upload it again");
        }
        if (length == 0) {
            throw new UploadRefused(400, "file", "The selected file is empty");
        }
        VideoFormat format = VideoFormat.sniff(head, length).orElseThrow(() -> new UploadRefused(415, "file",
                "The file is not a video the vault accepts: export the footage as "
                        + accepted() + " from the recorder"));
        if (!config.acceptedFormats().contains(format)) {
            throw new UploadRefused(415, "file", "The file is " + format.name() + " video, which the vault does not"
                    + " accept: export it as " + accepted());
        }
        return format;
    }

    private String accepted() {
        return String.join(", ", config.acceptedFormats().stream().map(Enum::name).sorted().toList());
    }

    private EvidenceFile pending(long itemId, Upload upload, VideoFormat format, Actor actor) {
        EvidenceService.Reached reached = evidence.reach(itemId, actor);
        mayAdd(reached);
        if (upload.kind() == EvidenceFile.Kind.DERIVATIVE) {
            EvidenceFile master = upload.derivedFrom() == null ? null : EvidenceFile.findById(upload.derivedFrom());
            if (master == null || !master.itemId.equals(itemId) || master.kind != EvidenceFile.Kind.MASTER) {
                throw new UploadRefused(400, "derivedFrom", "Select the master exhibit the derivative was made from");
            }
            if (upload.label() == null || upload.label().isBlank() || upload.label().length() > 200) {
                throw new UploadRefused(400, "label", "Name the derivative, such as \"Faces redacted\"");
            }
        } else if (upload.redacted()) {
            throw new UploadRefused(400, "redacted", "Only a derivative can be marked redacted: the master exhibit is"
                    + " kept as recorded");
        }
        return insert(reached.item(), upload, format, actor);
    }

    private void mayAdd(EvidenceService.Reached reached) {
        if (!reached.reach().mayUpload()) {
            // The force receiving a share, or the auditor: neither adds to the exhibit.
            throw new ForbiddenException("Only the owning partner's evidence staff or the operator who captured it"
                    + " can add files");
        }
        if (!reached.item().isOpen()) {
            throw new UploadRefused(409, "file", "The evidence has been disposed of, so no files can be added");
        }
    }

    private EvidenceFile insert(EvidenceItem item, Upload upload, VideoFormat format, Actor actor) {
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.partnerId = item.partnerId;
        file.itemId = item.id;
        file.kind = upload.kind();
        file.derivedFrom = upload.kind() == EvidenceFile.Kind.MASTER ? null : upload.derivedFrom();
        file.label = upload.kind() == EvidenceFile.Kind.DERIVATIVE ? upload.label().strip() : null;
        file.redacted = upload.kind() == EvidenceFile.Kind.DERIVATIVE && upload.redacted();
        file.fileName = FileNames.safe(upload.fileName() == null || upload.fileName().isBlank()
                ? "evidence." + format.extension() : upload.fileName());
        file.mediaType = format.mediaType();
        file.format = format.name();
        file.objectKey = objectPrefix(actor.partnershipId(), item) + file.id;
        file.status = EvidenceFile.Status.PENDING;
        file.uploadedBy = actor.username();
        file.createdAt = clock.instant();
        file.persist();
        return file;
    }

    /** {partnership}/{partner}/{item}/: the owning partner's, whoever uploads. */
    static String objectPrefix(String partnership, EvidenceItem item) {
        return partnership + "/" + item.partnerId + "/" + item.id + "/";
    }

    private EvidenceFile stored(UUID id, long size, String sha256, Actor actor) {
        EvidenceFile file = EvidenceFile.findById(id);
        if (size == 0) {
            throw new UploadRefused(400, "file", "The selected file is empty");
        }
        file.sizeBytes = size;
        file.sha256 = sha256;
        file.status = EvidenceFile.Status.STORED;
        file.storedAt = clock.instant();
        EvidenceItem item = EvidenceItem.findById(file.itemId);
        String what = switch (file.kind) {
            case MASTER -> "Stored the master exhibit " + file.fileName;
            case WORKING_COPY -> "Made a bit-for-bit working copy of " + file.fileName;
            case DERIVATIVE -> "Stored the " + (file.redacted ? "redacted " : "") + "derivative \"" + file.label
                    + "\" (" + file.fileName + ")" + (file.redacted ? ", declared redacted by " + actor.username()
                            : "");
        };
        custody.record(item, file.kind == EvidenceFile.Kind.WORKING_COPY ? Custody.Action.COPIED
                : Custody.Action.UPLOADED, actor, file.id, what + ", " + size + " bytes, SHA-256 " + sha256);
        EvidenceFile.flush();
        return file;
    }

    /** Removes what a failed upload left: the object first, then the record (the sweep finishes either). */
    private void undo(EvidenceFile pending) {
        try {
            store.remove(pending.objectKey);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove %s after a failed upload (the sweep will): %s", pending.objectKey,
                    e.getMessage());
        }
        try {
            evidence.vault(() -> EvidenceFile.delete("id = ?1 and status = ?2", pending.id,
                    EvidenceFile.Status.PENDING));
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove the pending record of %s (the sweep will): %s", pending.objectKey,
                    e.getMessage());
        }
    }

    private UploadRefused tooLarge() {
        return new UploadRefused(413, "file", "The file is larger than the limit of "
                + UploadLimits.describe(config.maxFileBytes()) + ": split the export into shorter clips");
    }
}
