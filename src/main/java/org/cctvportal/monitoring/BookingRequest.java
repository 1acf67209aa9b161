package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A checked request for monitoring: what {@link BookingForm} makes of a form or a JSON body. {@code assetTags} name
 * the partner's own cameras to monitor; {@code cameras} is their number (it drives the hub's capacity).
 */
public record BookingRequest(long hubId, String cameraGroup, int cameras, Booking.Recurrence recurrence,
        Instant startsAt, Instant endsAt, Set<DayOfWeek> days, LocalTime localStart, LocalTime localEnd,
        LocalDate firstDate, LocalDate lastDate, Booking.Priority priority, String notes, List<String> assetTags) {

    public List<Occurrences.Period> occurrences() {
        return recurrence == Booking.Recurrence.ONE_OFF ? Occurrences.oneOff(startsAt, endsAt)
                : Occurrences.weekly(days, localStart, localEnd, firstDate, lastDate,
                        org.cctvportal.platform.web.LondonTime.ZONE);
    }
}
