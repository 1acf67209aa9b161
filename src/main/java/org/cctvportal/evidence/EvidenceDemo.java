package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Oxford City Council's demo evidence, seeded on the local stack only: a Saturday-night incident in Cornmarket
 * Street shared with Thames Valley Police, a subject access request, an insurance request and an item on legal hold,
 * each with a small generated clip in the evidence bucket and its custody log. Dates follow today's, so retention
 * never disposes of them on a later start. Idempotent: a partner with any evidence is left as it is. Runs after the
 * buckets are made (ObjectStorage observes start-up at the default priority).
 */
@ApplicationScoped
public class EvidenceDemo implements DemoSeed {

    static final String OXFORD = "tv-oxford-city";
    static final String PARTNERSHIP = "thames-valley";
    private static final Logger LOG = Logger.getLogger(EvidenceDemo.class);

    @Inject
    UnattendedWork unattended;

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
    org.cctvportal.platform.storage.ObjectLock objectLock;

    @Inject
    EvidenceLocks locks;

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public Set<String> after() {
        return Set.of("estate", "monitoring");
    }

    @Override
    public void seed() {
        try {
            unattended.forPartner(OXFORD, PARTNERSHIP, () -> {
                if (QuarkusTransaction.requiringNew().call(() -> EvidenceItem.count()) == 0) {
                    oxford();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Demo evidence not seeded");
        }
    }

    private void oxford() {
        Actor officer = new Actor("oxford.evidence", OXFORD, PARTNERSHIP, Set.of(Actor.EVIDENCE_OFFICER));
        LocalDate saturday = LocalDate.now(clock.withZone(LondonTime.ZONE))
                .with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        EvidenceItem assault = item(officer, "Assault outside a bar, Cornmarket Street", EvidenceItem.Category.INCIDENT,
                at(saturday, 23, 12), at(saturday.plusDays(1), 0, 4), "43260281734",
                "Two men fight outside a bar at the Carfax end; one falls and hits his head. Operators followed the "
                        + "suspect towards Broad Street and called Thames Valley Police.",
                "Cornmarket Street");
        EvidenceFile master = file(officer, assault, EvidenceDemoClips.mp4("cornmarket", 48_000),
                "CAM-OXF-CORN-0412.mp4", VideoFormat.MP4);
        workingCopy(officer, assault, master);
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(assault.id);
            item.evidential = true;
            item.reviewDate = saturday.plusMonths(6);
            custody.record(item, Custody.Action.RETENTION, officer, null, "Marked evidential; review on "
                    + Formats.day(item.reviewDate));
            share(officer, item, "Request from Thames Valley Police for crime 43260281734", saturday.plusDays(30));
            for (int copy = 1; copy <= 3; copy++) {
                // The officer fetching the clip again for the case file: the log folds these into one line.
                custody.record(item, Custody.Action.DOWNLOADED, officer, master.id,
                        "Downloaded CAM-OXF-CORN-0412.mp4: Stills for the crime report, copy " + copy);
            }
        });
        LocalDate tuesday = saturday.minusDays(4);
        EvidenceItem sar = item(officer, "Subject access request: Westgate car park, level 2",
                EvidenceItem.Category.SUBJECT_ACCESS_REQUEST, at(tuesday, 14, 30), at(tuesday, 14, 50), null,
                "The requester asked for footage of herself parking and leaving the car park. Others in view are to"
                        + " be redacted before disclosure.", "Westgate");
        file(officer, sar, EvidenceDemoClips.transportStream("westgate", 300), "westgate-L2-export.ts",
                VideoFormat.MPEG_TS);
        EvidenceItem insurance = item(officer, "Vehicle damage, Gloucester Green", EvidenceItem.Category.INSURANCE,
                at(saturday.minusDays(2), 9, 5), at(saturday.minusDays(2), 9, 20), null,
                "An insurer asked for footage of a van reversing into a parked car by the coach station.",
                "Gloucester Green");
        file(officer, insurance, EvidenceDemoClips.mp4("gloucester-green", 32_000), "GG-cam3 09-05.mp4",
                VideoFormat.MP4);
        EvidenceDemoShares.outlasting(custody, clock, insurance.id, officer);
        EvidenceItem held = item(officer, "Public order incident, Broad Street", EvidenceItem.Category.POLICE_REQUEST,
                at(saturday.minusDays(7), 1, 40), at(saturday.minusDays(7), 2, 10), "43260279902",
                "A disturbance after closing time; footage requested by Thames Valley Police for a prosecution.",
                "Broad Street");
        file(officer, held, EvidenceDemoClips.mp4("broad-street", 40_000), "broad-st-0140.mp4", VideoFormat.MP4);
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(held.id);
            item.legalHold = true;
            item.holdReason = "Crown Prosecution Service: footage needed until the trial ends";
            custody.record(item, Custody.Action.HELD, officer, null, "Placed on legal hold: " + item.holdReason);
            // A share that ends within the week, so the dashboards' "Needs attention" has one to show.
            share(officer, item, "Thames Valley Police file review for crime 43260279902",
                    LocalDate.now(clock.withZone(LondonTime.ZONE)).plusDays(5));
        });
        if (objectLock.supported()) {
            locks.apply(QuarkusTransaction.requiringNew().call(() -> EvidenceLocks.state(
                    EvidenceItem.findById(held.id))));
        }
    }

    /** Shares the item with Thames Valley Police until the start of {@code until} (London), with its custody event. */
    private void share(Actor officer, EvidenceItem item, String reason, LocalDate until) {
        EvidenceShare share = new EvidenceShare();
        share.partnerId = OXFORD;
        share.itemId = item.id;
        share.recipientPartnerId = "tv-police";
        share.reason = reason;
        share.expiresAt = until.atStartOfDay(LondonTime.ZONE).toInstant();
        share.sharedBy = officer.username();
        share.sharedAt = clock.instant();
        share.persist();
        custody.record(item, Custody.Action.SHARED, officer, null, "Shared with Thames Valley Police until "
                + Formats.day(until.minusDays(1)) + ": " + share.reason);
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(LondonTime.ZONE).toInstant();
    }

    private EvidenceItem item(Actor actor, String title, EvidenceItem.Category category, Instant start, Instant end,
            String reference, String description, String siteName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EvidenceItem item = new EvidenceItem();
            item.partnerId = OXFORD;
            item.title = title;
            item.category = category;
            item.incidentStart = start;
            item.incidentEnd = end;
            item.policeReference = reference;
            item.description = description;
            item.status = EvidenceItem.Status.OPEN;
            item.retainUntil = end.atZone(LondonTime.ZONE).toLocalDate().plusDays(config.retentionDays());
            item.capturedBy = actor.username();
            item.capturedByPartnerId = OXFORD;
            item.createdAt = clock.instant();
            item.persist();
            for (CameraRef camera : directory.atSitesNamed(siteName, 2)) {
                EvidenceCamera link = new EvidenceCamera();
                link.partnerId = OXFORD;
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
    private EvidenceFile file(Actor actor, EvidenceItem item, byte[] bytes, String name, VideoFormat format) {
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.partnerId = OXFORD;
        file.itemId = item.id;
        file.kind = EvidenceFile.Kind.MASTER;
        file.fileName = name;
        file.mediaType = format.mediaType();
        file.format = format.name();
        file.objectKey = EvidenceUploads.objectPrefix(PARTNERSHIP, item) + file.id;
        file.status = EvidenceFile.Status.PENDING;
        file.uploadedBy = actor.username();
        file.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(file::persist);
        UploadLimits counted = new UploadLimits(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        try {
            store.put(file.objectKey, counted, format.mediaType(), name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return stored(actor, file.id, counted.count(), counted.sha256(), "Stored the master exhibit " + name);
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

    private void workingCopy(Actor actor, EvidenceItem item, EvidenceFile master) {
        EvidenceFile copy = new EvidenceFile();
        copy.id = UUID.randomUUID();
        copy.partnerId = OXFORD;
        copy.itemId = item.id;
        copy.kind = EvidenceFile.Kind.WORKING_COPY;
        copy.derivedFrom = master.id;
        copy.fileName = master.fileName;
        copy.mediaType = master.mediaType;
        copy.format = master.format;
        copy.objectKey = EvidenceUploads.objectPrefix(PARTNERSHIP, item) + copy.id;
        copy.status = EvidenceFile.Status.PENDING;
        copy.uploadedBy = actor.username();
        copy.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(copy::persist);
        store.copy(master.objectKey, copy.objectKey);
        stored(actor, copy.id, master.sizeBytes, store.sha256(copy.objectKey),
                "Made a bit-for-bit working copy of " + master.fileName);
    }
}
