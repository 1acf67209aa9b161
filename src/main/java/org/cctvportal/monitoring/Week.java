package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cctvportal.platform.web.LondonTime;

/** A calendar week, Monday to Sunday in Europe/London, with each day's occurrences listed for the calendars. */
public record Week(LocalDate monday, List<Day> days) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    /** One day of the week and what starts on it. */
    public record Day(LocalDate date, String label, List<Item> items) {
    }

    /** One occurrence as the calendar lists it, its times in Europe/London. */
    public record Item(OccurrenceStore.Entry entry, String from, String to, String hours) {
    }

    /** The Monday of the week holding {@code text} (an ISO date), or of today's week when it is missing or wrong. */
    public static LocalDate mondayOf(String text, LocalDate today) {
        LocalDate date = today;
        if (text != null && !text.isBlank()) {
            try {
                date = LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                date = today;
            }
        }
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static Instant start(LocalDate monday) {
        return monday.atStartOfDay(LondonTime.ZONE).toInstant();
    }

    public static Instant end(LocalDate monday) {
        return monday.plusDays(7).atStartOfDay(LondonTime.ZONE).toInstant();
    }

    /** Lays occurrences out by the London day they start on. */
    public static Week of(LocalDate monday, List<OccurrenceStore.Entry> entries) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            boolean first = i == 0;
            List<Item> items = entries.stream()
                    .filter(e -> e.start().atZone(LondonTime.ZONE).toLocalDate().equals(date)
                            || (first && e.start().isBefore(start(monday))))
                    .map(Week::item).toList();
            days.add(new Day(date, DAY.format(date), items));
        }
        return new Week(monday, days);
    }

    static Item item(OccurrenceStore.Entry e) {
        var from = e.start().atZone(LondonTime.ZONE);
        var to = e.end().atZone(LondonTime.ZONE);
        String end = to.toLocalDate().equals(from.toLocalDate()) ? TIME.format(to) : SHORT.format(to);
        long minutes = java.time.Duration.between(e.start(), e.end()).toMinutes();
        String hours = minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format("%d.%02d", minutes / 60,
                minutes % 60 * 100 / 60);
        return new Item(e, TIME.format(from), end, hours);
    }

    public String title() {
        return "Week of " + DAY.format(monday);
    }

    public LocalDate previous() {
        return monday.minusWeeks(1);
    }

    public LocalDate next() {
        return monday.plusWeeks(1);
    }

    public boolean isEmpty() {
        return days.stream().allMatch(d -> d.items().isEmpty());
    }
}
