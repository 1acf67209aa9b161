package org.cctvportal.platform.web;

import java.net.URI;

/**
 * The one check on a redirect target that came from a request (a header, a parameter): only a path of this portal
 * passes. A path starts with a single {@code /}; {@code //host} and {@code /\host} are other sites to a browser, and so
 * is anything with a scheme. Browsers drop tabs and line breaks from addresses, so those are refused too.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True for a path of this portal, such as {@code /cameras?q=x}. */
    public static boolean isPath(String target) {
        if (target == null || target.length() == 0 || target.charAt(0) != '/') {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The target when it is a path of this portal, otherwise the fallback. */
    public static String pathOr(String target, String fallback) {
        return isPath(target) ? target : fallback;
    }

    /** The path and query of an absolute address (such as HTMX's {@code HX-Current-URL}), if that is a portal path. */
    public static String pathOf(String url, String fallback) {
        if (url == null) {
            return fallback;
        }
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            return pathOr(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(), fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
