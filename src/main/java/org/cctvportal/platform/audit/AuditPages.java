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
import jakarta.ws.rs.core.MediaType;

/** The audit trail of the auditor's own partner, newest first. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("auditor")
public class AuditPages {

    static final int PAGE_SIZE = 25;

    @Inject
    AuditService audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditService.AuditPage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page) {
        return Templates.list(audit.page(page, PAGE_SIZE));
    }
}
