package org.cctvportal.rota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The working-time rules of the rota. */
@ConfigMapping(prefix = "portal.rota")
public interface RotaConfig {

    /** The most hours an operator may be rostered in any 7 days (rolling, 168 hours). */
    @WithDefault("48")
    int maxHoursPer7Days();

    /** The least rest, in hours, between the end of one shift and the start of the next for one operator. */
    @WithDefault("11")
    int minRestHours();
}
