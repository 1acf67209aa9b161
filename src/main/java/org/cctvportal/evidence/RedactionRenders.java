package org.cctvportal.evidence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The render queue. Each poll reads, at platform scope, which partners have a queued render, or a running one whose
 * worker has been silent past {@code stale-after} (its portal stopped: the render starts again from the master); for
 * each of them, under that partner, it claims the render with
 * a conditional update so one replica renders it, and renders it: the master is read from object storage and checked
 * against its hash, the derivative is made in a work directory and stored by {@link RedactionOutput}. Progress and a
 * heartbeat are written about once a second, and a cancel is seen there.
 */
@ApplicationScoped
public class RedactionRenders {

    private static final Logger LOG = Logger.getLogger(RedactionRenders.class);

    @Inject
    UnattendedWork scheduled;

    @Inject
    EntityManager entityManager;

    @Inject
    RedactionTools tools;

    @Inject
    RedactionConfig config;

    @Inject
    EvidenceStore store;

    @Inject
    RedactionOutput output;

    @Inject
    Clock clock;

    @Scheduled(identity = "render-redactions", every = "${portal.redaction.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void poll() {
        if (!tools.ffmpegWorks()) {
            return;
        }
        // One read of the partners with a render to claim, rather than one per partner every poll.
        Instant stale = clock.instant().minus(config.staleAfter());
        List<?> rows = scheduled.atPlatform(() -> entityManager.createNativeQuery("select distinct p.id,"
                + " p.partnership_id from redaction_plan r join partner p on p.id = r.partner_id"
                + " where r.status = 'QUEUED' or (r.status = 'RENDERING' and r.heartbeat_at < ?1) order by p.id")
                .setParameter(1, stale).getResultList());
        for (Object row : rows) {
            Object[] partner = (Object[]) row;
            Long claimed;
            while ((claimed = claim(partner[0].toString(), partner[1].toString())) != null) {
                run(partner[0].toString(), partner[1].toString(), claimed);
            }
        }
    }

    /** A queued or abandoned render of the partner, now this worker's; null when there is none. */
    private Long claim(String partner, String partnership) {
        Instant stale = clock.instant().minus(config.staleAfter());
        return scheduled.forPartner(partner, partnership, () -> {
            List<RedactionPlan> waiting = RedactionPlan.list("status = ?1 or (status = ?2 and heartbeatAt < ?3)"
                    + " order by queuedAt", RedactionPlan.Status.QUEUED, RedactionPlan.Status.RENDERING, stale);
            for (RedactionPlan plan : waiting) {
                int won = RedactionPlan.update("status = ?1, heartbeatAt = ?2, progress = 0 where id = ?3 and"
                        + " (status = ?4 or (status = ?1 and heartbeatAt < ?5))", RedactionPlan.Status.RENDERING,
                        clock.instant(), plan.id, RedactionPlan.Status.QUEUED, stale);
                if (won == 1) {
                    return plan.id;
                }
            }
            return null;
        });
    }

    private void run(String partner, String partnership, long planId) {
        RedactionPlan plan = scheduled.forPartner(partner, partnership, () -> RedactionPlan.findById(planId));
        EvidenceFile master = scheduled.forPartner(partner, partnership, () -> EvidenceFile.findById(
                plan.masterFileId));
        Actor actor = new Actor(plan.queuedBy, partner, partnership, Set.of(Actor.EVIDENCE_OFFICER));
        Path work = Path.of(config.workDir(), "plan-" + planId);
        try {
            clear(work);
            Files.createDirectories(work);
            Path source = work.resolve("master");
            fetch(master, source);
            Path rendered = work.resolve("redacted.mp4");
            long frames = plan.clip().frames();
            long[] reported = { System.nanoTime() };
            RedactionRender.render(tools.ffmpeg(), source, plan.clip(), plan.boxList(), plan.keepAudio, rendered,
                    n -> {
                        if (System.nanoTime() - reported[0] < 1_000_000_000L) {
                            return true;
                        }
                        reported[0] = System.nanoTime();
                        return report(partner, partnership, planId, (int) Math.min(95, n * 95 / frames));
                    });
            if (!report(partner, partnership, planId, 96)) {
                throw new RedactionRender.Stopped();
            }
            output.store(partner, partnership, planId, master, rendered, actor,
                    () -> report(partner, partnership, planId, 97));
        } catch (RedactionRender.Stopped e) {
            end(partner, partnership, planId, RedactionPlan.Status.CANCELLED, "The render was cancelled; nothing"
                    + " was stored");
        } catch (Ffmpeg.Failed | IOException e) {
            LOG.errorf("Render of redaction plan %d failed: %s", planId, e.getMessage());
            end(partner, partnership, planId, RedactionPlan.Status.FAILED, "The render stopped before it finished ("
                    + e.getMessage() + "); nothing was stored. Render again");
        } catch (RedactionRefused e) {
            end(partner, partnership, planId, RedactionPlan.Status.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Render of redaction plan %d failed", planId);
            end(partner, partnership, planId, RedactionPlan.Status.FAILED, "The render failed; nothing was stored."
                    + " Render again in a few minutes");
        } finally {
            clear(work);
        }
    }

    /** Writes progress and the heartbeat; false when the render was cancelled. */
    private boolean report(String partner, String partnership, long planId, int progress) {
        return scheduled.forPartner(partner, partnership, () -> {
            RedactionPlan plan = RedactionPlan.findById(planId);
            plan.progress = progress;
            plan.heartbeatAt = clock.instant();
            return !plan.cancelRequested;
        });
    }

    private void end(String partner, String partnership, long planId, RedactionPlan.Status status, String message) {
        scheduled.forPartner(partner, partnership, () -> {
            RedactionPlan plan = RedactionPlan.findById(planId);
            plan.status = status;
            plan.message = message;
            plan.finishedAt = clock.instant();
            plan.decide(clock.instant(), "system", message);
            return null;
        });
    }

    /** Copies the master out of object storage, refusing one whose bytes no longer match its recorded hash. */
    private void fetch(EvidenceFile master, Path to) throws IOException {
        try (InputStream in = store.open(master.objectKey);
                DigestInputStream digest = new DigestInputStream(in, CustodyChain.digest())) {
            Files.copy(digest, to);
            if (!HexFormat.of().formatHex(digest.getMessageDigest().digest()).equals(master.sha256)) {
                throw new RedactionRefused(409, "The master does not match its recorded SHA-256, so it was not"
                        + " redacted: verify the evidence");
            }
        } catch (EvidenceStore.StoreUnavailable e) {
            throw new RedactionRefused(503, RedactionOutput.STORE_DOWN);
        }
    }

    private static void clear(Path work) {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Work directory %s not removed: %s", work, e.getMessage());
        }
    }
}
