package org.cctvportal.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;

/**
 * A staffing plan as the hub's manager or supervisor types it: from a date, the consoles staffed each day (07:00 to
 * 19:00) and each night (19:00 to 07:00 the next morning, London time), and, when the plan leaves approved bookings
 * over capacity, the explicit decision to accept it anyway with its reason.
 */
final class StaffingPlanForm {

    static final int DAY_START = 7;
    static final int NIGHT_START = 19;

    /** A checked plan: its bands, when it takes effect, and whether an over-capacity plan is accepted and why. */
    record Command(LocalDate effectiveFrom, int[] days, int[] nights, boolean acceptBreaches, String reason) {

        /** The bands: each day's, each night's evening part and the next morning's early part. */
        List<HubStaffing> bands(long hubId) {
            List<HubStaffing> bands = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                int i = day.getValue() - 1;
                add(bands, HubStaffing.band(hubId, day, DAY_START, NIGHT_START, days[i]));
                add(bands, HubStaffing.band(hubId, day, NIGHT_START, 24, nights[i]));
                add(bands, HubStaffing.band(hubId, day.plus(1), 0, DAY_START, nights[i]));
            }
            bands.forEach(b -> b.effectiveFrom = effectiveFrom);
            return bands;
        }

        private static void add(List<HubStaffing> bands, HubStaffing band) {
            if (band.consoles > 0) {
                bands.add(band);
            }
        }
    }

    private StaffingPlanForm() {
    }

    static String field(String part, DayOfWeek day) {
        return part + "-" + day.name().toLowerCase();
    }

    /** The form's values from the plan in force (consoles of each day and night band), effective from tomorrow. */
    static Map<String, String> values(List<HubStaffing> plan, LocalDate from) {
        Map<String, String> values = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            values.put(field("day", day), String.valueOf(most(plan, day, DAY_START)));
            values.put(field("night", day), String.valueOf(most(plan, day, NIGHT_START)));
        }
        values.put("effectiveFrom-day", String.valueOf(from.getDayOfMonth()));
        values.put("effectiveFrom-month", String.valueOf(from.getMonthValue()));
        values.put("effectiveFrom-year", String.valueOf(from.getYear()));
        return values;
    }

    private static int most(List<HubStaffing> plan, DayOfWeek day, int hour) {
        return plan.stream().filter(b -> b.weekday == day.getValue() && b.startHour <= hour && hour < b.endHour)
                .mapToInt(b -> b.consoles).max().orElse(0);
    }

    static Command read(Map<String, String> values, int hubConsoles, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate from = FormFields.date("effectiveFrom", "date the plan takes effect", true,
                values.get("effectiveFrom-day"), values.get("effectiveFrom-month"), values.get("effectiveFrom-year"),
                errors);
        if (from != null && from.isBefore(today)) {
            errors.add("effectiveFrom", "The plan takes effect today or later: the past stays as it was staffed");
        }
        int[] days = new int[7];
        int[] nights = new int[7];
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
            days[day.getValue() - 1] = HubForm.number(values, field("day", day), "consoles staffed on " + name
                    + " day", 0, hubConsoles, errors);
            nights[day.getValue() - 1] = HubForm.number(values, field("night", day), "consoles staffed on " + name
                    + " night", 0, hubConsoles, errors);
        }
        boolean accept = FormFields.yes(values.get("acceptBreaches"));
        String reason = FormFields.text(values.get("reason"));
        if (accept && reason.isEmpty()) {
            errors.add("reason", "Enter why the plan is accepted although bookings are over capacity");
        } else if (reason.length() > 1000) {
            errors.add("reason", "The reason must be 1000 characters or fewer");
        }
        errors.throwIfAny();
        return new Command(from, days, nights, accept, reason);
    }
}
