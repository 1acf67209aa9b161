package org.cctvportal.monitoring;

/**
 * Fired, in the deciding transaction, when a hub's operator approves or declines a booking: whoever tells the
 * booking's partner (notifications) reacts before the change commits.
 */
public record BookingDecided(long bookingId, String reference, String partnerId, String hubName, boolean approved) {
}
