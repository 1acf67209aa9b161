package org.cctvportal.estate;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.jobs.JobsConfig;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * Discards imports previewed but not committed within the retention: the record says so, with an audit event in the
 * partner's trail, and the file leaves the imports bucket (whose lifecycle rule would expire it anyway). Safe to
 * repeat: only imports still previewed are touched, and removing a file already gone succeeds.
 */
@ApplicationScoped
public class StaleImports {

    static final String JOB = "discard-stale-imports";
    private static final Logger LOG = Logger.getLogger(StaleImports.class);

    @Inject
    JobRuns runs;

    @Inject
    JobsConfig jobs;

    @Inject
    EstateImportConfig config;

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    @Inject
    ImportStore store;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Scheduled(identity = JOB, every = "${portal.jobs.discard-stale-imports.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        runs.runOnce(JOB, jobs.discardStaleImports().every(), execution.getScheduledFireTime(), this::discardAll);
    }

    /** Discards every partner's stale imports, each partner in its own transaction; says how many. */
    @ActivateRequestContext
    public String discardAll() {
        Instant cutoff = clock.instant().minus(config.importRetention());
        List<String[]> partners = partnersWithStaleImports(cutoff);
        int discarded = 0;
        List<String> failed = new ArrayList<>();
        for (String[] partner : partners) {
            try {
                discarded += scheduled.forPartner(partner[0], partner[1], () -> discardFor(cutoff));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not discard stale imports of %s", partner[0]);
                failed.add(partner[0]);
            }
        }
        String summary = discarded + " imports discarded for " + (partners.size() - failed.size()) + " partners";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }

    private List<String[]> partnersWithStaleImports(Instant cutoff) {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery("select distinct i.partner_id,"
                + " p.partnership_id from estate_import i join partner p on p.id = i.partner_id"
                + " where i.status = 'PREVIEWED' and i.created_at < ?1")
                .setParameter(1, Timestamp.from(cutoff)).getResultList());
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new String[] {row[0].toString(), row[1].toString()}).toList();
    }

    private int discardFor(Instant cutoff) {
        List<EstateImport> stale = EstateImport.<EstateImport>find("status = ?1 and createdAt < ?2",
                EstateImport.Status.PREVIEWED, cutoff).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        String within = describe(config.importRetention());
        for (EstateImport upload : stale) {
            store.remove(upload.objectKey);
            upload.status = EstateImport.Status.DISCARDED;
            upload.outcome = "Discarded: not committed within " + within;
            audit.record("estate.import-discarded", "estate_import", upload.id.toString(), "Discarded the "
                    + upload.subject.plural() + " import of " + upload.fileName + ": not committed within " + within);
        }
        return stale.size();
    }

    /** "2 days", "36 hours" or "90 minutes": the retention as people say it. */
    static String describe(Duration retention) {
        if (retention.toDays() > 0 && retention.equals(Duration.ofDays(retention.toDays()))) {
            return plural(retention.toDays(), "day");
        }
        if (retention.toHours() > 0 && retention.equals(Duration.ofHours(retention.toHours()))) {
            return plural(retention.toHours(), "hour");
        }
        return plural(Math.max(1, retention.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
