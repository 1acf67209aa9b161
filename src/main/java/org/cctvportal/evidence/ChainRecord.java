package org.cctvportal.evidence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the custody chain itself says, as opposed to the editable rows beside it: the SHA-256 each file had when it
 * was stored (in the UPLOADED or COPIED event's hashed detail), and whether the chain still reaches the head the
 * database keeps in {@code custody_head}, which the portal's role can read but never change.
 */
final class ChainRecord {

    /** The latest event of an item's chain as the database recorded it. */
    record Head(int seq, String hash) {
    }

    private static final Pattern STORED_HASH = Pattern.compile("SHA-256 ([0-9a-f]{64})");

    private ChainRecord() {
    }

    static Head head(EntityManager entityManager, long itemId) {
        List<?> rows = entityManager.createNativeQuery("select seq, hash from custody_head where item_id = ?1")
                .setParameter(1, itemId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Head(((Number) row[0]).intValue(), (String) row[1]);
    }

    /** Each stored file's SHA-256 as its UPLOADED, COPIED or REDACTED event recorded it (the first hash named). */
    static Map<UUID, String> storedHashes(List<CustodyEvent> chain) {
        Map<UUID, String> hashes = new HashMap<>();
        for (CustodyEvent e : chain) {
            if (e.fileId != null && (Custody.Action.UPLOADED.name().equals(e.action)
                    || Custody.Action.COPIED.name().equals(e.action)
                    || Custody.Action.REDACTED.name().equals(e.action))) {
                Matcher m = STORED_HASH.matcher(e.detail);
                if (m.find()) {
                    hashes.put(e.fileId, m.group(1));
                }
            }
        }
        return hashes;
    }

    /** Where the chain and its head disagree: events cut off the end, or the last event rewritten. */
    static List<String> headProblems(List<CustodyEvent> chain, Head head) {
        List<String> problems = new ArrayList<>();
        CustodyEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        if (head == null) {
            if (last != null) {
                problems.add("The chain has no recorded head: its events were not recorded by the portal");
            }
            return problems;
        }
        int lastSeq = last == null ? 0 : last.seq;
        if (lastSeq < head.seq()) {
            int missing = head.seq() - lastSeq;
            problems.add(missing == 1 ? "The last event (" + head.seq() + ") of the chain is missing"
                    : "The last " + missing + " events (" + (lastSeq + 1) + " to " + head.seq()
                            + ") of the chain are missing");
        } else if (lastSeq > head.seq()) {
            problems.add("Events after " + head.seq() + " were added outside the portal");
        } else if (!last.hash.equals(head.hash())) {
            problems.add("Event " + last.seq + " (" + last.action + ") is not the event that was recorded last");
        }
        return problems;
    }
}
