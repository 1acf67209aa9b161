package org.cctvportal.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a form's text becomes values, the same in every form: text is stripped (absent is empty), a GOV.UK date comes
 * as its day, month and year inputs, a yes/no is "yes" or not, an id or a choice that does not parse is a message
 * on its field. The messages themselves stay with each form, which knows what its field is called.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The text as sent, stripped; empty when the field was not sent. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** The text stripped, or null when it is blank or was not sent. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A ticked "yes" radio or checkbox (exactly "yes", as the form sends it). */
    public static boolean yes(String value) {
        return "yes".equals(value);
    }

    /** A GOV.UK date's three inputs as one "day/month/year" text for a reader that checks it; empty when all are. */
    public static String dayMonthYear(String day, String month, String year) {
        String d = text(day);
        String m = text(month);
        String y = text(year);
        return d.isEmpty() && m.isEmpty() && y.isEmpty() ? "" : d + "/" + m + "/" + y;
    }

    /**
     * A GOV.UK date from its three inputs: null when all are empty ({@code "Enter the <label>"} on {@code field} if it
     * is required), or when they do not make a real date ({@code "The <label> must be a real date..."}).
     */
    public static LocalDate date(String field, String label, boolean required, String day, String month, String year,
            FormErrors errors) {
        String d = text(day);
        String m = text(month);
        String y = text(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            if (required) {
                errors.add(field, "Enter the " + label);
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, "The " + label + " must be a real date, for example 31 3 2027");
            return null;
        }
    }

    /** An id chosen in a select or carried by a hidden field; null with {@code message} when it is not a number. */
    public static Long id(String value, String field, String message, FormErrors errors) {
        try {
            return Long.valueOf(text(value));
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }

    /** A whole number, or {@code otherwise} when the text is not one. */
    public static int wholeNumber(String value, int otherwise) {
        try {
            return Integer.parseInt(text(value));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** One of an enum's constants by its name, or null when the text names none. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The values a form shows again as they were typed, by input name, from name and value pairs (null: empty). */
    public static Map<String, String> echo(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }
}
