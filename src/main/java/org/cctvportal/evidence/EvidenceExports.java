package org.cctvportal.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/**
 * Footage leaving the vault, always after the portal's checks and with a custody event: a download streamed through
 * the portal, a short-lived presigned link, an evidence bundle (zip) streamed from object storage. The verify action
 * is {@link EvidenceVerification}.
 */
@ApplicationScoped
public class EvidenceExports {

    /** A file ready to stream: its record and the custody event already committed. */
    public record Outgoing(EvidenceFile file) {
    }

    /** A presigned link and when it stops working. */
    public record Link(String url, Instant expiresAt) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

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

    /** Checks the caller may download the file and records why; the caller then streams it. */
    public Outgoing download(long itemId, UUID fileId, String reason) {
        Actor actor = evidence.actor();
        requireReason(reason, "Say why the footage is downloaded, such as the case it is for");
        return evidence.vault(() -> {
            EvidenceFile file = storedFile(itemId, fileId, actor);
            custody.record(EvidenceItem.findById(itemId), Custody.Action.DOWNLOADED, actor, file.id,
                    "Downloaded " + file.name() + ": " + reason.strip());
            return new Outgoing(file);
        });
    }

    public Link link(long itemId, UUID fileId, String reason) {
        Outgoing outgoing = download(itemId, fileId, reason);
        return new Link(store.presign(outgoing.file().objectKey, outgoing.file().fileName),
                clock.instant().plus(config.linkValidity()));
    }

    /** Streams the file, cut off if the caller's right to it ends on the way ({@link ReleaseGuard}). */
    public void stream(EvidenceFile file, OutputStream out) throws IOException {
        Actor actor = evidence.actor();
        OutputStream guarded = new ReleaseGuard(out, () -> stillReleased(file.itemId, file.id, actor));
        try (InputStream in = store.open(file.objectKey)) {
            in.transferTo(guarded);
        }
    }

    /** Whether the caller still reaches the item's files (and the file is still stored), checked afresh. */
    boolean stillReleased(long itemId, UUID fileId, Actor actor) {
        try {
            return evidence.vault(() -> {
                if (fileId == null) {
                    return evidence.reachFiles(itemId, actor).item().isOpen();
                }
                return storedFile(itemId, fileId, actor).isStored();
            });
        } catch (RuntimeException e) {
            // Not found (share revoked or expired, access ended), refused, disposed of, or the check itself failed:
            // the footage stops either way.
            return false;
        }
    }

    /** Records the export and returns what the bundle holds; {@link #writeBundle} then streams it. */
    public Bundle bundle(long itemId, String reason) {
        Actor actor = evidence.actor();
        requireReason(reason, "Say why the evidence is exported, such as the court case or disclosure");
        return evidence.vault(() -> {
            EvidenceService.Reached reached = evidence.reachFiles(itemId, actor);
            List<EvidenceFile> files = EvidenceFile.<EvidenceFile>list("itemId = ?1 and status = ?2 order by"
                    + " createdAt, id", itemId, EvidenceFile.Status.STORED);
            custody.record(reached.item(), Custody.Action.EXPORTED, actor, null, "Exported an evidence bundle of "
                    + Formats.plural(files.size(), "file", "files") + ": " + reason.strip());
            return new Bundle(reached.item(), files, CustodyEvent.chain(itemId));
        });
    }

    /** An item's bundle: its stored files and its custody log as exported. */
    public record Bundle(EvidenceItem item, List<EvidenceFile> files, List<CustodyEvent> custody) {
        public String fileName() {
            return item.reference() + "-bundle.zip";
        }
    }

    /** The zip: each file under files/, manifest.json with names, sizes and SHA-256, and custody-log.json. */
    public void writeBundle(Bundle bundle, OutputStream out) throws IOException {
        Actor actor = evidence.actor();
        ZipOutputStream zip = new ZipOutputStream(new ReleaseGuard(out,
                () -> stillReleased(bundle.item().id, null, actor)));
        List<Map<String, Object>> manifest = new ArrayList<>();
        for (EvidenceFile file : bundle.files()) {
            String entry = "files/" + file.id + "-" + file.fileName.replaceAll("[^A-Za-z0-9._() -]", "_");
            zip.putNextEntry(new ZipEntry(entry));
            try (InputStream in = store.open(file.objectKey)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("path", entry);
            line.put("fileName", file.fileName);
            line.put("kind", file.kind.name());
            line.put("label", file.label);
            line.put("format", file.format);
            line.put("sizeBytes", file.sizeBytes);
            line.put("sha256", file.sha256);
            manifest.add(line);
        }
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("item", bundle.item().reference());
        head.put("title", bundle.item().title);
        head.put("policeReference", bundle.item().policeReference);
        head.put("incidentStart", bundle.item().incidentStart);
        head.put("incidentEnd", bundle.item().incidentEnd);
        head.put("files", manifest);
        writeJson(zip, "manifest.json", head);
        writeJson(zip, "custody-log.json", bundle.custody().stream().map(EvidenceExports::event).toList());
        zip.finish();
        zip.flush();
    }

    static Map<String, Object> event(CustodyEvent e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", e.seq);
        line.put("action", e.action);
        line.put("actor", e.actor);
        line.put("actorPartner", e.actorPartnerId);
        line.put("fileId", e.fileId);
        line.put("detail", e.detail);
        line.put("occurredAt", e.occurredAt);
        line.put("prevHash", e.prevHash);
        line.put("hash", e.hash);
        return line;
    }

    private EvidenceFile storedFile(long itemId, UUID fileId, Actor actor) {
        evidence.reachFiles(itemId, actor);
        EvidenceFile file = fileId == null ? null : EvidenceFile.findById(fileId);
        if (file == null || !file.itemId.equals(itemId) || file.status == EvidenceFile.Status.PENDING) {
            throw new NotFoundException("No such file");
        }
        if (!file.isStored()) {
            new FormErrors().add("reason", "The file has been disposed of; its record and hash are kept").throwIfAny();
        }
        return file;
    }

    private static void writeJson(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(JSON.writeValueAsBytes(value));
        zip.closeEntry();
    }

    private static void requireReason(String reason, String message) {
        FormErrors errors = new FormErrors();
        EvidenceService.requireReason(reason, "reason", message, errors);
        errors.throwIfAny();
    }
}
