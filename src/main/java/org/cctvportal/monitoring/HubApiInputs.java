package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The hub administration API's JSON as the values the pages' form readers take ({@link HubForm},
 * {@link StaffingPlanForm}), so the API keeps the pages' rules and messages: ISO dates become the three date fields.
 */
final class HubApiInputs {

    private HubApiInputs() {
    }

    static Map<String, String> values(HubAdminApi.HubInput in) {
        Map<String, String> values = new HashMap<>();
        if (in == null) {
            return values;
        }
        put(values, "name", in.name());
        put(values, "address", in.address());
        put(values, "consoles", in.consoles());
        put(values, "camerasPerOperator", in.camerasPerOperator());
        put(values, "openFrom", in.openFrom());
        put(values, "openUntil", in.openUntil());
        put(values, "openingNote", in.openingNote());
        isoDate(values, "opensOn", in.opensOn());
        return values;
    }

    static Map<String, String> values(HubAdminApi.StaffingInput in) {
        Map<String, String> values = new HashMap<>();
        if (in == null) {
            return values;
        }
        isoDate(values, "effectiveFrom", in.effectiveFrom());
        for (DayOfWeek day : DayOfWeek.values()) {
            int i = day.getValue() - 1;
            put(values, StaffingPlanForm.field("day", day), in.days() == null || in.days().size() <= i ? null
                    : in.days().get(i));
            put(values, StaffingPlanForm.field("night", day), in.nights() == null || in.nights().size() <= i ? null
                    : in.nights().get(i));
        }
        put(values, "acceptBreaches", Boolean.TRUE.equals(in.acceptOverCapacity()) ? "yes" : null);
        put(values, "reason", in.reason());
        return values;
    }

    private static void put(Map<String, String> values, String key, Object value) {
        if (value != null) {
            values.put(key, value.toString());
        }
    }

    /** An ISO date as the form's three fields; anything else as a day the form reader refuses. */
    private static void isoDate(Map<String, String> values, String field, String iso) {
        if (iso == null || iso.isBlank()) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(iso.strip());
            values.put(field + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(field + "-month", String.valueOf(date.getMonthValue()));
            values.put(field + "-year", String.valueOf(date.getYear()));
        } catch (DateTimeParseException e) {
            values.put(field + "-day", "x");
        }
    }
}
