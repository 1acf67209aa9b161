package org.cctvportal.platform.tenancy;

/** How far a unit of work may read. */
public enum TenantScope {
    /** The caller's own partner: the default for every request. */
    PARTNER,
    /** Every partner of the caller's partnership, read-only: only through {@link CrossPartnerReads}. */
    PARTNERSHIP,
    /** Provisioning partnerships and partners: only through {@link PlatformProvisioning}. */
    PLATFORM
}
