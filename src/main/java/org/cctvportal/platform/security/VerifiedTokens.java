package org.cctvportal.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the identity provider made of a bearer token, kept by the token's digest so that the next request with the
 * same token skips the signature's check and the parsing of its claims. An entry lasts until the token expires, and
 * never longer than {@code keep}; at {@code most} entries, the expired ones go first and then all of them (a full map
 * is refilled by the next requests). Pure logic: the caller gives the time.
 */
final class VerifiedTokens<V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration keep;
    private final int most;

    VerifiedTokens(Duration keep, int most) {
        this.keep = keep;
        this.most = most;
    }

    /** The value kept for {@code key}, or null when none is, or when it has expired by {@code now}. */
    V get(String key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    /** Keeps {@code value} until {@code expires} or {@code keep} from {@code now}, whichever is sooner. */
    void put(String key, V value, Instant expires, Instant now) {
        Instant until = expires.isBefore(now.plus(keep)) ? expires : now.plus(keep);
        if (!now.isBefore(until)) {
            return;
        }
        if (entries.size() >= most) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= most) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, until));
    }

    int size() {
        return entries.size();
    }
}
