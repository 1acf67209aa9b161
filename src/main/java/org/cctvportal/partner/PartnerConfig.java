package org.cctvportal.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Partner settings. */
@ConfigMapping(prefix = "portal.partners")
public interface PartnerConfig {

    /** How long a partner's status (suspended, withdrawn) is kept in memory before it is read again. */
    @WithDefault("30s")
    Duration standingCache();
}
