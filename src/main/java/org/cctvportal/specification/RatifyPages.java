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
import java.util.List;
import org.cctvportal.platform.jobs.JobLinks;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The partnership admin ratifies a draft after a page that shows what changes: the rules against the version in
 * force, and the impact on every partner (the findings that would open and close and the capital costs that would
 * change), worked out without keeping anything. Only the confirmed form ratifies, and leads to the job that then
 * evaluates every partner's estate against the new version.
 */
@Path("/specification/{id}/ratify")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RatifyPages {

    @Inject
    SpecificationService specification;

    @Inject
    RatificationImpact impact;

    @Inject
    RatificationWork work;

    @Inject
    FormRedisplay forms;

    /** The confirmation step: the rules' changes, the partners' impact, and what went wrong. */
    public record ConfirmView(SpecificationVersion version, SpecificationDiff diff,
            List<RatificationImpact.PartnerImpact> partners, FormErrors errors) {
        public long opening() {
            return partners.stream().mapToLong(p -> p.opening().size()).sum();
        }

        public long closing() {
            return partners.stream().mapToLong(p -> p.closing().size()).sum();
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
    public Response ratify(@PathParam("id") long id, @RestForm String confirm) {
        forms.onInvalid(errors -> Templates.confirm(view(id, errors)));
        specification.ratify(id, FormFields.yes(confirm));
        // The admin follows the estate's evaluation against the new version on its job's page.
        return Response.seeOther(URI.create(work.of(id).map(job -> JobLinks.job(job.id))
                .orElse(SpecificationLinks.specificationVersion(id) + "?saved=ratified"))).build();
    }

    private ConfirmView view(long id, FormErrors errors) {
        SpecificationVersion version = specification.version(id);
        List<RatificationImpact.PartnerImpact> partners = version.isDraft() ? impact.preview(id) : List.of();
        return new ConfirmView(version, specification.againstCurrent(version), partners, errors);
    }
}
