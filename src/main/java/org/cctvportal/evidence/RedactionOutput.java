package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.cctvportal.platform.storage.ObjectLock;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The derivative of a finished render into the vault, as an upload goes: a PENDING record, the file streamed to
 * object storage through a SHA-256 digest, then one transaction that marks it STORED and redacted, records the
 * custody event naming the plan and its hash, and closes the plan. Any failure removes the object and the record.
 */
@ApplicationScoped
class RedactionOutput {

    static final String STORE_DOWN = "The evidence store was not available, so the redacted copy was not kept."
            + " Nothing was stored and the master is untouched: render again in a few minutes";
    static final String NOT_CHECKED = "The evidence store has not been checked yet, so the redacted copy was not"
            + " kept. Nothing was stored and the master is untouched: render again in a minute";
    private static final Logger LOG = Logger.getLogger(RedactionOutput.class);

    @Inject
    UnattendedWork scheduled;

    @Inject
    EvidenceStore store;

    @Inject
    Custody custody;

    @Inject
    Clock clock;

    @Inject
    ObjectLock objectLock;

    @Inject
    EvidenceLocks locks;

    /**
     * Stores the rendered file as the plan's derivative. {@code beat} is called about once a second while the file
     * streams, so a long upload keeps the plan's heartbeat alive and no other replica claims it meanwhile.
     */
    void store(String partner, String partnership, long planId, EvidenceFile master, Path rendered, Actor actor,
            Runnable beat) throws IOException {
        if (objectLock.mode() == ObjectLock.Mode.UNKNOWN) {
            throw new RedactionRefused(503, NOT_CHECKED);
        }
        EvidenceFile pending = scheduled.forPartner(partner, partnership, () -> pending(partnership, planId, master,
                actor));
        try (InputStream in = new Beating(Files.newInputStream(rendered), beat);
                java.security.DigestInputStream digest = new java.security.DigestInputStream(in,
                        CustodyChain.digest())) {
            store.put(pending.objectKey, digest, pending.mediaType, pending.fileName);
            String sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            long size = Files.size(rendered);
            scheduled.forPartner(partner, partnership, () -> stored(planId, pending.id, size, sha256, actor));
        } catch (EvidenceStore.StoreUnavailable e) {
            undo(partner, partnership, pending);
            throw new RedactionRefused(503, STORE_DOWN);
        } catch (IOException | RuntimeException e) {
            undo(partner, partnership, pending);
            throw e;
        }
        if (objectLock.supported()) {
            locks.apply(scheduled.forPartner(partner, partnership, () -> EvidenceLocks.state(
                    EvidenceItem.findById(master.itemId))));
        }
    }

    /** Calls its beat at most once a second as bytes are read. */
    private static final class Beating extends java.io.FilterInputStream {
        private final Runnable beat;
        private long last = System.nanoTime();

        Beating(InputStream in, Runnable beat) {
            super(in);
            this.beat = beat;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (System.nanoTime() - last > 1_000_000_000L) {
                last = System.nanoTime();
                beat.run();
            }
            return super.read(b, off, len);
        }
    }

    private EvidenceFile pending(String partnership, long planId, EvidenceFile master, Actor actor) {
        EvidenceItem item = EvidenceItem.findById(master.itemId);
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.partnerId = item.partnerId;
        file.itemId = item.id;
        file.kind = EvidenceFile.Kind.DERIVATIVE;
        file.derivedFrom = master.id;
        file.label = "Redacted (plan " + planId + ")";
        String base = master.fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        file.fileName = FileNames.safe(base + "-redacted.mp4");
        file.mediaType = VideoFormat.MP4.mediaType();
        file.format = VideoFormat.MP4.name();
        file.objectKey = EvidenceUploads.objectPrefix(partnership, item) + file.id;
        file.status = EvidenceFile.Status.PENDING;
        file.uploadedBy = actor.username();
        file.createdAt = clock.instant();
        file.persist();
        return file;
    }

    private Void stored(long planId, UUID fileId, long size, String sha256, Actor actor) {
        RedactionPlan plan = RedactionPlan.findById(planId);
        EvidenceFile file = EvidenceFile.findById(fileId);
        file.sizeBytes = size;
        file.sha256 = sha256;
        file.redacted = true;
        file.status = EvidenceFile.Status.STORED;
        file.storedAt = clock.instant();
        long hidden = plan.boxList().stream().filter(RedactionBox::hides).count();
        custody.record(EvidenceItem.findById(file.itemId), Custody.Action.REDACTED, actor, file.id,
                // The derivative's hash first: verification reads the first hash an event names as the file's.
                "Rendered the redacted derivative " + file.fileName + ", " + size + " bytes, SHA-256 " + sha256
                        + ", from the master under plan " + planId + " (" + hidden + " box"
                        + (hidden == 1 ? "" : "es") + " hidden, sound " + (plan.keepAudio ? "kept" : "muted")
                        + "; the plan's SHA-256 " + plan.planSha256 + ")");
        plan.status = RedactionPlan.Status.DONE;
        plan.progress = 100;
        plan.derivativeFileId = file.id;
        plan.finishedAt = clock.instant();
        plan.message = null;
        plan.decide(clock.instant(), actor.username(), "Rendered " + file.fileName + ", SHA-256 " + sha256);
        return null;
    }

    private void undo(String partner, String partnership, EvidenceFile pending) {
        try {
            store.remove(pending.objectKey);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove %s after a failed render (the sweep will): %s", pending.objectKey,
                    e.getMessage());
        }
        try {
            scheduled.forPartner(partner, partnership, () -> EvidenceFile.delete("id = ?1 and status = ?2",
                    pending.id, EvidenceFile.Status.PENDING));
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove the pending record of %s (the sweep will): %s", pending.objectKey,
                    e.getMessage());
        }
    }
}
