package org.cctvportal.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The custody chain's arithmetic: each event's canonical form (every field, one per line, with the hash of the event
 * before) and its SHA-256. Checking a chain recomputes every hash and every link; any edit, removal or reordering of
 * an event breaks it from that event on.
 */
public final class CustodyChain {

    /** The "previous hash" of an item's first event. */
    public static final String GENESIS = "0".repeat(64);

    private CustodyChain() {
    }

    /** Times as PostgreSQL keeps them (microseconds), so a hash computed before storing still holds after. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String canonical(CustodyEvent e) {
        return String.join("\n", "custody-event/v1", String.valueOf(e.itemId), e.partnerId, String.valueOf(e.seq),
                e.action, e.actor, e.actorPartnerId, e.fileId == null ? "" : e.fileId.toString(),
                e.detail.replace("\\", "\\\\").replace("\n", "\\n"), truncate(e.occurredAt).toString(), e.prevHash);
    }

    public static String hash(CustodyEvent e) {
        return sha256(canonical(e).getBytes(StandardCharsets.UTF_8));
    }

    /** What is wrong with a chain, first link first; empty when it is whole. */
    public static List<String> problems(List<CustodyEvent> chain) {
        List<String> problems = new ArrayList<>();
        String previous = GENESIS;
        int expected = 1;
        for (CustodyEvent e : chain) {
            if (e.seq != expected) {
                problems.add("Event " + expected + " is missing (found event " + e.seq + " in its place)");
                expected = e.seq;
            }
            if (!e.prevHash.equals(previous)) {
                problems.add("Event " + e.seq + " does not follow the event before it");
            }
            if (!hash(e).equals(e.hash)) {
                problems.add("Event " + e.seq + " (" + e.action + ") has been changed since it was recorded");
            }
            previous = e.hash;
            expected++;
        }
        return problems;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
