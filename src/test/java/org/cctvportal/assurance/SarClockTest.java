package org.cctvportal.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one-month clock counts calendar months: to the same date, or the last day of a shorter month. */
class SarClockTest {

    @Test
    void aRequestIsDueOnTheSameDateNextMonth() {
        assertEquals(LocalDate.of(2026, 12, 3), SarClock.due(LocalDate.of(2026, 11, 3)));
        assertEquals(LocalDate.of(2027, 1, 15), SarClock.due(LocalDate.of(2026, 12, 15)), "across the year end");
    }

    @Test
    void aRequestReceivedOnADateTheNextMonthLacksIsDueOnThatMonthsLastDay() {
        assertEquals(LocalDate.of(2027, 2, 28), SarClock.due(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), SarClock.due(LocalDate.of(2028, 1, 30)), "a leap year");
        assertEquals(LocalDate.of(2027, 4, 30), SarClock.due(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void anExtensionRunsAtMostTwoFurtherMonths() {
        assertEquals(LocalDate.of(2027, 4, 30), SarClock.latestExtension(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2027, 2, 3), SarClock.latestExtension(LocalDate.of(2026, 11, 3)));
        assertEquals(LocalDate.of(2027, 3, 1), SarClock.deadline(LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2027, 2, 10), SarClock.deadline(LocalDate.of(2027, 1, 10), null));
    }
}
