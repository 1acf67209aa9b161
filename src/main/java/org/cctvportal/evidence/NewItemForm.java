package org.cctvportal.evidence;

import java.util.Map;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A new evidence item as posted from the page (or sent to the API as a JSON object of the same names): text as typed.
 * {@link ItemForm} checks it; the service adds what needs the vault (the owner, the cameras) to the same messages.
 */
public record NewItemForm(@RestForm String partner, @RestForm String title, @RestForm String category,
        @RestForm String start, @RestForm String end, @RestForm String cameras, @RestForm String policeReference,
        @RestForm String description) {

    /** The API's body: the same fields by name; any other is ignored. */
    static NewItemForm of(Map<String, String> body) {
        Map<String, String> sent = body == null ? Map.of() : body;
        return new NewItemForm(sent.get("partner"), sent.get("title"), sent.get("category"), sent.get("start"),
                sent.get("end"), sent.get("cameras"), sent.get("policeReference"), sent.get("description"));
    }

    /** What the form shows again, as typed. */
    Map<String, String> values() {
        return FormFields.echo("partner", partner, "title", title, "category", category, "start", start, "end", end,
                "cameras", cameras, "policeReference", policeReference, "description", description);
    }
}
