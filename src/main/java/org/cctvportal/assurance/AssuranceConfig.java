package org.cctvportal.assurance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Assurance settings: when a switch-off becomes a notice, and when reviews count as due. */
@ConfigMapping(prefix = "portal.assurance")
public interface AssuranceConfig {

    /** How long a camera may stay offline before the PCC office gets a notice. */
    @WithDefault("14d")
    Duration offlineNoticeAfter();

    /** A notice is raised when a partner's funding end date is this many days away, or nearer. */
    @WithDefault("90")
    int fundingNoticeDays();

    /** How often the raise-switch-off-notices job looks for offline cameras and funding dates. */
    @WithDefault("1h")
    Duration noticesEvery();

    /** A DPIA or code-of-practice review this many days away or nearer counts as due. */
    @WithDefault("30")
    int reviewDueWithinDays();
}
