package org.cctvportal.partner;

/** Where a partner stands in the partnership. */
public enum PartnerStatus {
    ONBOARDING("Onboarding"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    WITHDRAWN("Withdrawn");

    private final String label;

    PartnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
