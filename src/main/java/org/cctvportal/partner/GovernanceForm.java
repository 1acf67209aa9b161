package org.cctvportal.partner;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import org.cctvportal.platform.web.FormErrors;

/**
 * What a partner is, as the partnership admin sets it on the manage-partner page (or through the API): name, kind,
 * status and funding end date, with the reason for the change, which is required. Fields are public for the form
 * binding and the templates.
 */
public class GovernanceForm {

    static final int MAX_REASON = 500;

    @FormParam("name") public String name;
    @FormParam("kind") public String kind;
    @FormParam("status") public String status;
    @FormParam("fundingEndDay") public String fundingEndDay;
    @FormParam("fundingEndMonth") public String fundingEndMonth;
    @FormParam("fundingEndYear") public String fundingEndYear;
    @FormParam("reason") public String reason;

    /** A checked change: every field clean, the reason given. */
    public record Change(String name, PartnerKind kind, PartnerStatus status, LocalDate fundingEnd, String reason) {
    }

    /** The form as the page first shows it: the partner as it is, and no reason yet. */
    public static GovernanceForm of(Partner partner) {
        GovernanceForm form = new GovernanceForm();
        form.name = partner.name;
        form.kind = partner.kind.name();
        form.status = partner.status.name();
        if (partner.fundingEndDate != null) {
            form.fundingEndDay = String.valueOf(partner.fundingEndDate.getDayOfMonth());
            form.fundingEndMonth = String.valueOf(partner.fundingEndDate.getMonthValue());
            form.fundingEndYear = String.valueOf(partner.fundingEndDate.getYear());
        }
        return form;
    }

    /** The change, or {@link org.cctvportal.platform.web.InvalidInputException} with a message per field. */
    public Change parse() {
        FormErrors errors = new FormErrors();
        String cleanName = PartnerFields.name(name, errors);
        PartnerKind partnerKind = PartnerFields.kind(kind, errors);
        PartnerStatus partnerStatus = PartnerFields.status(status, errors);
        LocalDate fundingEnd = PartnerFields.fundingEnd(fundingEndDay, fundingEndMonth, fundingEndYear, errors);
        String why = PartnerFields.trim(reason);
        if (why == null) {
            errors.add("reason", "Enter the reason for this change: it is kept in the audit trail");
        } else if (why.length() > MAX_REASON) {
            errors.add("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        errors.throwIfAny();
        return new Change(cleanName, partnerKind, partnerStatus, fundingEnd, why);
    }
}
