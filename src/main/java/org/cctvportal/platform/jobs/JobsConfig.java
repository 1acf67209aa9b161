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

    /** Taking every partner's dashboard figures: the safety net behind the changed partners' refresh. */
    RefreshDashboards refreshDashboards();

    interface RefreshDashboards {
        /** Interval between runs, such as 15m or 1h: figures that move with time alone are at most this old. */
        @WithDefault("15m")
        Duration every();
    }

    /** Taking again the figures of the partners whose changes committed since (every replica, each partner once). */
    RefreshChangedDashboards refreshChangedDashboards();

    interface RefreshChangedDashboards {
        /** Interval between rounds, such as 2s: a change reaches the dashboards within it plus one round's work. */
        @WithDefault("2s")
        Duration every();
    }

    /** Running the long work people start (imports' commits): every replica runs waiting jobs. */
    RunJobs runJobs();

    interface RunJobs {
        /** How often each replica looks for waiting jobs, such as 2s: a job starts within it. */
        @WithDefault("2s")
        Duration every();

        /** A running job whose heartbeat is older than this lost its runner and is claimed again, such as 2m. */
        @WithDefault("2m")
        Duration staleAfter();

        /** Claims of one job before it is ended as failed (work that stops its runner each time). */
        @WithDefault("5")
        int maxAttempts();
    }
}
