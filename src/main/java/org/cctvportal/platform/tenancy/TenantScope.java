package org.cctvportal.platform.tenancy;

/** How far a unit of work may read. */
public enum TenantScope {
    /** The caller's own partner: the default for every request. */
    PARTNER,
    /** Every partner of the caller's partnership, read-only: only through {@link CrossPartnerReads}. */
    PARTNERSHIP,
    /**
     * The evidence vault: the caller's own evidence, evidence its partner captured for another partner and evidence
     * shared with it while the share is live; only through {@link CrossPartnerReads} and its evidence path.
     */
    EVIDENCE,
    /**
     * Scheduled jobs' own bookkeeping and their reading of which partners have work: only through
     * {@link UnattendedWork#atPlatform}. Reads only: no partnership or partner is written at this scope.
     */
    PLATFORM,
    /**
     * The service operator's console: every partnership, its PCC office and that office's people, nothing else of a
     * partnership; only through {@link ServiceOperatorWork}.
     */
    SERVICE
}
