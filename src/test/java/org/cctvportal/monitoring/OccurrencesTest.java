package org.cctvportal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Weekly bookings keep their local times in Europe/London, whatever the clocks do. */
class OccurrencesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Set<DayOfWeek> WEEKEND_NIGHTS = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private static List<Occurrences.Period> nights(LocalDate first, LocalDate last) {
        return Occurrences.weekly(WEEKEND_NIGHTS, LocalTime.of(20, 0), LocalTime.of(4, 0), first, last, LONDON);
    }

    @Test
    void fridayAndSaturdayNightsExpandIntoTwoOccurrencesAWeek() {
        List<Occurrences.Period> periods = nights(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31));
        assertEquals(8, periods.size());
        assertEquals(Instant.parse("2027-01-08T20:00:00Z"), periods.get(0).start());
        assertEquals(Instant.parse("2027-01-09T04:00:00Z"), periods.get(0).end());
        assertEquals(Instant.parse("2027-01-09T20:00:00Z"), periods.get(1).start());
        assertEquals(Instant.parse("2027-01-30T20:00:00Z"), periods.get(7).start());
    }

    @Test
    void theNightTheClocksGoBackIsNineHours() {
        // Saturday 24 October 2026: BST ends at 02:00 on Sunday 25 October.
        Occurrences.Period night = nights(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 24)).get(0);
        assertEquals(Instant.parse("2026-10-24T19:00:00Z"), night.start());
        assertEquals(Instant.parse("2026-10-25T04:00:00Z"), night.end());
        assertEquals(Duration.ofHours(9), night.length());
        // Saturday 30 October 2027, the last Sunday of October 2027 being the 31st.
        Occurrences.Period later = nights(LocalDate.of(2027, 10, 30), LocalDate.of(2027, 10, 30)).get(0);
        assertEquals(Duration.ofHours(9), later.length());
        assertEquals("20:00", later.start().atZone(LONDON).toLocalTime().toString());
        assertEquals("04:00", later.end().atZone(LONDON).toLocalTime().toString());
    }

    @Test
    void theNightTheClocksGoForwardIsSevenHours() {
        // Saturday 27 March 2027: BST starts at 01:00 on Sunday 28 March.
        Occurrences.Period night = nights(LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 27)).get(0);
        assertEquals(Instant.parse("2027-03-27T20:00:00Z"), night.start());
        assertEquals(Instant.parse("2027-03-28T03:00:00Z"), night.end());
        assertEquals(Duration.ofHours(7), night.length());
        Occurrences.Period in2026 = nights(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 28)).get(0);
        assertEquals(Duration.ofHours(7), in2026.length());
    }

    @Test
    void theNightsAroundAClockChangeKeepTheirEightHours() {
        List<Occurrences.Period> periods = nights(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 31));
        assertEquals(List.of(8L, 9L, 8L, 8L), periods.stream().map(p -> p.length().toHours()).toList());
        periods.forEach(p -> assertEquals(LocalTime.of(20, 0), p.start().atZone(LONDON).toLocalTime()));
    }

    @Test
    void aDaytimeBookingEndsTheSameDay() {
        List<Occurrences.Period> periods = Occurrences.weekly(EnumSet.of(DayOfWeek.THURSDAY), LocalTime.of(8, 0),
                LocalTime.of(16, 0), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 8), LONDON);
        assertEquals(2, periods.size());
        assertEquals(Instant.parse("2027-07-01T07:00:00Z"), periods.get(0).start());
        assertEquals(Duration.ofHours(8), periods.get(1).length());
    }

    @Test
    void aYearOfWeekendNightsIsAHundredAndFourOccurrences() {
        assertEquals(104, nights(LocalDate.of(2027, 1, 4), LocalDate.of(2028, 1, 2)).size());
        assertEquals(104, Occurrences.countWeekly(WEEKEND_NIGHTS, LocalDate.of(2027, 1, 4), LocalDate.of(2028, 1, 2)));
    }

    @Test
    void anOccurrenceMustEndAfterItStarts() {
        Instant now = Instant.parse("2027-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> Occurrences.oneOff(now, now));
    }
}
