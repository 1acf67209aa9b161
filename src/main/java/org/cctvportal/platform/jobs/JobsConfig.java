package org.cctvportal.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often each scheduled job fires on every replica; one replica runs it in each such interval. */
@ConfigMapping(prefix = "portal.jobs")
public interface JobsConfig {

    /** Discarding estate imports left uncommitted past their retention. */
    DiscardStaleImports discardStaleImports();

    interface DiscardStaleImports {
        /** Interval between runs, such as 1h or 30m; the same value on every replica. */
        @WithDefault("1h")
        Duration every();
    }

    /** Reopening compliance findings whose risk acceptance has run out. */
    ExpireRiskAcceptances expireRiskAcceptances();

    interface ExpireRiskAcceptances {
        /** Interval between runs, such as 1h or 15m; the same value on every replica. */
        @WithDefault("1h")
        Duration every();
    }

    /** Taking every partner's dashboard figures. */
    RefreshDashboards refreshDashboards();

    interface RefreshDashboards {
        /** Interval between runs, such as 5m or 15m: the dashboards show figures at most this old. */
        @WithDefault("5m")
        Duration every();
    }
}
