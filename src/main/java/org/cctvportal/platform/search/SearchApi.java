package org.cctvportal.platform.search;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search box as JSON: the same kinds, counts, order and reach as the search page. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SearchApi {

    @Inject
    Search search;

    /** A kind the caller may search, and how many of its records match. */
    public record KindJson(String kind, String label, long total) {
    }

    /**
     * A page of results: each kind with its count, then the records of the page (kind after kind), the page, its size
     * and how many records the results hold in all ({@code kind} narrows them to one kind).
     */
    public record ResultsJson(String query, String kind, List<KindJson> kinds, List<SearchHit> items, int page,
            int pageSize, long total) {
    }

    @GET
    @Operation(summary = "Cameras, sites, recorders, bookings and evidence items the caller may see, matching a term",
            description = "Matches q (2 to 100 characters) anywhere in a camera's asset tag, a site's or recorder's "
                    + "name, a booking's camera group or reference (MB-123), an evidence item's title, police "
                    + "reference or reference (EV-123). Only the kinds the caller's roles may see are searched, and "
                    + "only the records the caller reaches: its own partner's; for the PCC office (partnership admin, "
                    + "PCC analyst) the cameras, sites and recorders of every partner of the partnership; for a hub's "
                    + "supervisors and operators every booking at the hubs their partner runs; evidence as the vault "
                    + "lets the caller reach it, shared items included. Each hit names its partner (partnerId, "
                    + "partner). Results come kind after kind, paged.")
    public ResultsJson find(
            @Parameter(description = "What to search for, 2 to 100 characters", required = true)
            @QueryParam("q") String q,
            @Parameter(description = "One kind only: camera, site, recorder, booking or evidence")
            @QueryParam("kind") String kind,
            @BeanParam ApiPaging paging) {
        SearchTerm term = SearchTerm.parse(q);
        ApiPaging.Request asked = paging.request();
        Search.Results found = search.find(term, kind, asked.page(), asked.size());
        return new ResultsJson(term.text(), found.kind(), found.kinds().stream()
                .map(g -> new KindJson(g.kind(), g.label(), g.total())).toList(), found.items(), found.page(),
                found.pageSize(), found.total());
    }
}
