package org.cctvportal.platform.audit;

/**
 * A feature's pages for the records its audit events name, so the audit trail links each row to its record. The
 * trail asks only for records of the reader's own partner: another partner's record would not open for them.
 */
public interface AuditRecordLinks {

    /** The page of the record of this kind and identifier, or null when this feature has none for it. */
    String link(String kind, String id);
}
