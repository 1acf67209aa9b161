package org.cctvportal.partner;

import jakarta.ws.rs.FormParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.cctvportal.platform.web.FormErrors;

/**
 * A change of phase as the partnership admin types it on the manage-partner page (or sends it to the API): the phase
 * to move to, the date it takes effect (today or a past date: a change is made when it happens, never scheduled) and
 * the reason, which is required. Fields are public for the form binding and the templates.
 */
public class PhaseForm {

    @FormParam("phase") public String phase;
    @FormParam("effectiveDay") public String effectiveDay;
    @FormParam("effectiveMonth") public String effectiveMonth;
    @FormParam("effectiveYear") public String effectiveYear;
    @FormParam("phaseReason") public String reason;

    /** A checked change: a phase, a real date no later than {@code today}, a reason. */
    public record Change(PartnerStatus to, LocalDate effective, String reason) {
    }

    /** The form as the page first shows it: effective today. */
    static PhaseForm today(LocalDate today) {
        PhaseForm form = new PhaseForm();
        form.effectiveDay = String.valueOf(today.getDayOfMonth());
        form.effectiveMonth = String.valueOf(today.getMonthValue());
        form.effectiveYear = String.valueOf(today.getYear());
        return form;
    }

    /** The change, or null with a message per field in {@code errors}. */
    Change check(LocalDate today, FormErrors errors) {
        PartnerStatus to = PartnerFields.parse(PartnerStatus.class, phase);
        if (to == null) {
            errors.add("phase", "Select the phase the partner moves to");
        }
        LocalDate effective = effective(today, errors);
        String why = PartnerFields.trim(reason);
        if (why == null) {
            errors.add("phaseReason", "Enter the reason for the change of phase: it is kept in the timeline and"
                    + " the audit trail");
        } else if (why.length() > GovernanceForm.MAX_REASON) {
            errors.add("phaseReason", "Reason must be " + GovernanceForm.MAX_REASON + " characters or fewer");
        }
        return errors.isEmpty() ? new Change(to, effective, why) : null;
    }

    private LocalDate effective(LocalDate today, FormErrors errors) {
        String day = PartnerFields.trim(effectiveDay);
        String month = PartnerFields.trim(effectiveMonth);
        String year = PartnerFields.trim(effectiveYear);
        if (day == null || month == null || year == null) {
            errors.add("effective", "Enter the date the change takes effect, with a day, month and year");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.isAfter(today)) {
                errors.add("effective", "The change takes effect today or on a past date: make it on the day it"
                        + " happens");
                return null;
            }
            if (date.getYear() < 2000) {
                errors.add("effective", "The effective date must be in 2000 or later");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            errors.add("effective", "The effective date must be a real date");
            return null;
        }
    }
}
