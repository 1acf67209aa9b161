package org.cctvportal.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How machine clients are watched ({@code portal.machine-clients.*}). */
@ConfigMapping(prefix = "portal.machine-clients")
public interface MachineClientConfig {

    /** How often at most a client's last use is written: a busy client does not write on every request. */
    @WithDefault("5m")
    Duration lastUseEvery();

    /** How often the Keycloak clients of machine clients revoked while Keycloak was away are tried again. */
    @WithDefault("1m")
    Duration removalRetryEvery();
}
