package org.cctvportal.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/** A new item as typed into the form or sent to the API, checked field by field; times are read as London time. */
record ItemForm(String partner, String title, EvidenceItem.Category category, Instant start, Instant end,
        List<String> cameras, String policeReference, String description) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    static ItemForm read(NewItemForm sent, FormErrors errors, Instant now, int maxDays) {
        String title = strip(sent.title());
        if (title.isEmpty()) {
            errors.add("title", "Enter a title for the evidence, such as the incident and place");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "Title must be " + MAX_TITLE + " characters or fewer");
        }
        EvidenceItem.Category category = null;
        try {
            category = EvidenceItem.Category.valueOf(strip(sent.category()));
        } catch (IllegalArgumentException e) {
            errors.add("category", "Select why the footage is being kept");
        }
        Instant start = time(sent.start(), "start", "Enter when the incident started", errors);
        Instant end = time(sent.end(), "end", "Enter when the incident ended", errors);
        bound(start, end, now, maxDays, errors);
        List<String> cameras = Arrays.stream(strip(sent.cameras()).split("[,\\s]+"))
                .filter(tag -> !tag.isBlank()).map(String::strip).distinct().toList();
        String reference = strip(sent.policeReference());
        if (reference.length() > 60) {
            errors.add("policeReference", "Police reference must be 60 characters or fewer");
        }
        String description = strip(sent.description());
        if (description.isEmpty()) {
            errors.add("description", "Describe what the footage shows and why it is kept");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", "Description must be " + MAX_DESCRIPTION + " characters or fewer");
        }
        return new ItemForm(strip(sent.partner()), title, category, start, end, cameras,
                reference.isEmpty() ? null : reference, description);
    }

    /**
     * The incident happened: it started no later than the portal's clock says is now, ended no earlier than it
     * started and no later than now, and lasted at most {@code maxDays} days.
     */
    static void bound(Instant start, Instant end, Instant now, int maxDays, FormErrors errors) {
        if (start != null && start.isAfter(now)) {
            errors.add("start", "The incident cannot start in the future: enter a time up to now");
        }
        if (end != null && end.isAfter(now)) {
            errors.add("end", "The incident cannot end in the future: enter a time up to now");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("end", "The incident must end after it starts");
        } else if (start != null && end != null
                && Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            errors.add("end", "The incident can last at most " + maxDays + " days: record a longer period as"
                    + " separate items");
        }
    }

    /** "2026-11-28T22:15" (a datetime-local field) in London time, stored as UTC. */
    static Instant time(String value, String field, String message, FormErrors errors) {
        String text = strip(value);
        if (text.isEmpty()) {
            errors.add(field, message);
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(LondonTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, message + " as a date and time, like 2026-11-28T22:15");
            return null;
        }
    }

    static LocalDate date(String value, String field, String message, FormErrors errors) {
        try {
            return LocalDate.parse(strip(value));
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static String lower(String value) {
        return strip(value).toLowerCase(Locale.ROOT);
    }
}
