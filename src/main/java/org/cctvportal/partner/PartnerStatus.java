package org.cctvportal.partner;

/**
 * A partner's phase in the partnership: proposed, onboarding, live, then suspended or withdrawn. Which moves are
 * allowed is the database's {@code partner_phase_allowed} (R__partner_governance.sql), the one place for them; the
 * effects of each phase are {@link PartnerStanding}'s.
 */
public enum PartnerStatus {
    PROPOSED("Proposed"),
    ONBOARDING("Onboarding"),
    LIVE("Live"),
    SUSPENDED("Suspended"),
    WITHDRAWN("Withdrawn");

    private final String label;

    PartnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the partner's people may use the portal at all. */
    public boolean signsIn() {
        return this != PROPOSED && this != WITHDRAWN;
    }
}
