package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * How the demo's evidence is recorded, the same way the vault records an upload: the item with its cameras, each
 * file stored and hashed with its custody event, working copies, shares to Thames Valley Police. Each step in its own
 * transaction, as the partner whose officer acts.
 */
@ApplicationScoped
class EvidenceDemoRecords {

    static final String POLICE = "tv-police";

    @Inject
    CameraDirectory directory;

    @Inject
    EvidenceStore store;

    @Inject
    Custody custody;

    @Inject
    EvidenceConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<EvidenceShared> shared;

    /** Shares the item with Thames Valley Police until the start of {@code until} (London), with its custody event. */
    void share(Actor officer, EvidenceItem item, String reason, LocalDate until) {
        EvidenceShare share = new EvidenceShare();
        share.partnerId = officer.partnerId();
        share.itemId = item.id;
        share.recipientPartnerId = POLICE;
        share.reason = reason;
        share.expiresAt = until.atStartOfDay(LondonTime.ZONE).toInstant();
        share.sharedBy = officer.username();
        share.sharedAt = clock.instant();
        share.persist();
        custody.record(item, Custody.Action.SHARED, officer, null, "Shared with Thames Valley Police until "
                + Formats.day(until.minusDays(1)) + ": " + share.reason);
        announce(share, until.minusDays(1));
    }

    /** Tells whoever listens (the force's evidence officers' notifications) of a demo share, as sharing does. */
    void announce(EvidenceShare share, LocalDate lastDay) {
        shared.fire(new EvidenceShared(share.id, share.partnerId, share.recipientPartnerId, lastDay));
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(LondonTime.ZONE).toInstant();
    }

    /** An item at the named sites' first two cameras. */
    EvidenceItem item(Actor actor, String title, EvidenceItem.Category category, Instant start, Instant end,
            String reference, String description, String siteName) {
        return item(actor, title, category, start, end, reference, description,
                cameras -> cameras.atSitesNamed(siteName, 2));
    }

    /** An item of the cameras {@code cameras} picks from the acting partner's estate. */
    EvidenceItem item(Actor actor, String title, EvidenceItem.Category category, Instant start, Instant end,
            String reference, String description, Function<CameraDirectory, List<CameraRef>> cameras) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceItem item = new EvidenceItem();
            item.partnerId = actor.partnerId();
            item.title = title;
            item.category = category;
            item.incidentStart = start;
            item.incidentEnd = end;
            item.policeReference = reference;
            item.description = description;
            item.status = EvidenceItem.Status.OPEN;
            item.retainUntil = end.atZone(LondonTime.ZONE).toLocalDate().plusDays(config.retentionDays());
            item.capturedBy = actor.username();
            item.capturedByPartnerId = actor.partnerId();
            item.createdAt = clock.instant();
            item.persist();
            for (CameraRef camera : cameras.apply(directory)) {
                EvidenceCamera link = new EvidenceCamera();
                link.partnerId = actor.partnerId();
                link.itemId = item.id;
                link.cameraId = camera.id();
                link.assetTag = camera.assetTag();
                link.persist();
            }
            custody.record(item, Custody.Action.CREATED, actor, null, "Recorded " + category.label().toLowerCase()
                    + " evidence \"" + title + "\"; kept until " + Formats.day(item.retainUntil));
            return item;
        });
    }

    /** The same order as an upload: the PENDING record first, so the sweep never takes the object for a stray. */
    EvidenceFile file(Actor actor, EvidenceItem item, byte[] bytes, String name, VideoFormat format) {
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.partnerId = actor.partnerId();
        file.itemId = item.id;
        file.kind = EvidenceFile.Kind.MASTER;
        file.fileName = name;
        file.mediaType = format.mediaType();
        file.format = format.name();
        file.objectKey = EvidenceUploads.objectPrefix(actor.partnershipId(), item) + file.id;
        file.status = EvidenceFile.Status.PENDING;
        file.uploadedBy = actor.username();
        file.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(file::persist);
        UploadLimits counted = new UploadLimits(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        String sha256;
        try {
            sha256 = store.put(file.objectKey, counted, format.mediaType(), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return stored(actor, file.id, counted.count(), sha256, "Stored the master exhibit " + name);
    }

    private EvidenceFile stored(Actor actor, UUID id, long size, String sha256, String what) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceFile file = EvidenceFile.findById(id);
            file.sizeBytes = size;
            file.sha256 = sha256;
            file.status = EvidenceFile.Status.STORED;
            file.storedAt = clock.instant();
            custody.record(EvidenceItem.findById(file.itemId), file.kind == EvidenceFile.Kind.WORKING_COPY
                    ? Custody.Action.COPIED : Custody.Action.UPLOADED, actor, file.id,
                    what + ", " + size + " bytes, SHA-256 " + sha256);
            return file;
        });
    }

    void workingCopy(Actor actor, EvidenceItem item, EvidenceFile master) {
        EvidenceFile copy = new EvidenceFile();
        copy.id = UUID.randomUUID();
        copy.partnerId = actor.partnerId();
        copy.itemId = item.id;
        copy.kind = EvidenceFile.Kind.WORKING_COPY;
        copy.derivedFrom = master.id;
        copy.fileName = master.fileName;
        copy.mediaType = master.mediaType;
        copy.format = master.format;
        copy.objectKey = EvidenceUploads.objectPrefix(actor.partnershipId(), item) + copy.id;
        copy.status = EvidenceFile.Status.PENDING;
        copy.uploadedBy = actor.username();
        copy.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(copy::persist);
        store.copy(master.objectKey, copy.objectKey);
        stored(actor, copy.id, master.sizeBytes, store.sha256(copy.objectKey),
                "Made a bit-for-bit working copy of " + master.fileName);
    }
}
