package org.cctvportal.evidence;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The item page as the evidence resources answer with it: the page itself, the page again with one form's errors,
 * or a redirect back to it once a form has done its work.
 */
@ApplicationScoped
class ItemPage {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners evidencePartners;

    @Inject
    FormRedisplay forms;

    /** Runs a form's action; on success back to the item at the form's anchor, otherwise the page with its errors. */
    Response act(long id, String name, Map<String, String> values, Supplier<?> action) {
        onInvalid(id, name, values);
        action.get();
        return seeOther(EvidenceLinks.evidenceItem(id) + "?saved=" + name + "#" + name);
    }

    /** Should the named form's input be refused, the item page shows it again with its values and messages. */
    void onInvalid(long id, String name, Map<String, String> values) {
        forms.onInvalid(errors -> page(id, name, errors, values));
    }

    /** The item page with one form's messages, as 400. */
    Response invalid(long id, String form, FormErrors plain, Map<String, String> values) {
        return Response.status(400).entity(page(id, form, plain, values)).build();
    }

    /** The services name fields plainly; on the page each form's fields carry the form's name, so ids are unique. */
    private TemplateInstance page(long id, String form, FormErrors plain, Map<String, String> values) {
        FormErrors errors = new FormErrors();
        plain.list().forEach(error -> errors.add(form + "-" + error.field(), error.message()));
        return EvidenceTemplates.detail(detailView(evidence.view(id), form, errors, values, null));
    }

    EvidencePages.DetailView detailView(EvidenceService.Detail detail, String form, FormErrors errors,
            Map<String, String> values, String saved) {
        List<Choice> police = detail.reach().manages() ? evidencePartners.policeForces().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList() : List.of();
        return new EvidencePages.DetailView(detail, police, form, errors, values, saved);
    }

    static Map<String, String> echo(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
