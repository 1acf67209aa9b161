package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any edit, removal or reordering of a custody event breaks the chain from there on. */
class CustodyChainTest {

    private static List<CustodyEvent> chain(int length) {
        List<CustodyEvent> chain = new ArrayList<>();
        String previous = CustodyChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            CustodyEvent e = new CustodyEvent();
            e.itemId = 7L;
            e.partnerId = "tv-oxford-city";
            e.seq = seq;
            e.action = seq == 1 ? "CREATED" : "VIEWED";
            e.actor = "oxford.evidence";
            e.actorPartnerId = "tv-oxford-city";
            e.detail = "event " + seq;
            e.occurredAt = CustodyChain.truncate(Instant.parse("2026-11-28T23:00:00.123456789Z").plusSeconds(seq));
            e.prevHash = previous;
            e.hash = CustodyChain.hash(e);
            previous = e.hash;
            chain.add(e);
        }
        return chain;
    }

    @Test
    void aWholeChainHasNoProblems() {
        assertEquals(List.of(), CustodyChain.problems(chain(5)));
    }

    @Test
    void anEditedEventIsFound() {
        List<CustodyEvent> chain = chain(4);
        chain.get(2).detail = "something else";
        assertEquals(List.of("Event 3 (VIEWED) has been changed since it was recorded"),
                CustodyChain.problems(chain));
    }

    @Test
    void aRemovedOrReorderedEventIsFound() {
        List<CustodyEvent> removed = chain(4);
        removed.remove(1);
        assertTrue(CustodyChain.problems(removed).contains("Event 2 is missing (found event 3 in its place)"));
        List<CustodyEvent> rehashed = chain(3);
        rehashed.get(1).actor = "someone.else";
        rehashed.get(1).hash = CustodyChain.hash(rehashed.get(1));
        assertEquals(List.of("Event 3 does not follow the event before it"), CustodyChain.problems(rehashed));
    }

    @Test
    void theHashSurvivesTheDatabasesMicrosecondTimes() {
        CustodyEvent e = chain(1).get(0);
        String hash = e.hash;
        e.occurredAt = CustodyChain.truncate(e.occurredAt);
        assertEquals(hash, CustodyChain.hash(e));
    }
}
