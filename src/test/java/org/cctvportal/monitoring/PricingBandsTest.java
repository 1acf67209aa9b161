package org.cctvportal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cctvportal.monitoring.PricingBands.Band;
import org.cctvportal.monitoring.PricingBands.Piece;
import org.cctvportal.platform.web.LondonTime;
import org.junit.jupiter.api.Test;

/** Periods cut into day, night and weekend by London wall-clock time, measured in real minutes. */
class PricingBandsTest {

    static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LondonTime.ZONE).toInstant();
    }

    static List<Piece> split(String from, String to) {
        return PricingBands.split(london(from), london(to));
    }

    static Piece piece(String day, Band band, long minutes) {
        return new Piece(LocalDate.parse(day), band, minutes);
    }

    @Test
    void aWeekdayEveningIsDayUntilSevenThenNight() {
        // Wednesday 13 January 2027, 17:00 to 22:00 GMT.
        assertEquals(List.of(piece("2027-01-13", Band.DAY, 120), piece("2027-01-13", Band.NIGHT, 180)),
                split("2027-01-13T17:00", "2027-01-13T22:00"));
    }

    @Test
    void theBandsFollowLocalTimeInSummer() {
        // Wednesday 14 July 2027, 06:00 to 08:00 BST: the day starts at 07:00 on the wall clock, not 07:00 UTC.
        assertEquals(List.of(piece("2027-07-14", Band.NIGHT, 60), piece("2027-07-14", Band.DAY, 60)),
                split("2027-07-14T06:00", "2027-07-14T08:00"));
    }

    @Test
    void fridayNightIsNightUntilMidnightThenWeekend() {
        assertEquals(List.of(piece("2027-01-15", Band.DAY, 120), piece("2027-01-15", Band.NIGHT, 300),
                piece("2027-01-16", Band.WEEKEND, 120)), split("2027-01-15T17:00", "2027-01-16T02:00"));
    }

    @Test
    void sundayNightIsWeekendUntilMidnightThenMondayNightThenDay() {
        assertEquals(List.of(piece("2027-01-17", Band.WEEKEND, 120), piece("2027-01-18", Band.NIGHT, 420),
                piece("2027-01-18", Band.DAY, 60)), split("2027-01-17T22:00", "2027-01-18T08:00"));
    }

    @Test
    void theOctoberClockChangeNightHasAnHourMoreAndMarchsAnHourLess() {
        // Clocks go back at 02:00 BST on Sunday 31 October 2027: 20:00 to 04:00 is 9 hours elapsed.
        assertEquals(List.of(piece("2027-10-30", Band.WEEKEND, 240), piece("2027-10-31", Band.WEEKEND, 300)),
                split("2027-10-30T20:00", "2027-10-31T04:00"));
        // Clocks go forward at 01:00 GMT on Sunday 28 March 2027: 20:00 to 04:00 is 7 hours elapsed.
        assertEquals(List.of(piece("2027-03-27", Band.WEEKEND, 240), piece("2027-03-28", Band.WEEKEND, 180)),
                split("2027-03-27T20:00", "2027-03-28T04:00"));
    }

    @Test
    void aWeekdayNightAcrossTheAutumnChangeWeekIsCutAtEveryBoundary() {
        // Sunday 31 October 2027 18:00 (after the change) to Monday 09:00: weekend to midnight, night, then day.
        assertEquals(List.of(piece("2027-10-31", Band.WEEKEND, 360), piece("2027-11-01", Band.NIGHT, 420),
                piece("2027-11-01", Band.DAY, 120)), split("2027-10-31T18:00", "2027-11-01T09:00"));
    }
}
