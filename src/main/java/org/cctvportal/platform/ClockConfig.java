package org.cctvportal.platform;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDateTime;
import java.util.Optional;

/** The portal's clock. Set only in the test configuration: production and the demo run on the real clock. */
@ConfigMapping(prefix = "portal.clock")
public interface ClockConfig {

    /**
     * A London date and time (2026-12-09T10:00) at which the portal's clock starts when the portal starts; it then
     * runs at the real pace. Never set in production.
     */
    Optional<LocalDateTime> startsAt();
}
