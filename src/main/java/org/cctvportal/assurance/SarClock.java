package org.cctvportal.assurance;

import java.time.LocalDate;
import org.cctvportal.platform.WorkingDays;

/**
 * The subject access clock (UK GDPR Art. 12(3)): one calendar month from the day of receipt, to the same date of the
 * next month or its last day when that month is shorter (received 31 January, due 28 or 29 February), moved to the
 * next working day when that date is a weekend or an England and Wales bank holiday (as the ICO counts it);
 * extendable by up to two further months. Dates are London calendar dates. The same limits are check constraints in
 * the database (the day moved forward by at most a week there; the bank holidays are this list's).
 */
public final class SarClock {

    private SarClock() {
    }

    public static LocalDate due(LocalDate received) {
        return WorkingDays.onOrAfter(received.plusMonths(1));
    }

    /** The latest date an extension may run to. */
    public static LocalDate latestExtension(LocalDate received) {
        return received.plusMonths(3);
    }

    /** The date the request must be answered by: the extension when there is one. */
    public static LocalDate deadline(LocalDate received, LocalDate extendedTo) {
        return extendedTo != null ? extendedTo : due(received);
    }
}
