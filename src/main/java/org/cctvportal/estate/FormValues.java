package org.cctvportal.estate;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between HTML forms and {@link RawRecord}: a form sends every field (an unticked box or an empty date is a cleared
 * value, not a missing one), and a date comes as the GOV.UK day, month and year inputs.
 */
final class FormValues {

    private FormValues() {
    }

    static RawRecord toRaw(MultivaluedMap<String, String> form, List<Field> fields, Set<String> dates) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            if (dates.contains(field.key())) {
                values.put(field.key(), date(form, field.key()));
            } else {
                String value = form.getFirst(field.key());
                values.put(field.key(), value == null ? "" : value);
            }
        }
        return RawRecord.of(values);
    }

    /** What the form shows again: the typed values, with each date split back into its three inputs. */
    static Map<String, String> echo(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    /** A stored record's values for its edit form, dates split into day, month and year. */
    static Map<String, String> forForm(Map<String, String> values, Set<String> dates) {
        Map<String, String> shown = new HashMap<>(values);
        for (String key : dates) {
            String iso = values.get(key);
            if (iso != null && !iso.isEmpty()) {
                LocalDate date = LocalDate.parse(iso);
                shown.put(key + "-day", String.valueOf(date.getDayOfMonth()));
                shown.put(key + "-month", String.valueOf(date.getMonthValue()));
                shown.put(key + "-year", String.valueOf(date.getYear()));
            }
        }
        return shown;
    }

    /** The record version the edit form was opened on; null when the form has none (or it was tampered with). */
    static Integer version(MultivaluedMap<String, String> form) {
        try {
            String version = form.getFirst("version");
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(MultivaluedMap<String, String> form, String key) {
        String day = blankToEmpty(form.getFirst(key + "-day"));
        String month = blankToEmpty(form.getFirst(key + "-month"));
        String year = blankToEmpty(form.getFirst(key + "-year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return blankToEmpty(form.getFirst(key));
        }
        return day + "/" + month + "/" + year;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
