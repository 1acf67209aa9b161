package org.cctvportal.assurance;

/** How far a partner meets a principle, in its own assessment. */
public enum CopStatus {
    MET("Met", "green"),
    PARTLY_MET("Partly met", "yellow"),
    NOT_MET("Not met", "red"),
    NOT_ASSESSED("Not assessed", "grey");

    private final String label;
    private final String colour;

    CopStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour shown for the status. */
    public String colour() {
        return colour;
    }
}
