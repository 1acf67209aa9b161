package org.cctvportal.compliance;

/**
 * Fired, in the changing transaction, when a change to a partner's estate, or the evaluation of the partner after a
 * ratification, raises new findings: whoever tells the partner's other systems (webhooks) reacts before it commits. Carries a count, no asset details.
 */
public record FindingsRaised(String partnerId, long raised) {
}
