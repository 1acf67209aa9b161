package org.cctvportal.monitoring;

/**
 * Fired, in the cancelling transaction and after the booking is flushed, when a partner cancels a booking: whoever
 * watches for coverage being lost (switch-off governance) reacts before the change commits.
 */
public record BookingCancelled(long bookingId, boolean wasApproved) {
}
