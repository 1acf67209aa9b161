package org.cctvportal.specification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/** The partnership admin throws a draft specification away, after a page saying what is lost. */
@Path("/specification/{id}/discard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DraftDiscardPages {

    @Inject
    SpecificationService specification;

    @Inject
    DraftDiscard drafts;

    @Inject
    FormRedisplay forms;

    /** The draft about to be discarded, with its rules, and what went wrong. */
    public record ConfirmView(SpecificationRules rules, FormErrors errors) {
        public SpecificationVersion version() {
            return rules.version();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ConfirmView view);
    }

    @GET
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance confirm(@PathParam("id") long id) {
        return Templates.confirm(view(id, new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response discard(@PathParam("id") long id) {
        forms.onInvalidOrConflict(errors -> Templates.confirm(view(id, errors)));
        drafts.discard(id);
        return Response.seeOther(URI.create(SpecificationLinks.specification() + "?saved=discarded")).build();
    }

    private ConfirmView view(long id, FormErrors errors) {
        return new ConfirmView(specification.rules(specification.version(id)), errors);
    }
}
