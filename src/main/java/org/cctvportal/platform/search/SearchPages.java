package org.cctvportal.platform.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.ControlCharacters;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** The search results page the header's search box sends to: {@code /search?q=}, grouped by kind, paged. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SearchPages {

    static final int PAGE_SIZE = 20;

    @Inject
    Search search;

    @Inject
    TenantContext tenant;

    /**
     * The page: what was typed (kept in the box), its problems, the results when it was a term, and the caller's own
     * partner (a hit of another partner says whose it is).
     */
    public record SearchView(String q, FormErrors errors, Search.Results results, String ownPartner) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(SearchView view);
    }

    @GET
    public Response results(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("page") String page) {
        if (q == null) {
            return Response.ok(Templates.results(new SearchView("", new FormErrors(), null, tenant.partnerId())))
                    .build();
        }
        try {
            SearchTerm term = SearchTerm.parse(q);
            Search.Results found = search.find(term, kind, Math.max(1, ApiPaging.lenient(page, 1)), PAGE_SIZE);
            return Response.ok(Templates.results(new SearchView(term.text(), new FormErrors(), found,
                    tenant.partnerId()))).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.results(new SearchView(ControlCharacters.present(q) ? "" : q, e.errors(),
                    null, tenant.partnerId()))).build();
        }
    }
}
