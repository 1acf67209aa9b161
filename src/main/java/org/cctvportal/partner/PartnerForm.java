package org.cctvportal.partner;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import org.cctvportal.platform.web.FormErrors;

/**
 * A new partner as typed into the admission form (or sent to the API) by the partnership's PCC office: raw text,
 * checked here with messages a person can act on. Fields are public for the form binding and the templates.
 */
public class PartnerForm {

    /** The phases a partner may start in. */
    static final java.util.List<PartnerStatus> ADMITTED_AS = java.util.List.of(PartnerStatus.PROPOSED,
            PartnerStatus.ONBOARDING);

    @FormParam("name") public String name;
    @FormParam("kind") public String kind;
    @FormParam("status") public String status;
    @FormParam("icoRegistration") public String icoRegistration;
    @FormParam("dpContactName") public String dpContactName;
    @FormParam("dpContactEmail") public String dpContactEmail;
    @FormParam("fundingEndDay") public String fundingEndDay;
    @FormParam("fundingEndMonth") public String fundingEndMonth;
    @FormParam("fundingEndYear") public String fundingEndYear;

    /** Checks every field and, when all are good, copies them onto the new {@code partner}; otherwise changes nothing. */
    public FormErrors applyTo(Partner partner) {
        FormErrors errors = new FormErrors();
        String cleanName = PartnerFields.name(name, errors);
        PartnerKind partnerKind = PartnerFields.kind(kind, errors);
        PartnerStatus partnerStatus = PartnerFields.status(status, errors);
        if (partnerStatus != null && !ADMITTED_AS.contains(partnerStatus)) {
            errors.add("status", "A partner is admitted as proposed or onboarding; it goes live later, on its phase"
                    + " form, with the date it takes effect");
        }
        String ico = PartnerFields.ico(icoRegistration, errors);
        String contactName = PartnerFields.contactName(dpContactName, errors);
        String contactEmail = PartnerFields.contactEmail(dpContactEmail, errors);
        LocalDate fundingEnd = PartnerFields.fundingEnd(fundingEndDay, fundingEndMonth, fundingEndYear, errors);
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
}
