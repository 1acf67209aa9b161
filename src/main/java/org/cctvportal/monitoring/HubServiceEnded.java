package org.cctvportal.monitoring;

import java.time.LocalDate;

/**
 * A hub stops watching a partner's cameras (the hub closes, or its operator ends the service): fired in the
 * operator's transaction so that the partner's switch-off notice is raised with the change, or not at all.
 */
public record HubServiceEnded(long hubId, String hubName, String partnerId, LocalDate from, String why) {
}
