package org.cctvportal.evidence;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.NativeRows;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Whether stored objects still hold the bytes their custody chains recorded at upload. One file's check serves the
 * verify action; the nightly re-hash reads a rotating share of every partner's stored objects (those whose id falls
 * in tonight's slot of a cycle of {@code rehash-cycle-nights}, so each object is read once a cycle) and raises an
 * integrity alert for each mismatch: a row the owning partner's evidence staff and auditors see, and an audit event.
 */
@ApplicationScoped
public class EvidenceIntegrity {

    static final String JOB = "rehash-evidence";
    private static final Logger LOG = Logger.getLogger(EvidenceIntegrity.class);

    /** An alert as the owning partner's evidence staff and auditors see it. */
    public record Alert(Instant foundAt, long itemId, UUID fileId, String outcome, String expected, String found) {
    }

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    @Inject
    UnattendedWork scheduled;

    @Inject
    JobRuns runs;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The object read again against the hash the chain recorded (null when the chain holds none for it). */
    EvidenceVerification.FileCheck check(EvidenceFile file, String chainHash) {
        if (!file.isStored()) {
            return new EvidenceVerification.FileCheck(file.id, file.name(), file.kind.label(), chainHash, null,
                    "DISPOSED", file.sha256);
        }
        String found = store.sha256(file.objectKey);
        String outcome = found == null ? "MISSING" : chainHash == null ? "UNRECORDED"
                : found.equals(chainHash) ? "INTACT" : "TAMPERED";
        return new EvidenceVerification.FileCheck(file.id, file.name(), file.kind.label(), chainHash, found, outcome,
                file.sha256);
    }

    @Scheduled(identity = JOB, cron = "${portal.evidence.rehash-cron:0 30 2 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onRehash(ScheduledExecution execution) {
        runs.runOnce(JOB, Duration.ofDays(1), execution.getScheduledFireTime(), this::rehashTonight);
    }

    @ActivateRequestContext
    public String rehashTonight() {
        return rehash(LocalDate.now(clock.withZone(LondonTime.ZONE)).toEpochDay());
    }

    /** Whether a file is read on a given night (days since 1970) of the rotation. */
    static boolean dueOn(UUID file, long night, int cycle) {
        return Math.floorMod(file.hashCode(), cycle) == Math.floorMod(night, cycle);
    }

    /** Re-hashes the objects due on {@code night} for every partner; says how many were read and found wrong. */
    @ActivateRequestContext
    public String rehash(long night) {
        int cycle = config.rehashCycleNights();
        int read = 0;
        int alerts = 0;
        List<String> failed = new ArrayList<>();
        for (String[] partner : partners()) {
            try {
                record Due(EvidenceFile file, String chainHash) {
                }
                List<Due> due = scheduled.forPartner(partner[0], partner[1], () -> {
                    List<Due> files = new ArrayList<>();
                    for (EvidenceFile file : EvidenceFile.<EvidenceFile>list("status = ?1 order by itemId",
                            EvidenceFile.Status.STORED)) {
                        if (dueOn(file.id, night, cycle)) {
                            Map<UUID, String> hashes = ChainRecord.storedHashes(CustodyEvent.chain(file.itemId));
                            files.add(new Due(file, hashes.get(file.id)));
                        }
                    }
                    return files;
                });
                for (Due d : due) {
                    EvidenceVerification.FileCheck check = check(d.file(), d.chainHash());
                    read++;
                    if (!check.intact()) {
                        scheduled.forPartner(partner[0], partner[1], () -> raise(d.file(), check));
                        alerts++;
                    }
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not re-hash the evidence of %s", partner[0]);
                failed.add(partner[0]);
            }
        }
        String summary = read + " stored objects re-hashed, " + alerts + " integrity alert(s) raised";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }

    /** The caller's own partner's alerts, newest first (its evidence staff and auditors). */
    @SuppressWarnings("unchecked")
    public List<Alert> alerts(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select found_at, item_id, file_id, outcome,"
                + " expected_sha256, found_sha256 from evidence_integrity_alert where partner_id = app_partner()"
                + " order by found_at desc, id desc limit ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Alert(NativeRows.instant(r[0]),
                ((Number) r[1]).longValue(), (UUID) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    private Object raise(EvidenceFile file, EvidenceVerification.FileCheck check) {
        String expected = check.recorded() != null ? check.recorded() : file.sha256;
        String outcome = "MISSING".equals(check.outcome()) ? "MISSING" : "TAMPERED";
        Instant now = clock.instant();
        entityManager.createNativeQuery("insert into evidence_integrity_alert (id, partner_id, item_id, file_id,"
                + " found_at, outcome, expected_sha256, found_sha256) values (nextval('evidence_integrity_alert_seq'),"
                + " app_partner(), ?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, file.itemId).setParameter(2, file.id)
                .setParameter(3, Timestamp.from(now)).setParameter(4, outcome).setParameter(5, expected)
                .setParameter(6, check.found()).executeUpdate();
        EvidenceAudit.record(entityManager, "system", "evidence.integrity-alert", "evidence_file",
                file.id.toString(), "Nightly re-hash: " + file.name() + " of item " + file.itemId + " is "
                        + ("MISSING".equals(outcome) ? "missing from the evidence store"
                                : "not the bytes its custody chain recorded at upload"), now);
        LOG.warnf("Integrity alert: %s of item %d is %s", file.id, file.itemId, outcome);
        return null;
    }

    private List<String[]> partners() {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery("select p.id, p.partnership_id"
                + " from partner p order by p.id").getResultList());
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new String[] {row[0].toString(), row[1].toString()}).toList();
    }
}
