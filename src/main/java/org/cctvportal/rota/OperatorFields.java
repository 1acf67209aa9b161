package org.cctvportal.rota;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.cctvportal.platform.web.FormErrors;

/**
 * The checks an operator profile's fields pass, for the pages and the API alike: each bad field gets its message and
 * nothing is changed. The SIA licence number is the 16 digits printed on the licence, often in groups of four.
 */
final class OperatorFields {

    /** The fields once every one is valid. */
    record Checked(String siaLicence, LocalDate siaExpires, int contractedHours, Set<Long> trainedHubs,
            Set<String> clearedPartners, boolean canSupervise) {
    }

    private OperatorFields() {
    }

    /** The licence number as stored (16 digits), or null when {@code typed} is not one: spaces and hyphens allowed. */
    static String siaLicence(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{16}") ? digits : null;
    }

    static Checked check(OperatorProfileService.Form form, Set<Long> myHubs, Set<String> clearable,
            FormErrors errors) {
        String licence = siaLicence(form.siaLicence());
        if (licence == null) {
            errors.add("siaLicence", "Enter the SIA licence number as the 16 digits on the licence, for example "
                    + "1013 0000 1234 5678");
        }
        LocalDate expires = date(form.siaExpires());
        if (expires == null) {
            errors.add("siaExpires", "Enter the licence expiry as a date");
        }
        int hours = RotaInputs.number(form.contractedHours());
        if (hours < 0 || hours > 60) {
            errors.add("contractedHours", "Enter the contracted hours a week as a whole number from 0 to 60");
        }
        Set<Long> trained = new TreeSet<>();
        for (String hub : form.trainedHubs()) {
            long id = RotaInputs.number(hub);
            trained.add(id);
        }
        if (!myHubs.containsAll(trained)) {
            errors.add("trainedHubs", "Choose hubs from the list");
        }
        Set<String> cleared = new TreeSet<>(form.clearedPartners());
        if (!clearable.containsAll(cleared)) {
            errors.add("clearedPartners", "Choose partners from the list");
        }
        return new Checked(licence, expires, hours, trained, cleared, form.canSupervise());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
