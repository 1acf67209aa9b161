package org.cctvportal.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** How a resource tells a page request from an HTMX fragment request for the same URL. */
public final class Htmx {

    /**
     * A page's type where a resource renders its template itself (inside its transaction, say): what a returned
     * template instance is sent as.
     */
    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE;

    private Htmx() {
    }

    /**
     * True for an HTMX request that swaps a fragment; false for a full page load and for HTMX restoring history
     * (which needs the whole page).
     */
    public static boolean isPartial(HttpHeaders headers) {
        return "true".equalsIgnoreCase(headers.getHeaderString("HX-Request"))
                && !"true".equalsIgnoreCase(headers.getHeaderString("HX-History-Restore-Request"));
    }
}
