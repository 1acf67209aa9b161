package org.cctvportal.compliance;

/**
 * Fired, in the changing transaction, when a change to a partner's estate raises new findings: whoever tells the
 * partner's other systems (webhooks) reacts before the change commits. Carries a count, no asset details.
 */
public record FindingsRaised(String partnerId, long raised) {
}
