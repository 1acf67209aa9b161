package org.cctvportal.rota;

import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A shift pattern to lay over a run of days, as the supervisor posts it from the week page. */
public record TemplateForm(@RestForm String template, @RestForm String first, @RestForm String last,
        @RestForm String role, @RestForm String positions) {

    /** What the form asks for, once every field is valid. */
    record Pattern(ShiftService.Template template, LocalDate first, LocalDate last, RotaShift.Role role,
            int positions) {
    }

    /** The fields trimmed, by input name: what the page reads them back from when it shows them again. */
    Map<String, String> fields() {
        return Map.of("template", RotaInputs.value(template), "first", RotaInputs.value(first), "last",
                RotaInputs.value(last), "role", RotaInputs.value(role), "positions", RotaInputs.value(positions));
    }

    /** The pattern asked for, or every field's message at once (nothing is made). */
    Pattern pattern() {
        FormErrors errors = new FormErrors();
        ShiftService.Template chosen = RotaInputs.choice(ShiftService.Template.class, RotaInputs.value(template));
        RotaShift.Role chosenRole = RotaInputs.choice(RotaShift.Role.class, RotaInputs.value(role));
        LocalDate from = RotaInputs.date(first);
        LocalDate to = RotaInputs.date(last);
        int count = RotaInputs.number(positions);
        if (chosen == null) {
            errors.add("template", "Choose a pattern");
        }
        if (chosenRole == null) {
            errors.add("role", "Choose a role");
        }
        if (from == null) {
            errors.add("first", "Enter the first day as a date");
        }
        if (to == null) {
            errors.add("last", "Enter the last day as a date");
        }
        if (count < 1) {
            errors.add("positions", "Enter the positions as a whole number, 1 or more");
        }
        errors.throwIfAny();
        return new Pattern(chosen, from, to, chosenRole, count);
    }
}
