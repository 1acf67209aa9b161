package org.cctvportal.monitoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/**
 * Reads the booking form (or the API's body, turned into the same fields) into a {@link BookingRequest}, with one
 * GOV.UK-style message per field in the order the form shows them. Nothing is saved when any field is wrong.
 */
public final class BookingForm {

    public static final int MAX_CAMERAS = 1000;
    static final Duration MAX_ONE_OFF = Duration.ofDays(7);
    static final int MAX_YEARS = 2;
    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    private final Map<String, String> values;
    private final FormErrors errors = new FormErrors();

    private BookingForm(Map<String, String> values) {
        this.values = values;
    }

    /** The request, or an {@link org.cctvportal.platform.web.InvalidInputException} naming every wrong field. */
    public static BookingRequest read(Map<String, String> values, List<Hub> hubs, LocalDate today) {
        return new BookingForm(values).parse(hubs, today);
    }

    private BookingRequest parse(List<Hub> hubs, LocalDate today) {
        Hub hub = hub(hubs);
        String group = text("cameraGroup", "Enter a name for the group of cameras", 200);
        List<String> tags = BookingCameras.tags(value("cameras") + " " + value("pick"));
        int cameras = cameras(hub, tags);
        Booking.Recurrence recurrence = choice("recurrence", Booking.Recurrence.class,
                "Select whether the booking is one-off or weekly");
        Instant startsAt = null;
        Instant endsAt = null;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        LocalTime localStart = null;
        LocalTime localEnd = null;
        LocalDate first = null;
        LocalDate last = null;
        if (recurrence == Booking.Recurrence.ONE_OFF) {
            LocalDate startDate = date("startDate", "the start date");
            LocalTime startTime = time("startTime", "the start time");
            LocalDate endDate = date("endDate", "the end date");
            LocalTime endTime = time("endTime", "the end time");
            if (startDate != null && startTime != null) {
                startsAt = ZonedDateTime.of(startDate, startTime, LondonTime.ZONE).toInstant();
                if (startDate.isBefore(today)) {
                    errors.add("startDate", "The start date must be today or in the future");
                }
            }
            if (endDate != null && endTime != null && startsAt != null) {
                endsAt = ZonedDateTime.of(endDate, endTime, LondonTime.ZONE).toInstant();
                if (!endsAt.isAfter(startsAt)) {
                    errors.add("endDate", "The end must be after the start");
                } else if (Duration.between(startsAt, endsAt).compareTo(MAX_ONE_OFF) > 0) {
                    errors.add("endDate", "A one-off booking can be 7 days at most; book longer cover weekly");
                }
            }
        } else if (recurrence == Booking.Recurrence.WEEKLY) {
            days = days();
            localStart = time("localStart", "the start time");
            localEnd = time("localEnd", "the end time");
            if (localStart != null && localStart.equals(localEnd)) {
                errors.add("localEnd", "The end time must differ from the start time");
            }
            first = date("firstDate", "the first date");
            last = date("lastDate", "the last date");
            if (first != null && first.isBefore(today)) {
                errors.add("firstDate", "The first date must be today or in the future");
            }
            if (first != null && last != null) {
                if (last.isBefore(first)) {
                    errors.add("lastDate", "The last date must be the same as or after the first date");
                } else if (last.isAfter(first.plusYears(MAX_YEARS))) {
                    errors.add("lastDate", "A weekly booking can run for 2 years at most");
                } else if (!days.isEmpty() && Occurrences.countWeekly(days, first, last) == 0) {
                    errors.add("lastDate", "The dates include none of the days chosen");
                }
            }
        }
        Booking.Priority priority = choice("priority", Booking.Priority.class, "Select a priority");
        String notes = optional("notes", "Notes", 2000);
        errors.throwIfAny();
        return new BookingRequest(hub.id, group, cameras, recurrence, startsAt, endsAt, days, localStart, localEnd,
                first, last, priority, notes, tags);
    }

    private Hub hub(List<Hub> hubs) {
        String value = value("hub");
        for (Hub hub : hubs) {
            if (hub.id.toString().equals(value)) {
                return hub;
            }
        }
        errors.add("hub", "Select a hub that serves your partner");
        return null;
    }

    /** The number of cameras named; a count given as well (the API's) must agree with it. */
    private int cameras(Hub hub, List<String> tags) {
        if (tags.isEmpty()) {
            errors.add("cameras", "Enter the asset tags of the cameras to monitor or tick them");
            return 0;
        }
        int most = hub == null ? MAX_CAMERAS : Math.min(MAX_CAMERAS, hub.maxCameras());
        if (tags.size() > most) {
            errors.add("cameras", "Name between 1 and " + most + " cameras: you named " + tags.size());
        }
        String count = value("cameraCount");
        if (!count.isEmpty() && !count.equals(Integer.toString(tags.size()))) {
            errors.add("cameras", "The number of cameras (" + count + ") must match the " + tags.size()
                    + " asset tags named");
        }
        return tags.size();
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : value("days").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("days", "Select days of the week from the list");
                return days;
            }
        }
        if (days.isEmpty()) {
            errors.add("days", "Select at least one day of the week");
        }
        return days;
    }

    private LocalDate date(String field, String label) {
        String day = value(field + "-day");
        String month = value(field + "-month");
        String year = value(field + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(field, "Enter " + label);
            return null;
        }
        try {
            if (year.length() != 4) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, capitalise(label) + " must be a real date, like 27 3 2027");
            return null;
        }
    }

    private LocalTime time(String field, String label) {
        String value = value(field);
        if (value.isEmpty()) {
            errors.add(field, "Enter " + label);
            return null;
        }
        Matcher matcher = TIME.matcher(value);
        if (!matcher.matches()) {
            errors.add(field, capitalise(label) + " must be a 24-hour time, like 20:00");
            return null;
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type, String message) {
        try {
            return Enum.valueOf(type, value(field));
        } catch (IllegalArgumentException e) {
            errors.add(field, message);
            return null;
        }
    }

    private String text(String field, String message, int max) {
        String value = value(field);
        if (value.isEmpty()) {
            errors.add(field, message);
        } else if (value.length() > max) {
            errors.add(field, "The name must be " + max + " characters or fewer");
        }
        return value;
    }

    private String optional(String field, String label, int max) {
        String value = value(field);
        if (value.length() > max) {
            errors.add(field, label + " must be " + max + " characters or fewer");
        }
        return value.isEmpty() ? null : value;
    }

    private String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value.strip();
    }

    private static String capitalise(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
