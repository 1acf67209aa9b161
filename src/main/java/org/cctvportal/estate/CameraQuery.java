package org.cctvportal.estate;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The estate list's filters, sort and page, exactly as they appear in its URL, so every view of the list can be
 * bookmarked, shared and followed without JavaScript.
 */
public class CameraQuery {

    static final Set<String> SORTS = Set.of("tag", "site", "maker", "type", "status", "maintenance");
    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 25;

    @QueryParam("q") public String q;
    @QueryParam("site") public Long site;
    @QueryParam("maker") public Long maker;
    @QueryParam("type") public String type;
    @QueryParam("status") public String status;
    @QueryParam("sort") @DefaultValue("tag") public String sort = "tag";
    @QueryParam("dir") @DefaultValue("asc") public String dir = "asc";
    /** As sent: the pages read it leniently, the API refuses a bad one ({@code ApiPaging}). */
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("page") public String page;
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("size") public String size;

    /**
     * The PCC office's drill-down from its dashboard: one partner's cameras (its id) or every partner's ("all"), read
     * through the named cross-partner path. Ignored for every other role.
     */
    @QueryParam("partner") public String partner;

    /** The partner asked for, or null for every partner or none. */
    public String partnerFilter() {
        return partner == null || partner.isBlank() || "all".equalsIgnoreCase(partner.strip()) ? null
                : partner.strip();
    }

    public boolean acrossPartners() {
        return partner != null && !partner.isBlank();
    }

    public String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    public CameraType typeFilter() {
        return Labelled.parse(CameraType.class, type);
    }

    public CameraStatus statusFilter() {
        return Labelled.parse(CameraStatus.class, status);
    }

    public String sortKey() {
        return SORTS.contains(sort) ? sort : "tag";
    }

    public boolean descending() {
        return "desc".equalsIgnoreCase(dir);
    }

    public int pageNumber() {
        return Math.max(1, ApiPaging.lenient(page, 1));
    }

    public int pageSize() {
        return Math.min(MAX_SIZE, Math.max(1, ApiPaging.lenient(size, DEFAULT_SIZE)));
    }

    public boolean isFiltered() {
        return text() != null || site != null || maker != null || typeFilter() != null || statusFilter() != null
                || acrossPartners();
    }

    /** This query's URL on {@code base} with one parameter changed; paging resets when anything else changes. */
    public String with(String base, String name, Object value) {
        Map<String, Object> params = params();
        if (!"page".equals(name)) {
            params.remove("page");
        }
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        StringBuilder url = new StringBuilder(base);
        params.forEach((key, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(key).append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** This query's own address: what the browser's address bar shows for it. */
    public String url(String base) {
        StringBuilder url = new StringBuilder(base);
        params().forEach((key, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(key).append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return url.toString();
    }

    public String page(String base, int number) {
        return with(base, "page", number);
    }

    /** The link a column header sorts by: ascending first, then the other way round. */
    public String sortedBy(String base, String key) {
        Map<String, Object> params = params();
        params.remove("page");
        params.put("sort", key);
        params.put("dir", key.equals(sortKey()) && !descending() ? "desc" : "asc");
        StringBuilder url = new StringBuilder(base);
        params.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** For a column header: ascending, descending or none (aria-sort). */
    public String ariaSort(String key) {
        return !key.equals(sortKey()) ? "none" : descending() ? "descending" : "ascending";
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        if (acrossPartners()) {
            params.put("partner", partner.strip());
        }
        if (text() != null) {
            params.put("q", text());
        }
        if (site != null) {
            params.put("site", site);
        }
        if (maker != null) {
            params.put("maker", maker);
        }
        if (typeFilter() != null) {
            params.put("type", typeFilter().name());
        }
        if (statusFilter() != null) {
            params.put("status", statusFilter().name());
        }
        if (!"tag".equals(sortKey()) || descending()) {
            params.put("sort", sortKey());
            params.put("dir", descending() ? "desc" : "asc");
        }
        if (pageNumber() > 1) {
            params.put("page", pageNumber());
        }
        if (pageSize() != 25) {
            params.put("size", pageSize());
        }
        return params;
    }
}
