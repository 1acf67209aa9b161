package org.cctvportal.assurance;

/**
 * Fired, in the raising transaction, when switch-off notices are raised for a partner: whoever tells the PCC office
 * (notifications) reacts before the change commits.
 */
public record SwitchOffNoticesRaised(String partnerId, int raised) {
}
