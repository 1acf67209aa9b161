package org.cctvportal.monitoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;

/**
 * A hub as its operator's manager types it: name, address, consoles, the cameras one operator watches, local opening
 * times (which may cross midnight, or be left empty for round the clock), a note on opening and the day it opens.
 * Read in one place into a {@link Command} or a message per field.
 */
final class HubForm {

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 400;
    static final int MAX_NOTE = 400;

    /** A checked hub. */
    record Command(String name, String address, int consoles, int camerasPerOperator, LocalTime openFrom,
            LocalTime openUntil, String openingNote, LocalDate opensOn) {

        void applyTo(Hub hub) {
            hub.name = name;
            hub.address = address;
            hub.consoles = consoles;
            hub.camerasPerOperator = camerasPerOperator;
            hub.openFrom = openFrom;
            hub.openUntil = openUntil;
            hub.opensOn = opensOn;
            hub.openingPattern = openingNote;
        }
    }

    private HubForm() {
    }

    /** The form's values for a hub, as the edit page first shows them. */
    static Map<String, String> values(Hub hub) {
        Map<String, String> values = new HashMap<>();
        values.put("name", hub.name);
        values.put("address", hub.address);
        values.put("consoles", String.valueOf(hub.consoles));
        values.put("camerasPerOperator", String.valueOf(hub.camerasPerOperator));
        values.put("openFrom", hub.openFrom == null ? "" : hub.openFrom.toString());
        values.put("openUntil", hub.openUntil == null ? "" : hub.openUntil.toString());
        values.put("openingNote", hub.openingPattern);
        if (hub.opensOn != null) {
            values.put("opensOn-day", String.valueOf(hub.opensOn.getDayOfMonth()));
            values.put("opensOn-month", String.valueOf(hub.opensOn.getMonthValue()));
            values.put("opensOn-year", String.valueOf(hub.opensOn.getYear()));
        }
        values.put("version", String.valueOf(hub.version));
        return values;
    }

    /** The command, or an {@link org.cctvportal.platform.web.InvalidInputException} naming every bad field. */
    static Command read(Map<String, String> values) {
        FormErrors errors = new FormErrors();
        String name = required(values, "name", "the hub's name", MAX_NAME, errors);
        String address = required(values, "address", "the hub's address", MAX_ADDRESS, errors);
        int consoles = number(values, "consoles", "consoles", 1, 200, errors);
        int perOperator = number(values, "camerasPerOperator", "cameras one operator watches", 1, 100, errors);
        LocalTime from = time(values, "openFrom", "opening time", errors);
        LocalTime until = time(values, "openUntil", "closing time", errors);
        if ((from == null) != (until == null) && !errors.has("openFrom") && !errors.has("openUntil")) {
            errors.add(from == null ? "openFrom" : "openUntil", "Enter both opening and closing times, or neither"
                    + " for a hub open round the clock");
        } else if (from != null && from.equals(until)) {
            errors.add("openUntil", "The closing time must differ from the opening time; leave both empty for a hub"
                    + " open round the clock");
        }
        String note = FormFields.text(values.get("openingNote"));
        if (note.length() > MAX_NOTE) {
            errors.add("openingNote", "The note on opening must be " + MAX_NOTE + " characters or fewer");
        }
        LocalDate opensOn = FormFields.date("opensOn", "date the hub opens", true, values.get("opensOn-day"),
                values.get("opensOn-month"), values.get("opensOn-year"), errors);
        errors.throwIfAny();
        String opening = note.isEmpty() ? (from == null ? "Round the clock" : from + " to " + until) : note;
        return new Command(name, address, consoles, perOperator, from, until, opening, opensOn);
    }

    private static String required(Map<String, String> values, String field, String label, int max,
            FormErrors errors) {
        String text = FormFields.text(values.get(field));
        if (text.isEmpty()) {
            errors.add(field, "Enter " + label);
        } else if (text.length() > max) {
            errors.add(field, "The " + label.replace("the ", "") + " must be " + max + " characters or fewer");
        }
        return text;
    }

    static int number(Map<String, String> values, String field, String label, int min, int max,
            FormErrors errors) {
        int n = FormFields.wholeNumber(values.get(field), Integer.MIN_VALUE);
        if (n < min || n > max) {
            errors.add(field, "Enter the " + label + " as a whole number from " + min + " to " + max);
        }
        return n;
    }

    private static LocalTime time(Map<String, String> values, String field, String label, FormErrors errors) {
        String text = FormFields.text(values.get(field));
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter the " + label + " as hours and minutes on the 24-hour clock, for example 20:00");
            return null;
        }
    }
}
