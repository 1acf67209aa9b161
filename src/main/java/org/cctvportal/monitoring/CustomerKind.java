package org.cctvportal.monitoring;

/**
 * Who a booking is charged as: public bodies (councils, the PCC office, the police) pay the partnership rate,
 * businesses the business rate. Taken from the booking partner's kind when the booking is made.
 */
public enum CustomerKind {
    PUBLIC("Public body"), BUSINESS("Business");

    private final String label;

    CustomerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
