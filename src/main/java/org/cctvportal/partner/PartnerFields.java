package org.cctvportal.partner;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;

/** The checks each partner field gets, with messages a person can act on; shared by the admission, profile and
 * manage-partner forms so a field means the same everywhere. Each returns the clean value, or null with a message. */
final class PartnerFields {

    static final Pattern ICO = Pattern.compile("^(Z[0-9]{7}|Z[A-Z][0-9]{6})$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private PartnerFields() {
    }

    static String name(String value, FormErrors errors) {
        String name = trim(value);
        if (name == null) {
            errors.add("name", "Enter the partner's name");
        } else if (name.length() > 200) {
            errors.add("name", "Name must be 200 characters or fewer");
            return null;
        }
        return name;
    }

    static PartnerKind kind(String value, FormErrors errors) {
        PartnerKind kind = parse(PartnerKind.class, value);
        if (kind == null) {
            errors.add("kind", "Select the kind of partner");
        }
        return kind;
    }

    static PartnerStatus status(String value, FormErrors errors) {
        PartnerStatus status = parse(PartnerStatus.class, value);
        if (status == null) {
            errors.add("status", "Select the partner's status");
        }
        return status;
    }

    static String ico(String value, FormErrors errors) {
        String ico = trim(value) == null ? null : trim(value).toUpperCase(Locale.ROOT);
        if (ico != null && !ICO.matcher(ico).matches()) {
            errors.add("icoRegistration",
                    "Enter an ICO registration number like Z1234567 or ZA123456 (Z, then 7 characters)");
        }
        return ico;
    }

    static String contactName(String value, FormErrors errors) {
        String name = trim(value);
        if (name != null && name.length() > 200) {
            errors.add("dpContactName", "Contact name must be 200 characters or fewer");
        }
        return name;
    }

    static String contactEmail(String value, FormErrors errors) {
        String email = trim(value);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("dpContactEmail", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        return email;
    }

    /** A date typed as day, month and year; all three empty means none. */
    static LocalDate fundingEnd(String dayText, String monthText, String yearText, FormErrors errors) {
        String day = trim(dayText);
        String month = trim(monthText);
        String year = trim(yearText);
        if (day == null && month == null && year == null) {
            return null;
        }
        if (day == null || month == null || year == null) {
            errors.add("fundingEnd", "Funding end date must include a day, month and year");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.add("fundingEnd", "Funding end year must be between 2000 and 2100");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            errors.add("fundingEnd", "Funding end date must be a real date");
            return null;
        }
    }

    /** An ISO date (YYYY-MM-DD) as the API sends it, split into the form's three parts. */
    static String[] isoParts(String iso) {
        if (iso == null || iso.isBlank()) {
            return new String[3];
        }
        String[] parts = iso.trim().split("-", -1);
        return parts.length == 3 ? new String[] { parts[2], parts[1], parts[0] } : new String[] { null, null, parts[0] };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
