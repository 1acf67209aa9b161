package org.cctvportal.people;

/** Where a person the portal manages stands. */
public enum PersonState {
    /** The portal's record is written; Keycloak has not confirmed the account yet (a retry finishes it). */
    PENDING("Pending", "grey"),
    /** The account exists; the person has not used the portal yet. */
    INVITED("Invited", "blue"),
    ACTIVE("Active", "green"),
    /** The account is disabled and its sessions ended; the portal refuses its requests. */
    DEACTIVATED("Deactivated", "red");

    private final String label;
    private final String colour;

    PersonState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour the list shows the state in. */
    public String colour() {
        return colour;
    }
}
