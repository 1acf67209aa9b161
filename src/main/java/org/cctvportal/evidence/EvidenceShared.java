package org.cctvportal.evidence;

import java.time.LocalDate;

/**
 * Fired, in the sharing transaction, when a partner shares evidence with a police force until the end of a day:
 * whoever tells the force (notifications) reacts before the change commits. Carries no title and no footage.
 */
public record EvidenceShared(long shareId, String partnerId, String recipientPartnerId, LocalDate until) {
}
