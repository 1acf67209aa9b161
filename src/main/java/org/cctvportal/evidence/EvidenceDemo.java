package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Oxford City Council's demo evidence, seeded on the local stack only: a Saturday-night incident in Cornmarket
 * Street shared with Thames Valley Police, a subject access request, an insurance request and an item on legal hold,
 * each with a small generated clip in the evidence bucket and its custody log (Cornmarket's a real picture with a face,
 * and a redaction of it queued: {@link EvidenceDemoRedaction}). Dates follow today's, so retention
 * never disposes of them on a later start. Then Slough's footage from its isolated recorder
 * ({@link EvidenceDemoIsolated}). Idempotent: a partner with any evidence is left as it is. Runs after the buckets
 * are made ({@code DemoSeeding} waits for object storage's check).
 */
@ApplicationScoped
public class EvidenceDemo implements DemoSeed {

    static final String OXFORD = "tv-oxford-city";
    static final String PARTNERSHIP = "thames-valley";
    private static final Logger LOG = Logger.getLogger(EvidenceDemo.class);

    @Inject
    UnattendedWork unattended;

    @Inject
    EvidenceDemoRecords records;

    @Inject
    EvidenceDemoIsolated isolated;

    @Inject
    EvidenceDemoRedaction redaction;

    @Inject
    Custody custody;

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
        return Set.of("estate", "monitoring", "people");
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
            isolated.seed();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Demo evidence not seeded");
        }
    }

    private void oxford() {
        Actor officer = new Actor("oxford.evidence", OXFORD, PARTNERSHIP, Set.of(Actor.EVIDENCE_OFFICER));
        LocalDate saturday = LocalDate.now(clock.withZone(LondonTime.ZONE))
                .with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        EvidenceItem assault = records.item(officer, "Assault outside a bar, Cornmarket Street",
                EvidenceItem.Category.INCIDENT, records.at(saturday, 23, 12), records.at(saturday.plusDays(1), 0, 4),
                "43260281734",
                "Two men fight outside a bar at the Carfax end; one falls and hits his head. Operators followed the "
                        + "suspect towards Broad Street and called Thames Valley Police.",
                "Cornmarket Street");
        EvidenceFile master = records.file(officer, assault, redaction.cornmarket(), "CAM-OXF-CORN-0412.mp4",
                VideoFormat.MP4);
        records.workingCopy(officer, assault, master);
        redaction.queue(officer, master);
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(assault.id);
            item.evidential = true;
            item.reviewDate = saturday.plusMonths(6);
            custody.record(item, Custody.Action.RETENTION, officer, null, "Marked evidential; review on "
                    + Formats.day(item.reviewDate));
            records.share(officer, item, "Request from Thames Valley Police for crime 43260281734",
                    saturday.plusDays(30));
            for (int copy = 1; copy <= 3; copy++) {
                // The officer fetching the clip again for the case file: the log folds these into one line.
                custody.record(item, Custody.Action.DOWNLOADED, officer, master.id,
                        "Downloaded CAM-OXF-CORN-0412.mp4: Stills for the crime report, copy " + copy);
            }
        });
        LocalDate tuesday = saturday.minusDays(4);
        EvidenceItem sar = records.item(officer, "Subject access request: Westgate car park, level 2",
                EvidenceItem.Category.SUBJECT_ACCESS_REQUEST, records.at(tuesday, 14, 30), records.at(tuesday, 14, 50),
                null,
                "The requester asked for footage of herself parking and leaving the car park. Others in view are to"
                        + " be redacted before disclosure.", "Westgate");
        records.file(officer, sar, EvidenceDemoClips.transportStream("westgate", 300), "westgate-L2-export.ts",
                VideoFormat.MPEG_TS);
        EvidenceItem insurance = records.item(officer, "Vehicle damage, Gloucester Green",
                EvidenceItem.Category.INSURANCE, records.at(saturday.minusDays(2), 9, 5),
                records.at(saturday.minusDays(2), 9, 20), null,
                "An insurer asked for footage of a van reversing into a parked car by the coach station.",
                "Gloucester Green");
        records.file(officer, insurance, EvidenceDemoClips.mp4("gloucester-green", 32_000), "GG-cam3 09-05.mp4",
                VideoFormat.MP4);
        EvidenceDemoShares.outlasting(records, custody, clock, insurance.id, officer);
        EvidenceItem held = records.item(officer, "Public order incident, Broad Street",
                EvidenceItem.Category.POLICE_REQUEST, records.at(saturday.minusDays(7), 1, 40),
                records.at(saturday.minusDays(7), 2, 10), "43260279902",
                "A disturbance after closing time; footage requested by Thames Valley Police for a prosecution.",
                "Broad Street");
        records.file(officer, held, EvidenceDemoClips.mp4("broad-street", 40_000), "broad-st-0140.mp4",
                VideoFormat.MP4);
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(held.id);
            item.legalHold = true;
            item.holdReason = "Crown Prosecution Service: footage needed until the trial ends";
            custody.record(item, Custody.Action.HELD, officer, null, "Placed on legal hold: " + item.holdReason);
            // A share that ends within the week, so the dashboards' "Needs attention" has one to show.
            records.share(officer, item, "Thames Valley Police file review for crime 43260279902",
                    LocalDate.now(clock.withZone(LondonTime.ZONE)).plusDays(5));
        });
        if (objectLock.supported()) {
            locks.apply(QuarkusTransaction.requiringNew().call(() -> EvidenceLocks.state(
                    EvidenceItem.findById(held.id))));
        }
    }
}
