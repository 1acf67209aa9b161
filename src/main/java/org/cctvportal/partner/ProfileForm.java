package org.cctvportal.partner;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.web.FormErrors;

/**
 * What a partner keeps about itself: its ICO registration and data-protection contact. Its name, kind, status and
 * funding end date are what it is, governed by the partnership's PCC office: sent here (by a tampered form, an old
 * page or an API client) they are refused by name, never silently ignored, and nothing changes.
 */
public class ProfileForm {

    /** The governed fields as the API names them, and the message each gets when sent to the profile. */
    static final Map<String, String> GOVERNED = Map.of("name", "name", "kind", "kind", "status", "status",
            "fundingEndDate", "funding end date");
    static final List<String> ACCEPTED = List.of("icoRegistration", "dpContactName", "dpContactEmail");

    @FormParam("icoRegistration") public String icoRegistration;
    @FormParam("dpContactName") public String dpContactName;
    @FormParam("dpContactEmail") public String dpContactEmail;

    // Bound only to refuse them: the profile form does not offer these fields.
    @FormParam("name") String name;
    @FormParam("kind") String kind;
    @FormParam("status") String status;
    @FormParam("fundingEndDay") String fundingEndDay;
    @FormParam("fundingEndMonth") String fundingEndMonth;
    @FormParam("fundingEndYear") String fundingEndYear;

    /** Fields that were sent but are not the profile's (API field names), in the order they came. */
    private final List<String> refused = new ArrayList<>();

    public static ProfileForm of(Partner partner) {
        ProfileForm form = new ProfileForm();
        form.icoRegistration = partner.icoRegistration;
        form.dpContactName = partner.dpContactName;
        form.dpContactEmail = partner.dpContactEmail;
        return form;
    }

    /** The API's JSON body: the three profile fields as text; any other field is refused by name. */
    static ProfileForm of(JsonNode body) {
        ProfileForm form = new ProfileForm();
        if (body == null || !body.isObject()) {
            form.refused.add("body");
            return form;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            // Sent as null clears the field (as blank text does); a field left out stays as it is.
            String value = field.getValue().isNull() ? "" : field.getValue().asText();
            switch (field.getKey()) {
                case "icoRegistration" -> form.icoRegistration = value;
                case "dpContactName" -> form.dpContactName = value;
                case "dpContactEmail" -> form.dpContactEmail = value;
                default -> form.refused.add(field.getKey());
            }
            if (ACCEPTED.contains(field.getKey()) && !field.getValue().isNull() && !field.getValue().isTextual()) {
                form.refused.add(field.getKey());
            }
        }
        return form;
    }

    /**
     * The profile fields as checked: each is null when it was not sent (it keeps its value), empty to clear it, or
     * the clean value.
     */
    public record ProfileChange(Optional<String> icoRegistration, Optional<String> dpContactName,
            Optional<String> dpContactEmail) {

        /** Sets what was sent on {@code partner}; what was not sent stays. */
        void applyTo(Partner partner) {
            partner.icoRegistration = sent(icoRegistration, partner.icoRegistration);
            partner.dpContactName = sent(dpContactName, partner.dpContactName);
            partner.dpContactEmail = sent(dpContactEmail, partner.dpContactEmail);
        }

        @SuppressWarnings("OptionalAssignedToNull")
        private static String sent(Optional<String> value, String current) {
            return value == null ? current : value.orElse(null);
        }
    }

    /** The change, or {@link org.cctvportal.platform.web.InvalidInputException} with a message per field. */
    @SuppressWarnings("OptionalAssignedToNull")
    public ProfileChange parse() {
        FormErrors errors = refusals();
        Optional<String> ico = icoRegistration == null ? null
                : Optional.ofNullable(PartnerFields.ico(icoRegistration, errors));
        Optional<String> contactName = dpContactName == null ? null
                : Optional.ofNullable(PartnerFields.contactName(dpContactName, errors));
        Optional<String> contactEmail = dpContactEmail == null ? null
                : Optional.ofNullable(PartnerFields.contactEmail(dpContactEmail, errors));
        errors.throwIfAny();
        return new ProfileChange(ico, contactName, contactEmail);
    }

    private FormErrors refusals() {
        List<String> sent = new ArrayList<>(refused);
        addIfSent(sent, "name", name);
        addIfSent(sent, "kind", kind);
        addIfSent(sent, "status", status);
        if (fundingEndDay != null || fundingEndMonth != null || fundingEndYear != null) {
            sent.add("fundingEndDate");
        }
        FormErrors errors = new FormErrors();
        for (String field : sent) {
            String label = GOVERNED.get(field);
            if (label != null) {
                errors.add(field, "A partner's " + label + " is changed only by the partnership admin, through"
                        + " Manage partner; it cannot be changed from the profile");
            } else if (ACCEPTED.contains(field)) {
                errors.add(field, "Send " + field + " as text");
            } else if ("body".equals(field)) {
                errors.add(field, "Send the profile as a JSON object");
            } else {
                errors.add(field, field + " is not part of the profile: only icoRegistration, dpContactName and"
                        + " dpContactEmail can be changed here");
            }
        }
        return errors;
    }

    private static void addIfSent(List<String> sent, String field, String value) {
        if (value != null) {
            sent.add(field);
        }
    }
}
