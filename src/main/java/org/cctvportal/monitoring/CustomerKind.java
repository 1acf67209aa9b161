package org.cctvportal.monitoring;

import org.cctvportal.partner.PartnerKind;

/**
 * Who a booking is charged as, each kind at its own tariff: councils (and the PCC office), businesses, police forces.
 * Taken from the booking partner's kind when the booking is made, and kept with the booking.
 */
public enum CustomerKind {
    COUNCIL("Council"), BUSINESS("Business"), POLICE("Police");

    private final String label;

    CustomerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a partner of this kind books as: a business as a business, a police force as police. */
    public static CustomerKind of(PartnerKind partner) {
        return switch (partner) {
            case BUSINESS -> BUSINESS;
            case POLICE_FORCE -> POLICE;
            default -> COUNCIL;
        };
    }
}
