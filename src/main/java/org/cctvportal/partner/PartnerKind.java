package org.cctvportal.partner;

/** What kind of organisation a partner is. */
public enum PartnerKind {
    PCC_OFFICE("Police and Crime Commissioner's office"),
    COUNCIL("Council"),
    OPERATOR("Monitoring operator"),
    POLICE_FORCE("Police force"),
    BUSINESS("Business");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
