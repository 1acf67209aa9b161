package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a booking's schedule into UTC occurrences. A weekly booking keeps its local (Europe/London) times on every
 * date: a Friday 20:00 to 04:00 night is 9 hours when the clocks go back that night and 7 when they go forward. An
 * end time at or before the start time ends on the next day. A local time that does not exist (inside the spring
 * gap) moves forward by the length of the gap, as java.time resolves it.
 */
public final class Occurrences {

    /** The most occurrences one booking may have: two years of every night. */
    public static final int MAX = 800;

    private Occurrences() {
    }

    /** One occurrence, half-open: it ends when the next may start. */
    public record Period(Instant start, Instant end) {
        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("an occurrence must end after it starts");
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public static List<Period> oneOff(Instant start, Instant end) {
        return List.of(new Period(start, end));
    }

    /** Every occurrence of a weekly schedule whose start date falls between first and last, inclusive. */
    public static List<Period> weekly(Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalDate first,
            LocalDate last, ZoneId zone) {
        List<Period> periods = new ArrayList<>();
        boolean overnight = !end.isAfter(start);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            ZonedDateTime from = ZonedDateTime.of(date, start, zone);
            ZonedDateTime to = ZonedDateTime.of(overnight ? date.plusDays(1) : date, end, zone);
            periods.add(new Period(from.toInstant(), to.toInstant()));
            if (periods.size() > MAX) {
                throw new IllegalArgumentException("more than " + MAX + " occurrences");
            }
        }
        return periods;
    }

    /** How many occurrences a weekly schedule has, without building them. */
    public static long countWeekly(Set<DayOfWeek> days, LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).filter(d -> days.contains(d.getDayOfWeek())).count();
    }
}
