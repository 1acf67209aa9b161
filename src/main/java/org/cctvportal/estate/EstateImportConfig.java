package org.cctvportal.estate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on estate import files; the HTTP body limit ({@code quarkus.http.limits.max-body-size}) must be larger. */
@ConfigMapping(prefix = "portal.estate")
public interface EstateImportConfig {

    /** Largest import file accepted, in bytes (20 MiB: about 100,000 camera rows). */
    @WithDefault("20971520")
    long importMaxBytes();

    /** Most data rows (or GeoJSON features) one file may hold; larger estates are imported in several files. */
    @WithDefault("200000")
    int importMaxRows();
}
