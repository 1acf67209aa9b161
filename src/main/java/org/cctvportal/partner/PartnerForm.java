package org.cctvportal.partner;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import org.cctvportal.platform.web.FormErrors;

/**
 * A new partner as typed into the admission form (or sent to the API) by the partnership's PCC office: raw text,
 * parsed here into a {@link NewPartner} or messages a person can act on. Fields are public for the form binding and
 * the templates.
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

    /** A new partner, every field checked and clean. */
    public record NewPartner(String name, PartnerKind kind, PartnerStatus status, String icoRegistration,
            String dpContactName, String dpContactEmail, LocalDate fundingEnd) {
    }

    /** The new partner, or {@link org.cctvportal.platform.web.InvalidInputException} with a message per field. */
    public NewPartner parse() {
        FormErrors errors = new FormErrors();
        NewPartner partner = new NewPartner(PartnerFields.name(name, errors), PartnerFields.kind(kind, errors),
                PartnerFields.status(status, errors), PartnerFields.ico(icoRegistration, errors),
                PartnerFields.contactName(dpContactName, errors), PartnerFields.contactEmail(dpContactEmail, errors),
                PartnerFields.fundingEnd(fundingEndDay, fundingEndMonth, fundingEndYear, errors));
        if (partner.status() != null && !ADMITTED_AS.contains(partner.status())) {
            errors.add("status", "A partner is admitted as proposed or onboarding; it goes live later, on its phase"
                    + " form, with the date it takes effect");
        }
        errors.throwIfAny();
        return partner;
    }
}
