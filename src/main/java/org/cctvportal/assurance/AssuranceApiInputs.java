package org.cctvportal.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.web.ApiBodies;

/**
 * The registers' JSON bodies read into the very forms the pages post, so the API and the pages share every check and
 * message. Dates come as ISO dates ("2027-03-31") in a field named as the form's error key (review, approved,
 * received, until); one that is not a date reaches the form's own "must be a real date" message.
 */
final class AssuranceApiInputs {

    private AssuranceApiInputs() {
    }

    static AssuranceForms.AssessmentForm assessment(JsonNode in) {
        String[] review = date(in, "review");
        return new AssuranceForms.AssessmentForm(text(in, "status"), text(in, "evidence"), review[0], review[1],
                review[2]);
    }

    static AssuranceForms.DpiaForm dpia(JsonNode in) {
        String[] approved = date(in, "approved");
        String[] review = date(in, "review");
        return new AssuranceForms.DpiaForm(text(in, "reference"), text(in, "title"), text(in, "owner"),
                text(in, "notes"), text(in, "status"), approved[0], approved[1], approved[2], review[0], review[1],
                review[2], text(in, "site"), list(in, "cameras"));
    }

    static AssuranceForms.RequestForm request(JsonNode in) {
        String[] received = date(in, "received");
        return new AssuranceForms.RequestForm(text(in, "reference"), text(in, "requester"), received[0], received[1],
                received[2]);
    }

    static AssuranceForms.ExtensionForm extension(JsonNode in) {
        String[] until = date(in, "until");
        return new AssuranceForms.ExtensionForm(until[0], until[1], until[2], text(in, "reason"));
    }

    static String text(JsonNode in, String field) {
        return ApiBodies.text(in, field);
    }

    /** Day, month and year of an ISO date; a value that is not one is passed on whole, for the form to refuse. */
    private static String[] date(JsonNode in, String field) {
        String value = text(in, field);
        String[] parts = value.split("-");
        if (parts.length == 3) {
            return new String[] { parts[2], parts[1], parts[0] };
        }
        return new String[] { value, value.isEmpty() ? "" : "?", value.isEmpty() ? "" : "?" };
    }

    /** A list of values (["OXF-001", "OXF-002"]) or one text, as the form's comma-separated field. */
    private static String list(JsonNode in, String field) {
        JsonNode value = ApiBodies.of(in).path(field);
        if (!value.isArray()) {
            return text(in, field);
        }
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(v.asText().strip()));
        return String.join(", ", values);
    }
}
