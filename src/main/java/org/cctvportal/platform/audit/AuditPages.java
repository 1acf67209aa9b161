package org.cctvportal.platform.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Htmx;

/**
 * The audit trail, newest first, searched by person, action, record and days, and downloaded as CSV: an auditor's
 * of its own partner, the PCC office's of every partner of the partnership (with a partner to narrow it to).
 */
@Path("/audit")
@RolesAllowed({ Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN })
public class AuditPages {

    static final int PAGE_SIZE = 25;

    @Inject
    AuditSearch search;

    /** The page: the filter as sent, its problems, the partners to choose from (PCC office only) and the results. */
    public record View(AuditSearch.Result result, boolean across, Map<String, String> values, FormErrors errors,
            List<Choice> partners, String query) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public boolean filtered() {
            return values.values().stream().anyMatch(v -> !v.isBlank());
        }

        public int exportLimit() {
            return AuditSearch.EXPORT_LIMIT;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(View view);

        static native TemplateInstance list$results(View view);
    }

    /** One URL for the page and its results fragment: HTMX paging swaps only the results. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@BeanParam AuditQuery query, @QueryParam("page") String page,
            @Context HttpHeaders headers) {
        FormErrors errors = new FormErrors();
        Map<String, String> partners = search.partners();
        AuditFilter filter = search.check(query.read(errors), partners, errors);
        AuditSearch.Result result = errors.isEmpty()
                ? search.search(filter, partners, ApiPaging.lenient(page, 1), PAGE_SIZE)
                : new AuditSearch.Result(List.of(), 1, PAGE_SIZE, 0);
        View view = new View(result, search.acrossPartnership(), query.values(), errors, partners.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList(), errors.isEmpty() ? query.queryString() : "");
        TemplateInstance page$ = Htmx.isPartial(headers) ? Templates.list$results(view) : Templates.list(view);
        return Response.status(errors.isEmpty() ? 200 : 400).entity(page$).header("Vary", "HX-Request").build();
    }

    /** Everything the filter shows (every page of it) as CSV, every text cell neutralised; the download is audited. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@BeanParam AuditQuery query) {
        return AuditCsv.download(search, query);
    }
}
