package org.cctvportal.evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;

/**
 * The Kent report's arrangement in the demo: Slough keeps its Britwell estate footage on SLO-NVR-02, an isolated
 * Hikvision recorder with no route out of the building, so footage leaves it only as an export made in the equipment
 * room and brought into the vault, where every view, download and share is logged. Two items whose cameras record to
 * that recorder: an incident shared with Thames Valley Police for a month and read by Slough's manager, and a subject
 * access request viewed before redaction. Idempotent: Slough with any evidence is left as it is.
 */
@ApplicationScoped
class EvidenceDemoIsolated {

    static final String SLOUGH = "tv-slough";
    /** Slough's isolated Hikvision recorder in the demo estate. */
    static final String RECORDER = "SLO-NVR-02";
    private static final String EXPORTED = "Exported from " + RECORDER + ", the isolated Hikvision recorder at the"
            + " Britwell estate, in its equipment room (it has no network route out of the building), then uploaded"
            + " here. ";

    @Inject
    UnattendedWork unattended;

    @Inject
    EvidenceDemoRecords records;

    @Inject
    Custody custody;

    @Inject
    Clock clock;

    void seed() {
        unattended.forPartner(SLOUGH, EvidenceDemo.PARTNERSHIP, () -> {
            if (QuarkusTransaction.requiringNew().call(() -> EvidenceItem.count()) == 0) {
                slough();
            }
            return null;
        });
    }

    private void slough() {
        Actor manager = new Actor("slough.manager", SLOUGH, EvidenceDemo.PARTNERSHIP, Set.of(Actor.MANAGER));
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        LocalDate friday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        EvidenceItem damage = records.item(manager, "Criminal damage to a bus shelter, Wentworth Avenue",
                EvidenceItem.Category.INCIDENT, records.at(friday, 22, 40), records.at(friday, 23, 5), "43260283310",
                EXPORTED + "Three youths smash the shelter's glass panels and leave towards Long Furlong Drive.",
                cameras -> cameras.onRecorderNamed(RECORDER, 2));
        EvidenceFile master = records.file(manager, damage, EvidenceDemoClips.mp4("britwell-shelter", 36_000),
                "SLO-NVR-02 export 22-40.mp4", VideoFormat.MP4);
        QuarkusTransaction.requiringNew().run(() -> {
            EvidenceItem item = EvidenceItem.findById(damage.id);
            custody.record(item, Custody.Action.VIEWED, manager, master.id, "Viewed "
                    + master.fileName + ": checked the export shows the incident before sharing it");
            records.share(manager, item, "Request from Thames Valley Police for crime 43260283310",
                    today.plusDays(30));
            custody.record(item, Custody.Action.DOWNLOADED, manager, master.id, "Downloaded " + master.fileName
                    + ": a still for the council's insurers, agreed with the police on "
                    + Formats.day(today.minusDays(1)));
        });
        LocalDate monday = today.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
        EvidenceItem sar = records.item(manager, "Subject access request: Britwell shops, Kennedy Park",
                EvidenceItem.Category.SUBJECT_ACCESS_REQUEST, records.at(monday, 16, 10),
                records.at(monday, 16, 25), null, EXPORTED + "The requester asked for footage of himself outside the"
                        + " shops; others in view are to be redacted before disclosure.",
                cameras -> cameras.onRecorderNamed(RECORDER, 1));
        EvidenceFile export = records.file(manager, sar, EvidenceDemoClips.transportStream("britwell-sar", 240),
                "SLO-NVR-02 export 16-10.ts", VideoFormat.MPEG_TS);
        QuarkusTransaction.requiringNew().run(() -> custody.record(EvidenceItem.findById(sar.id),
                Custody.Action.VIEWED, manager, export.id, "Viewed " + export.fileName
                        + ": marked who else is in view for redaction"));
    }
}
