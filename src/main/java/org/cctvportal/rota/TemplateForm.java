package org.cctvportal.rota;

import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A shift pattern to lay over a run of days, as the supervisor posts it from the week page. */
public record TemplateForm(@RestForm String template, @RestForm String first, @RestForm String last,
        @RestForm String role, @RestForm String positions) {

    /** The fields trimmed, by input name: what the page reads them back from when it shows them again. */
    Map<String, String> fields() {
        return Map.of("template", RotaPages.value(template), "first", RotaPages.value(first), "last",
                RotaPages.value(last), "role", RotaPages.value(role), "positions", RotaPages.value(positions));
    }
}
