package org.cctvportal.rota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The working-time rules of the rota, and how long a wall screen shows a board. */
@ConfigMapping(prefix = "portal.rota")
public interface RotaConfig {

    /** The most hours an operator may be rostered in any 7 days (rolling, 168 hours). */
    @WithDefault("48")
    int maxHoursPer7Days();

    /** The least rest, in hours, between the end of one shift and the start of the next for one operator. */
    @WithDefault("11")
    int minRestHours();

    /** The longest a wall screen shows its hub's board before a supervisor must start it again (a shift and more). */
    @WithDefault("PT14H")
    Duration wallScreenMaxAge();
}
