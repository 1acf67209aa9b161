package org.cctvportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a verified token is kept, on a given time: never past its expiry, never longer than the keep. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void aTokenIsKeptUntilItExpiresAndNoLonger() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 10);
        tokens.put("a", "oxford.viewer", NOW.plusSeconds(20), NOW);
        assertEquals("oxford.viewer", tokens.get("a", NOW.plusSeconds(19)));
        assertNull(tokens.get("a", NOW.plusSeconds(20)), "an expired token is verified again");
        assertEquals(0, tokens.size(), "and is forgotten");
    }

    @Test
    void aLongLivedTokenIsKeptNoLongerThanTheKeep() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 10);
        tokens.put("a", "oxford.viewer", NOW.plusSeconds(3600), NOW);
        assertEquals("oxford.viewer", tokens.get("a", NOW.plusSeconds(59)));
        assertNull(tokens.get("a", NOW.plusSeconds(60)));
    }

    @Test
    void anExpiredTokenIsNotKeptAndAnUnknownOneIsNotFound() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 10);
        tokens.put("a", "oxford.viewer", NOW, NOW);
        assertNull(tokens.get("a", NOW));
        assertNull(tokens.get("b", NOW));
        assertEquals(0, tokens.size());
    }

    @Test
    void aFullCacheMakesRoomExpiredEntriesFirst() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(60), 2);
        tokens.put("old", "1", NOW.plusSeconds(5), NOW);
        tokens.put("live", "2", NOW.plusSeconds(50), NOW);
        tokens.put("new", "3", NOW.plusSeconds(50), NOW.plusSeconds(10));
        assertNull(tokens.get("old", NOW.plusSeconds(10)));
        assertEquals("2", tokens.get("live", NOW.plusSeconds(10)), "a live entry stays while expired ones make room");
        assertEquals("3", tokens.get("new", NOW.plusSeconds(10)));
        tokens.put("fourth", "4", NOW.plusSeconds(50), NOW.plusSeconds(10));
        assertEquals(1, tokens.size(), "with none expired, the full cache starts again");
        assertEquals("4", tokens.get("fourth", NOW.plusSeconds(10)));
    }
}
