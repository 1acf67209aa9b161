package org.cctvportal.monitoring;

/**
 * Fired, in the requesting transaction and once the booking is written, when a partner asks a hub to watch its
 * cameras: whoever tells the hub's operator (notifications) reacts before the change commits.
 */
public record BookingRequested(long bookingId, String reference, String partnerId, String hubName,
        String operatorPartnerId) {
}
