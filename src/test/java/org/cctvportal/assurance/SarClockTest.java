package org.cctvportal.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one-month clock counts calendar months: to the same date, or the last day of a shorter month, then on to the
 * next working day past a weekend or an England and Wales bank holiday.
 */
class SarClockTest {

    @Test
    void aRequestIsDueOnTheSameDateNextMonth() {
        assertEquals(LocalDate.of(2026, 12, 3), SarClock.due(LocalDate.of(2026, 11, 3)));
        assertEquals(LocalDate.of(2027, 1, 15), SarClock.due(LocalDate.of(2026, 12, 15)), "across the year end");
    }

    @Test
    void aRequestReceivedOnADateTheNextMonthLacksIsDueOnThatMonthsLastDay() {
        assertEquals(LocalDate.of(2025, 2, 28), SarClock.due(LocalDate.of(2025, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), SarClock.due(LocalDate.of(2028, 1, 30)), "a leap year");
        assertEquals(LocalDate.of(2027, 4, 30), SarClock.due(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void aDueDateOnAWeekendOrABankHolidayMovesToTheNextWorkingDay() {
        assertEquals(LocalDate.of(2027, 3, 1), SarClock.due(LocalDate.of(2027, 1, 31)), "Sunday 28 February");
        assertEquals(LocalDate.of(2026, 12, 29), SarClock.due(LocalDate.of(2026, 11, 28)),
                "Monday 28 December 2026 is Boxing Day's substitute");
        assertEquals(LocalDate.of(2027, 3, 30), SarClock.due(LocalDate.of(2027, 2, 26)),
                "Good Friday 26 March 2027, then the weekend and Easter Monday");
        assertEquals(LocalDate.of(2027, 1, 4), SarClock.due(LocalDate.of(2026, 12, 1)),
                "New Year's Day on a Friday, then the weekend");
        assertEquals(LocalDate.of(2026, 12, 3), SarClock.due(LocalDate.of(2026, 11, 3)), "a working day stays");
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
