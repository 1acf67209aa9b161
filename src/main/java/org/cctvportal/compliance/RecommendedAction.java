package org.cctvportal.compliance;

/** What the partner should do about a finding. */
public enum RecommendedAction {
    REPLACE_NOW("Replace now"),
    REPLACE_AT_NEXT_UPGRADE("Replace at next maintenance"),
    ISOLATE("Isolate from the network"),
    UPDATE_FIRMWARE("Update firmware"),
    NONE("None");

    private final String label;

    RecommendedAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isReplacement() {
        return this == REPLACE_NOW || this == REPLACE_AT_NEXT_UPGRADE;
    }
}
