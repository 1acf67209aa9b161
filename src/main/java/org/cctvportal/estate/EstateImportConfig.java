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
     * Rows one chunk of an import's commit applies in one transaction, with the job's progress: a commit taken up
     * again (its runner died, or a refused chunk was mended) goes on after the last committed chunk.
     */
    @WithDefault("5000")
    int importChunkRows();
}
