package org.cctvportal.platform.search;

import io.quarkus.qute.TemplateData;
import org.cctvportal.platform.web.Links;

/** The search page's URLs ({@code {search:results(q, kind, 2)}} in a template). */
@TemplateData(namespace = "search")
public final class SearchLinks {

    private SearchLinks() {
    }

    public static String search() {
        return "/search";
    }

    /** The results for {@code q} of every kind, first page. */
    public static String all(String q) {
        return results(q, null, 1);
    }

    /** The results for {@code q}, of one kind (or all when null), on a page. */
    public static String results(String q, String kind, int page) {
        return "/search?q=" + Links.encode(q) + (kind == null ? "" : "&kind=" + Links.encode(kind))
                + (page > 1 ? "&page=" + page : "");
    }
}
