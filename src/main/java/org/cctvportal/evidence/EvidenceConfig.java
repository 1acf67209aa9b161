package org.cctvportal.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** The evidence vault's limits and clocks. */
@ConfigMapping(prefix = "portal.evidence")
public interface EvidenceConfig {

    /** The largest file one upload may hold, in bytes; quarkus.http.limits.max-body-size must be at least this. */
    long maxFileBytes();

    /** The video formats accepted, as detected from the content (MP4, MOV, AVI, MATROSKA, WEBM, MPEG_TS, MPEG_PS). */
    Set<VideoFormat> acceptedFormats();

    /** Multipart part size towards object storage, in bytes (at least 5 MiB): what one upload holds in memory. */
    @WithDefault("10485760")
    long partSize();

    /**
     * How long a presigned download link stays valid: at most {@link EvidenceConfigCheck#MAX_LINK_VALIDITY} (the
     * portal refuses to start with more), as a link once issued is honoured by object storage until it expires.
     */
    @WithDefault("5m")
    Duration linkValidity();

    /** The longest an incident may last from its start to its end, in days. */
    @WithDefault("31")
    int maxIncidentDays();

    /** Nights in which the nightly re-hash reads every stored object once (1: every object every night). */
    @WithDefault("7")
    int rehashCycleNights();

    /** When the nightly re-hash runs, as a cron expression in London time. */
    @WithDefault("0 30 2 * * ?")
    String rehashCron();

    /** Days an item is kept after its incident ends unless it is marked evidential. */
    @WithDefault("31")
    int retentionDays();

    /** How old a PENDING file row (an upload that never finished) must be before the sweep removes it. */
    @WithDefault("1h")
    Duration pendingAfter();

    /** Interval of the sweep of unfinished uploads and objects without a record; the same on every replica. */
    @WithDefault("1h")
    Duration sweepEvery();

    /** Interval of the disposal of items past their retention date; the same on every replica. */
    @WithDefault("1h")
    Duration disposalEvery();

    /**
     * How long after asking for a legal hold's release the same person may confirm it alone; a second evidence
     * officer or manager of the owning partner may confirm it at once. 0s: always a second person.
     */
    @WithDefault("72h")
    Duration holdReleaseCoolingOff();
}
