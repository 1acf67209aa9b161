package org.cctvportal.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code portal.notify.*}: where e-mail links point, and how the outbox is sent. */
@ConfigMapping(prefix = "portal.notify")
public interface NotifyConfig {

    /** The portal's address as people reach it, for the links in e-mails. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The sender address of every e-mail. */
    @WithDefault("CCTV Partnership Portal <no-reply@cctv-portal.invalid>")
    String from();

    /** How long a sender holds a claimed e-mail before another may take it (longer than one SMTP exchange). */
    @WithDefault("2m")
    Duration lease();

    /** The wait after a first failed attempt; each further failure doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration retryAfter();

    @WithDefault("1h")
    Duration maxBackoff();

    /** After this many failed attempts an e-mail is a dead letter, shown to the partnership admins. */
    @WithDefault("8")
    int maxAttempts();

    /** How often each replica sends the outbox's due e-mails ({@code OutboxSender}'s schedule). */
    Duration sendEvery();

    /** How long after start the first sending waits. */
    Duration sendDelay();

    /** When the daily digest is written (a cron expression, London time; {@code off} turns it off). */
    String digestCron();

    /** When the daily scan runs (a cron expression, London time; {@code off} turns it off). */
    String scanCron();

    /** How many e-mails one sender claims at a time. */
    @WithDefault("20")
    int batch();
}
