package org.cctvportal.platform.audit;

/**
 * Fired, in the changing transaction, for each event written to a partner's audit trail: a change of that partner's
 * records is about to commit. Carries whose trail it is and the action, nothing of the change itself.
 */
public record AuditRecorded(String partnerId, String action) {
}
