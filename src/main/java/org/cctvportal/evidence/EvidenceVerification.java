package org.cctvportal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.web.Formats;

/**
 * The verify action: proves an item's custody chain is whole and re-reads every stored object to prove it still has
 * the hash its chain recorded, then records the outcome in the chain.
 */
@ApplicationScoped
public class EvidenceVerification {

    /**
     * One file's state against the hash its custody chain recorded when it was stored ({@code recorded}); the file
     * row's own hash ({@code rowSha256}) is shown beside it, as the row can be edited and the chain cannot.
     */
    public record FileCheck(UUID id, String name, String kind, String recorded, String found, String outcome,
            String rowSha256) {
        public boolean intact() {
            return "INTACT".equals(outcome) || "DISPOSED".equals(outcome);
        }

        public boolean rowMatchesChain() {
            return recorded == null || recorded.equals(rowSha256);
        }
    }

    /** What verification found: the chain's problems and each file's check. */
    public record Verification(boolean chainWhole, List<String> chainProblems, List<FileCheck> files, int events) {
        public boolean allIntact() {
            return chainWhole && files.stream().allMatch(FileCheck::intact);
        }
    }

    @Inject
    EvidenceService evidence;

    @Inject
    Custody custody;

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceIntegrity integrity;

    /**
     * Proves the chain is whole up to the head the database kept, and that every stored object still has the hash
     * its chain recorded at upload; records the outcome. A receiving force reads only its own events of the chain,
     * so it cannot verify the whole: the owning partner's staff and auditor do.
     */
    public Verification verify(long itemId) {
        Actor actor = evidence.actor();
        record Snapshot(EvidenceItem item, List<CustodyEvent> chain, List<EvidenceFile> files, ChainRecord.Head head) {
        }
        Snapshot snapshot = evidence.vault(() -> {
            EvidenceService.Reached reached = evidence.reach(itemId, actor);
            if (reached.reach() == Reach.RECIPIENT) {
                throw new io.quarkus.security.ForbiddenException("The owning partner's staff and auditor verify the"
                        + " whole custody chain; your force sees its own events in the custody log");
            }
            return new Snapshot(reached.item(), CustodyEvent.chain(itemId), EvidenceFile.of(itemId),
                    ChainRecord.head(entityManager, itemId));
        });
        List<String> problems = new ArrayList<>(CustodyChain.problems(snapshot.chain()));
        problems.addAll(ChainRecord.headProblems(snapshot.chain(), snapshot.head()));
        Map<UUID, String> stored = ChainRecord.storedHashes(snapshot.chain());
        List<FileCheck> checks = new ArrayList<>();
        for (EvidenceFile file : snapshot.files()) {
            checks.add(integrity.check(file, stored.get(file.id)));
        }
        Verification result = new Verification(problems.isEmpty(), problems, checks, snapshot.chain().size());
        long bad = checks.stream().filter(c -> !c.intact()).count();
        long rows = checks.stream().filter(c -> !c.rowMatchesChain()).count();
        evidence.vault(() -> custody.record(EvidenceItem.findById(itemId), Custody.Action.VERIFIED, actor, null,
                "Verified " + Formats.plural(result.events(), "custody event", "custody events") + " and "
                        + Formats.plural(checks.size(), "file", "files") + ": "
                        + (result.chainWhole() ? "chain whole" : "chain broken") + ", "
                        + (bad == 0 ? "every file intact"
                                : Formats.plural(bad, "file", "files") + " tampered or missing")
                        + (rows == 0 ? "" : ", " + Formats.plural(rows, "file record", "file records") + " "
                                + Formats.noun(rows, "disagrees", "disagree") + " with the chain")));
        return result;
    }
}
