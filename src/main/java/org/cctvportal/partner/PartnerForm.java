package org.cctvportal.partner;

import jakarta.ws.rs.FormParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;

/**
 * A partner's profile as typed into the admission or profile form (or sent to the API): raw text, checked here with
 * messages a person can act on. Fields are public for the form binding and the templates.
 */
public class PartnerForm {

    static final Pattern ICO = Pattern.compile("^(Z[0-9]{7}|Z[A-Z][0-9]{6})$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @FormParam("name") public String name;
    @FormParam("kind") public String kind;
    @FormParam("status") public String status;
    @FormParam("icoRegistration") public String icoRegistration;
    @FormParam("dpContactName") public String dpContactName;
    @FormParam("dpContactEmail") public String dpContactEmail;
    @FormParam("fundingEndDay") public String fundingEndDay;
    @FormParam("fundingEndMonth") public String fundingEndMonth;
    @FormParam("fundingEndYear") public String fundingEndYear;

    public static PartnerForm of(Partner partner) {
        PartnerForm form = new PartnerForm();
        form.name = partner.name;
        form.kind = partner.kind.name();
        form.status = partner.status.name();
        form.icoRegistration = partner.icoRegistration;
        form.dpContactName = partner.dpContactName;
        form.dpContactEmail = partner.dpContactEmail;
        if (partner.fundingEndDate != null) {
            form.fundingEndDay = String.valueOf(partner.fundingEndDate.getDayOfMonth());
            form.fundingEndMonth = String.valueOf(partner.fundingEndDate.getMonthValue());
            form.fundingEndYear = String.valueOf(partner.fundingEndDate.getYear());
        }
        return form;
    }

    /** Checks every field and, when all are good, copies them onto {@code partner}; otherwise changes nothing. */
    public FormErrors applyTo(Partner partner) {
        FormErrors errors = new FormErrors();
        String cleanName = trim(name);
        if (cleanName == null) {
            errors.add("name", "Enter the partner's name");
        } else if (cleanName.length() > 200) {
            errors.add("name", "Name must be 200 characters or fewer");
        }
        PartnerKind partnerKind = parse(PartnerKind.class, kind);
        if (partnerKind == null) {
            errors.add("kind", "Select the kind of partner");
        }
        PartnerStatus partnerStatus = status == null && partner.status != null ? partner.status
                : parse(PartnerStatus.class, status);
        if (partnerStatus == null) {
            errors.add("status", "Select the partner's status");
        }
        String ico = trim(icoRegistration) == null ? null : trim(icoRegistration).toUpperCase(Locale.ROOT);
        if (ico != null && !ICO.matcher(ico).matches()) {
            errors.add("icoRegistration",
                    "Enter an ICO registration number like Z1234567 or ZA123456 (Z, then 7 characters)");
        }
        String contactName = trim(dpContactName);
        if (contactName != null && contactName.length() > 200) {
            errors.add("dpContactName", "Contact name must be 200 characters or fewer");
        }
        String contactEmail = trim(dpContactEmail);
        if (contactEmail != null && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
            errors.add("dpContactEmail", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        LocalDate fundingEnd = fundingEnd(errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        partner.name = cleanName;
        partner.kind = partnerKind;
        partner.status = partnerStatus;
        partner.icoRegistration = ico;
        partner.dpContactName = contactName;
        partner.dpContactEmail = contactEmail;
        partner.fundingEndDate = fundingEnd;
        return errors;
    }

    private LocalDate fundingEnd(FormErrors errors) {
        String day = trim(fundingEndDay);
        String month = trim(fundingEndMonth);
        String year = trim(fundingEndYear);
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

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
