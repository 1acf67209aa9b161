package org.cctvportal.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How monitoring bookings are shown and refused. */
@ConfigMapping(prefix = "portal.monitoring")
public interface MonitoringConfig {

    /** How many overbooked times (earliest first) a refused approval lists before saying how many more there are. */
    @WithDefault("5")
    int refusalTimes();

    /** How often, in seconds, a partner's bookings list refreshes itself so a decision shows without reloading. */
    @WithDefault("10")
    int listRefreshSeconds();
}
