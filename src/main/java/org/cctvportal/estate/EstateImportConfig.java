package org.cctvportal.estate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on estate import files, and how long an uncommitted one is kept; the HTTP body limit ({@code quarkus.http.limits.max-body-size}) must be larger. */
@ConfigMapping(prefix = "portal.estate")
public interface EstateImportConfig {

    /** Largest import file accepted, in bytes (20 MiB: about 100,000 camera rows). */
    @WithDefault("20971520")
    long importMaxBytes();

    /** Most data rows (or GeoJSON features) one file may hold; larger estates are imported in several files. */
    @WithDefault("200000")
    int importMaxRows();

    /** How long a previewed import waits for its commit before it is discarded and its file removed (ISO-8601). */
    @WithDefault("P2D")
    Duration importRetention();

    /**
     * Seconds one import's commit may run (its check and apply are one transaction); read by the commit's
     * {@code @TransactionConfiguration}, declared here so the configuration is checked at start.
     */
    @WithDefault("600")
    int importCommitTimeout();
}
