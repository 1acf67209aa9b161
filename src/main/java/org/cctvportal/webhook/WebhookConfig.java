package org.cctvportal.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code portal.webhooks.*}: how deliveries are sent, retried and checked. */
@ConfigMapping(prefix = "portal.webhooks")
public interface WebhookConfig {

    /** The portal's address as receivers reach it, for the links in deliveries. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How often each replica sends the due deliveries ({@code WebhookSender}'s schedule). */
    Duration sendEvery();

    /** How long after start the first sending waits. */
    Duration sendDelay();

    /** How long one attempt waits for the receiver to connect and answer. */
    @WithDefault("10s")
    Duration timeout();

    /** How long a sender holds a claimed delivery before another may take it (longer than one attempt). */
    @WithDefault("1m")
    Duration lease();

    /** The wait after a first failed attempt; each further failure doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration retryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** After this many failed attempts a delivery is given up. */
    @WithDefault("10")
    int maxAttempts();

    /** After this many failed attempts in a row a subscription is marked failing and its managers are told. */
    @WithDefault("5")
    int failingAfter();

    /** How many deliveries one sender claims at a time. */
    @WithDefault("20")
    int batch();

    /** Whether http:// URLs on the loopback address are accepted (tests and a developer's machine, never production). */
    @WithDefault("false")
    boolean allowLoopbackHttp();
}
