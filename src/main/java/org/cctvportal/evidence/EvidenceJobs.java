package org.cctvportal.evidence;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cctvportal.platform.jobs.JobRuns;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * The vault's two scheduled jobs, each run once per slot across replicas and for each partner under its own tenant.
 * The sweep removes uploads that never finished (PENDING records past {@code pending-after}, with their objects) and
 * objects under the partner's prefix that no PENDING or STORED record claims, except those of an item on legal hold. The disposal removes the footage of
 * items past their retention date that are neither evidential nor on legal hold, keeping the record and hashes.
 */
@ApplicationScoped
public class EvidenceJobs {

    static final String SWEEP = "sweep-evidence-strays";
    static final String DISPOSAL = "dispose-expired-evidence";
    private static final Logger LOG = Logger.getLogger(EvidenceJobs.class);

    @Inject
    JobRuns runs;

    @Inject
    EvidenceConfig config;

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceStore store;

    @Inject
    Disposal disposal;

    @Inject
    HoldGuard guard;

    @Inject
    Clock clock;

    @Scheduled(identity = SWEEP, every = "${portal.evidence.sweep-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSweep(ScheduledExecution execution) {
        runs.runOnce(SWEEP, config.sweepEvery(), execution.getScheduledFireTime(), this::sweep);
    }

    @Scheduled(identity = DISPOSAL, every = "${portal.evidence.disposal-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onDisposal(ScheduledExecution execution) {
        runs.runOnce(DISPOSAL, config.disposalEvery(), execution.getScheduledFireTime(), this::disposeExpired);
    }

    /**
     * Removes unfinished uploads and stray objects of every partner; says how many. An object of an item on legal
     * hold stays, whatever its rows say ({@link HoldGuard}); it goes in a later sweep once the hold is released.
     */
    @ActivateRequestContext
    public String sweep() {
        Instant cutoff = clock.instant().minus(config.pendingAfter());
        int records = 0;
        int objects = 0;
        int kept = 0;
        for (String[] partner : partners()) {
            String prefix = partner[1] + "/" + partner[0] + "/";
            List<String> pending = scheduled.forPartner(partner[0], partner[1], () -> EvidenceFile
                    .<EvidenceFile>list("status = ?1 and createdAt < ?2", EvidenceFile.Status.PENDING, cutoff)
                    .stream().map(f -> f.objectKey).toList());
            Set<String> held = held(partner, pending);
            for (String key : pending) {
                if (!held.contains(key)) {
                    store.remove(key);
                }
                records += scheduled.forPartner(partner[0], partner[1], () -> (int) EvidenceFile.delete(
                        "objectKey = ?1 and status = ?2", key, EvidenceFile.Status.PENDING));
            }
            // Listed before the records are read: an upload starting in between has its record already.
            List<String> keys = store.keys(prefix);
            Set<String> claimed = new HashSet<>(scheduled.forPartner(partner[0], partner[1], () -> EvidenceFile
                    .<EvidenceFile>list("status in ?1", List.of(EvidenceFile.Status.PENDING,
                            EvidenceFile.Status.STORED)).stream().map(f -> f.objectKey).toList()));
            List<String> strays = keys.stream().filter(key -> !claimed.contains(key)).toList();
            held = held(partner, strays);
            for (String key : strays) {
                if (held.contains(key)) {
                    kept++;
                } else {
                    store.remove(key);
                    objects++;
                }
            }
        }
        return records + " unfinished uploads and " + objects + " objects without a record removed; " + kept
                + " kept as their item is on legal hold";
    }

    /** The keys among {@code keys} whose item's custody chain or object lock says it is on legal hold. */
    private Set<String> held(String[] partner, List<String> keys) {
        Set<Long> items = new HashSet<>();
        keys.stream().map(HoldGuard::itemOf).filter(java.util.Objects::nonNull).forEach(items::add);
        Set<Long> heldItems = scheduled.forPartner(partner[0], partner[1], () -> guard.heldByCustody(items));
        Set<String> held = new HashSet<>();
        for (String key : keys) {
            Long item = HoldGuard.itemOf(key);
            if ((item != null && heldItems.contains(item)) || guard.heldInStorage(key)) {
                held.add(key);
            }
        }
        return held;
    }

    /** Disposes of every partner's items past retention (not evidential, not held); says how many. */
    @ActivateRequestContext
    public String disposeExpired() {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        int disposed = 0;
        List<String> failed = new ArrayList<>();
        for (String[] partner : partners()) {
            try {
                List<List<String>> keys = scheduled.forPartner(partner[0], partner[1], () -> EvidenceItem
                        .<EvidenceItem>list("status = ?1 and retainUntil < ?2 and evidential = false"
                                + " and legalHold = false", EvidenceItem.Status.OPEN, today).stream()
                        .filter(item -> !guard.heldByCustody(item.id))
                        .map(item -> disposal.dispose(item, new Actor("system", partner[0], partner[1], Set.of()),
                                "Retention period ended on " + Formats.day(item.retainUntil) + " (disposal job)",
                                new FormErrors())).toList());
                keys.forEach(disposal::removeObjects);
                disposed += keys.size();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not dispose of expired evidence of %s", partner[0]);
                failed.add(partner[0]);
            }
        }
        String summary = disposed + " items disposed of";
        if (!failed.isEmpty()) {
            throw new IllegalStateException(summary + "; failed for " + String.join(", ", failed));
        }
        return summary;
    }

    /** Every partner with its partnership: evidence is not readable at platform scope, so each is looked at. */
    private List<String[]> partners() {
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery("select p.id, p.partnership_id"
                + " from partner p order by p.id").getResultList());
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new String[] {row[0].toString(), row[1].toString()}).toList();
    }
}
