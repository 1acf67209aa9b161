package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.web.LondonTime;

/**
 * The bands an hour of monitoring is priced in, by London local time: weekend all of Saturday and Sunday (Saturday
 * 00:00 to Monday 00:00); day Monday to Friday 07:00 to 19:00; night Monday to Friday 19:00 to 07:00 (so Friday from
 * 19:00 is night until midnight, and Monday until 07:00 is night). A period is cut at every local midnight, 07:00 and
 * 19:00, and each piece is measured in real elapsed minutes: a night across a clock change is an hour longer (October)
 * or shorter (March) than the wall clock says. The local day of each piece picks the tariff in force.
 */
public final class PricingBands {

    static final LocalTime DAY_STARTS = LocalTime.of(7, 0);
    static final LocalTime NIGHT_STARTS = LocalTime.of(19, 0);

    /** A band and how the tariff page words it. */
    public enum Band {
        DAY("Day", "Monday to Friday, 07:00 to 19:00"),
        NIGHT("Night", "Monday to Friday, 19:00 to 07:00 (Friday until midnight; Monday from midnight)"),
        WEEKEND("Weekend", "Saturday 00:00 to Monday 00:00");

        private final String label;
        private final String hours;

        Band(String label, String hours) {
            this.label = label;
            this.hours = hours;
        }

        public String label() {
            return label;
        }

        public String hours() {
            return hours;
        }
    }

    /** Part of a period in one band on one local day, in elapsed minutes. */
    public record Piece(LocalDate day, Band band, long minutes) {
    }

    private PricingBands() {
    }

    /** The band of a local wall-clock time. */
    public static Band bandAt(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Band.WEEKEND;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(DAY_STARTS) && time.isBefore(NIGHT_STARTS) ? Band.DAY : Band.NIGHT;
    }

    /** Cuts [start, end) into pieces of one band and one local day; the pieces' minutes add up to the period's. */
    public static List<Piece> split(Instant start, Instant end) {
        List<Piece> pieces = new ArrayList<>();
        Instant at = start;
        while (at.isBefore(end)) {
            LocalDateTime local = LocalDateTime.ofInstant(at, LondonTime.ZONE);
            Instant next = nextBoundary(local);
            Instant until = next.isBefore(end) ? next : end;
            long minutes = Duration.between(at, until).toMinutes();
            Band band = bandAt(local);
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.day().equals(local.toLocalDate()) && last.band() == band) {
                // A weekend day is cut at 07:00 and 19:00 too: one piece per band and day.
                pieces.set(pieces.size() - 1, new Piece(last.day(), band, last.minutes() + minutes));
            } else if (minutes > 0) {
                pieces.add(new Piece(local.toLocalDate(), band, minutes));
            }
            at = until;
        }
        return pieces;
    }

    /** The next local 07:00, 19:00 or midnight after a local time, as an instant. */
    static Instant nextBoundary(LocalDateTime local) {
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        LocalDateTime next = time.isBefore(DAY_STARTS) ? day.atTime(DAY_STARTS)
                : time.isBefore(NIGHT_STARTS) ? day.atTime(NIGHT_STARTS) : day.plusDays(1).atStartOfDay();
        return ZonedDateTime.of(next, LondonTime.ZONE).toInstant();
    }
}
