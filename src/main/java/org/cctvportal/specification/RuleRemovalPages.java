package org.cctvportal.specification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Removing a rule from a draft asks first: a page naming the rule and what removing it means for the partners, with
 * the reason, which the audit trail keeps with the change. Only the confirmed form removes it.
 */
@Path("/specification/{id}/rules/remove")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RuleRemovalPages {

    static final int REASON_MAX = 500;

    @Inject
    SpecificationService specification;

    @Inject
    SpecificationEdits edits;

    @Inject
    FormRedisplay forms;

    /** The rule about to be removed, the reason typed so far, and what went wrong. */
    public record ConfirmView(SpecificationVersion version, String section, long rule, String description,
            String reason, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ConfirmView view);
    }

    @GET
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance confirm(@PathParam("id") long id, @QueryParam("section") String section,
            @QueryParam("rule") long rule) {
        return Templates.confirm(view(id, section, rule, "", new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response remove(@PathParam("id") long id, @RestForm String section, @RestForm long rule,
            @RestForm String reason) {
        String why = reason == null ? "" : reason.strip();
        forms.onInvalidOrConflict(errors -> Templates.confirm(view(id, section, rule, why, errors)));
        FormErrors errors = new FormErrors();
        if (why.isEmpty()) {
            errors.add("reason", "Enter why the rule is removed");
        } else if (why.length() > REASON_MAX) {
            errors.add("reason", "The reason must be " + REASON_MAX + " characters or fewer");
        }
        errors.throwIfAny();
        edits.apply(id, Map.of("action", "remove", "section", section == null ? "" : section,
                "rule", Long.toString(rule), "reason", why));
        return Response.seeOther(URI.create(SpecificationLinks.specificationVersion(id) + "?saved=remove")).build();
    }

    private ConfirmView view(long id, String section, long rule, String reason, FormErrors errors) {
        SpecificationRules rules = specification.rules(specification.version(id));
        String description = rules.describe(section, rule)
                .orElseThrow(() -> new NotFoundException("No such rule in " + rules.version().title()));
        return new ConfirmView(rules.version(), section, rule, description, reason, errors);
    }
}
