package org.cctvportal.platform.jobs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.cctvportal.platform.web.Htmx;

/** A job's page: its progress, asked again every 2 s (HTMX) until it ends, then its outcome and a link to it. */
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class JobPages {

    @Inject
    Jobs jobs;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(JobView view);

        static native TemplateInstance page$status(JobView view);
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") String id, @Context HttpHeaders headers) {
        JobView view = jobs.view(jobs.find(id));
        return Htmx.isPartial(headers) ? Templates.page$status(view) : Templates.page(view);
    }
}
