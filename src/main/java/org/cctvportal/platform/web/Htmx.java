package org.cctvportal.platform.web;

import jakarta.ws.rs.core.HttpHeaders;

/** How a resource tells a page request from an HTMX fragment request for the same URL. */
public final class Htmx {

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
