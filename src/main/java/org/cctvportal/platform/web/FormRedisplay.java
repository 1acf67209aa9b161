package org.cctvportal.platform.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;

/**
 * How the page a form was posted from is shown again when its input is refused. A resource says it once, before it
 * calls the service ({@code forms.onInvalid(errors -> Templates.form(view(values, errors)))}); when an
 * {@link InvalidInputException} then ends the request, {@link ErrorMapper} renders that page with the messages, so no
 * resource catches the exception itself. Nothing registered (the API, a page with no form): the mapper's JSON.
 */
@RequestScoped
public class FormRedisplay {

    private Function<FormErrors, TemplateInstance> invalid;
    private Function<FormErrors, TemplateInstance> conflict;

    /** The form again with its messages, as 400; also for a conflict unless {@link #onConflict} says otherwise. */
    public FormRedisplay onInvalid(Function<FormErrors, TemplateInstance> page) {
        this.invalid = page;
        return this;
    }

    /**
     * The page for input sent against an outdated version (an exception whose status is 409), answered with 409:
     * typically the form again with the record's current values.
     */
    public FormRedisplay onConflict(Function<FormErrors, TemplateInstance> page) {
        this.conflict = page;
        return this;
    }

    /** The same page for both, with the refusal's own status: 400, or 409 for a conflict. */
    public FormRedisplay onInvalidOrConflict(Function<FormErrors, TemplateInstance> page) {
        return onInvalid(page).onConflict(page);
    }

    /** The page for this refusal, or null when the resource registered none. */
    Shown show(InvalidInputException e) {
        if (e.status() == 409 && conflict != null) {
            return new Shown(409, conflict.apply(e.errors()));
        }
        return invalid == null ? null : new Shown(400, invalid.apply(e.errors()));
    }

    /** A page and the status to send it with. */
    record Shown(int status, TemplateInstance page) {
    }
}
