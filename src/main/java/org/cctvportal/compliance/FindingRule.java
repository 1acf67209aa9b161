package org.cctvportal.compliance;

/** The rule of the specification a finding comes from. */
public enum FindingRule {
    FLAGGED_MAKER("Flagged manufacturer"),
    MIN_RESOLUTION("Minimum resolution"),
    FIRMWARE("Firmware"),
    MAX_AGE("Maximum age"),
    OPERATING_SYSTEM("Operating system"),
    SECURE_BY_DEFAULT("Secure by Default"),
    REQUIRED_STANDARD("Required standard");

    private final String label;

    FindingRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
