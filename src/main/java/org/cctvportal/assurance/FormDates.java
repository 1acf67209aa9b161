package org.cctvportal.assurance;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.platform.web.FormErrors;

/** Reads a GOV.UK date field (name-day, name-month, name-year) with a message naming the field when it is wrong. */
final class FormDates {

    private FormDates() {
    }

    static LocalDate read(MultivaluedMap<String, String> form, String name, String label, boolean required,
            FormErrors errors) {
        String day = value(form, name + "-day");
        String month = value(form, name + "-month");
        String year = value(form, name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            if (required) {
                errors.add(name, "Enter the " + label);
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(name, "The " + label + " must be a real date, for example 31 3 2027");
            return null;
        }
    }

    /** What the form shows again: each typed value, trimmed. */
    static Map<String, String> echo(MultivaluedMap<String, String> form) {
        return form.keySet().stream().collect(Collectors.toMap(k -> k, k -> value(form, k)));
    }

    static String value(MultivaluedMap<String, String> form, String key) {
        String value = form == null ? null : form.getFirst(key);
        return value == null ? "" : value.strip();
    }
}
