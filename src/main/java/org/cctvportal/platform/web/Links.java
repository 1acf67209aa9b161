package org.cctvportal.platform.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URLs every page shares: home, signing in and out, the portal's own assets and the webjars
 * ({@code {links:asset('css/portal.css')}} in a template). Each feature keeps its own URLs in its own links class.
 */
@TemplateData(namespace = "links")
public final class Links {

    private Links() {
    }

    public static String home() {
        return "/";
    }

    public static String login() {
        return "/login";
    }

    public static String logout() {
        return "/logout";
    }

    public static String leaflet(String path) {
        return "/webjars/leaflet/1.9.4/dist/" + path;
    }

    /** Leaflet.markercluster, the map's clustering plugin (a classic script extending the global Leaflet). */
    public static String markercluster(String path) {
        return "/webjars/leaflet-markercluster/1.4.1/" + path;
    }

    public static String asset(String path) {
        return "/static/" + path;
    }

    public static String govuk(String path) {
        return "/webjars/govuk-frontend/5.14.0/dist/govuk/" + path;
    }

    public static String htmx() {
        return "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
