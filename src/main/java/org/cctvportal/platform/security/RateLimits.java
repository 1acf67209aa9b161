package org.cctvportal.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket (Bucket4j) per caller and kind of limit, in this instance's memory: a caller may spend its
 * allowance in a burst, and it refills evenly over the period. Behind a load balancer each instance counts alone, so
 * the limit a caller meets is the configured one times the instances its requests reach.
 */
@ApplicationScoped
public class RateLimits {

    /** The kinds of limit, each with its own allowance. */
    public enum Kind {
        API, MACHINE_CLIENT, SIGN_IN
    }

    private record Held(Bucket bucket, long capacity) {
    }

    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    @Inject
    RateLimitConfig config;

    /** Takes one request from the caller's allowance: empty when allowed, else the seconds until one is free. */
    public OptionalLong take(Kind kind, String caller) {
        if (buckets.size() > config.keptCallers()) {
            buckets.values().removeIf(held -> held.bucket().getAvailableTokens() >= held.capacity());
        }
        Held held = buckets.computeIfAbsent(kind + " " + caller, key -> bucket(capacity(kind)));
        ConsumptionProbe probe = held.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private long capacity(Kind kind) {
        return switch (kind) {
            case API -> config.apiRequests();
            case MACHINE_CLIENT -> config.machineClientRequests();
            case SIGN_IN -> config.signInRequests();
        };
    }

    private Held bucket(long capacity) {
        Bucket bucket = Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, config.period()).build()).build();
        return new Held(bucket, capacity);
    }
}
