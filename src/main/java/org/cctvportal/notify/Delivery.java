package org.cctvportal.notify;

/** How a person takes one kind of notification: an e-mail at once, in the daily digest, or not by e-mail at all. */
public enum Delivery {
    NOW("At once"), DIGEST("In a daily digest"), OFF("Not by e-mail (only in the portal)");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
