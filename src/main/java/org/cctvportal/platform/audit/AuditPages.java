package org.cctvportal.platform.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Htmx;

/** The audit trail of the auditor's own partner, newest first. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.AUDITOR)
public class AuditPages {

    static final int PAGE_SIZE = 25;

    @Inject
    AuditService audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditService.AuditPage page);

        static native TemplateInstance list$results(AuditService.AuditPage page);
    }

    /** One URL for the page and its results fragment: HTMX paging swaps only the results. */
    @GET
    public Response list(@QueryParam("page") @DefaultValue("1") int page, @Context HttpHeaders headers) {
        AuditService.AuditPage events = audit.page(page, PAGE_SIZE);
        TemplateInstance view = Htmx.isPartial(headers) ? Templates.list$results(events) : Templates.list(events);
        return Response.ok(view).header("Vary", "HX-Request").build();
    }
}
