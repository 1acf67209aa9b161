package org.cctvportal.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;

/**
 * A tariff as the operator's manager types it (page or API): the kind of customer, what the rate is per, the day it
 * starts (GOV.UK date fields, or an ISO date from the API), and the day, night and weekend rates in whole pence.
 */
final class TariffForm {

    /** Rates above £100,000 an hour are typing mistakes. */
    static final int MAX_PENCE = 10_000_000;

    /** A checked tariff. */
    record Command(CustomerKind kind, Tariff.Basis basis, LocalDate effectiveFrom, int dayPence, int nightPence,
            int weekendPence) {
    }

    /** The API's body. */
    public record Input(String customerKind, String basis, String effectiveFrom, Integer dayPence,
            Integer nightPence, Integer weekendPence) {
    }

    private TariffForm() {
    }

    /** The command, or an {@link org.cctvportal.platform.web.InvalidInputException} naming every bad field. */
    static Command read(Map<String, String> values, LocalDate today) {
        FormErrors errors = new FormErrors();
        CustomerKind kind = FormFields.choice(CustomerKind.class, values.get("customerKind"));
        if (kind == null) {
            errors.add("customerKind", "Choose the kind of customer the tariff is for: council, business or police");
        }
        Tariff.Basis basis = FormFields.choice(Tariff.Basis.class, values.get("basis"));
        if (basis == null) {
            errors.add("basis", "Choose what the rates are per: camera-hour or console-hour");
        }
        LocalDate from = FormFields.date("effectiveFrom", "date the tariff starts", true,
                values.get("effectiveFrom-day"), values.get("effectiveFrom-month"), values.get("effectiveFrom-year"),
                errors);
        if (from != null && from.isBefore(today)) {
            errors.add("effectiveFrom", "The tariff must start today or later: hours already delivered keep the"
                    + " tariff they were priced at");
        }
        int day = pence(values, "dayPence", "day rate", errors);
        int night = pence(values, "nightPence", "night rate", errors);
        int weekend = pence(values, "weekendPence", "weekend rate", errors);
        errors.throwIfAny();
        return new Command(kind, basis, from, day, night, weekend);
    }

    private static int pence(Map<String, String> values, String field, String label, FormErrors errors) {
        int n = FormFields.wholeNumber(values.get(field), Integer.MIN_VALUE);
        if (n < 0 || n > MAX_PENCE) {
            errors.add(field, "Enter the " + label + " in whole pence, from 0 to " + MAX_PENCE + " (185 is £1.85)");
        }
        return n;
    }

    /** The API's body as the form's values, so both are checked alike: an ISO date becomes the three fields. */
    static Map<String, String> values(Input in) {
        Map<String, String> values = new HashMap<>();
        if (in == null) {
            return values;
        }
        put(values, "customerKind", in.customerKind());
        put(values, "basis", in.basis());
        put(values, "dayPence", in.dayPence());
        put(values, "nightPence", in.nightPence());
        put(values, "weekendPence", in.weekendPence());
        if (in.effectiveFrom() != null && !in.effectiveFrom().isBlank()) {
            try {
                LocalDate date = LocalDate.parse(in.effectiveFrom().strip());
                values.put("effectiveFrom-day", String.valueOf(date.getDayOfMonth()));
                values.put("effectiveFrom-month", String.valueOf(date.getMonthValue()));
                values.put("effectiveFrom-year", String.valueOf(date.getYear()));
            } catch (DateTimeParseException e) {
                values.put("effectiveFrom-day", "x");
            }
        }
        return values;
    }

    private static void put(Map<String, String> values, String key, Object value) {
        if (value != null) {
            values.put(key, value.toString());
        }
    }
}
