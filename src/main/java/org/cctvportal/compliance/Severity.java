package org.cctvportal.compliance;

/** How urgent a finding is, most urgent first. */
public enum Severity {
    CRITICAL("Critical", "red"), HIGH("High", "orange"), MEDIUM("Medium", "yellow"), LOW("Low", "grey");

    private final String label;
    private final String colour;

    Severity(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour that shows it. */
    public String colour() {
        return colour;
    }
}
