package org.cctvportal.compliance;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The findings list's filters and page, from the query string. An unknown value filters nothing rather than failing:
 * a bookmarked list still opens after a filter's values change.
 */
public class FindingQuery {

    static final int PAGE_SIZE = 25;

    @QueryParam("severity")
    public String severity;

    @QueryParam("rule")
    public String rule;

    @QueryParam("action")
    public String action;

    /** OPEN, ACCEPTED, CLOSED, ALL; empty for the standing ones (open or accepted). */
    @QueryParam("status")
    public String status;

    /** As sent: the pages read it leniently, the API refuses a bad one ({@code ApiPaging}). */
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @QueryParam("page")
    public String page;

    /** One camera's findings (from its page). */
    @QueryParam("camera")
    public Long camera;

    /** One recorder's findings (from its page). */
    @QueryParam("recorder")
    public Long recorder;

    /**
     * The PCC office's drill-down from its dashboard: one partner's findings (its id) or every partner's ("all"),
     * read through the named cross-partner path. Ignored for every other role.
     */
    @QueryParam("partner")
    public String partner;

    /** The partner asked for, or null for every partner or none. */
    public String partnerFilter() {
        return partner == null || partner.isBlank() || "all".equalsIgnoreCase(partner.strip()) ? null
                : partner.strip();
    }

    public boolean acrossPartners() {
        return partner != null && !partner.isBlank();
    }

    public Severity severityFilter() {
        return parse(Severity.class, severity);
    }

    public FindingRule ruleFilter() {
        return parse(FindingRule.class, rule);
    }

    public RecommendedAction actionFilter() {
        return parse(RecommendedAction.class, action);
    }

    public Finding.Status statusFilter() {
        return parse(Finding.Status.class, status);
    }

    public boolean allStatuses() {
        return "ALL".equalsIgnoreCase(status);
    }

    public int pageNumber() {
        return Math.max(1, ApiPaging.lenient(page, 1));
    }

    public boolean filtered() {
        return severityFilter() != null || ruleFilter() != null || actionFilter() != null || statusFilter() != null
                || allStatuses() || camera != null || recorder != null || partnerFilter() != null;
    }

    /**
     * The same condition in SQL over {@code compliance_finding f}, enumerations by name, for the list's native read
     * (Hibernate translates an HQL query again on every request while the tenant's filters are enabled).
     */
    String sqlWhere(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (statusFilter() != null) {
            parameters.add(statusFilter().name());
            conditions.add("f.status = ?" + parameters.size());
        } else if (!allStatuses()) {
            parameters.add(Finding.Status.CLOSED.name());
            conditions.add("f.status <> ?" + parameters.size());
        }
        if (severityFilter() != null) {
            parameters.add(severityFilter().name());
            conditions.add("f.severity = ?" + parameters.size());
        }
        if (ruleFilter() != null) {
            parameters.add(ruleFilter().name());
            conditions.add("f.rule = ?" + parameters.size());
        }
        if (actionFilter() != null) {
            parameters.add(actionFilter().name());
            conditions.add("f.action = ?" + parameters.size());
        }
        if (partnerFilter() != null) {
            parameters.add(partnerFilter());
            conditions.add("f.partner_id = ?" + parameters.size());
        }
        if (camera != null || recorder != null) {
            parameters.add((camera != null ? Finding.AssetKind.CAMERA : Finding.AssetKind.RECORDER).name());
            conditions.add("f.asset_kind = ?" + parameters.size());
            parameters.add(camera != null ? camera : recorder);
            conditions.add("f.asset_id = ?" + parameters.size());
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** This list's address, on another page. */
    public String page(String base, int number) {
        Map<String, String> values = values();
        values.put("page", Integer.toString(number));
        return url(base, values);
    }

    /** This list's address (for the address bar after an HTMX change). */
    public String url(String base) {
        return url(base, values());
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "severity", severity);
        put(values, "rule", rule);
        put(values, "action", action);
        put(values, "status", status);
        put(values, "camera", camera == null ? null : camera.toString());
        put(values, "recorder", recorder == null ? null : recorder.toString());
        put(values, "partner", partner);
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }

    private static String url(String base, Map<String, String> values) {
        if (values.isEmpty()) {
            return base;
        }
        StringBuilder url = new StringBuilder(base).append('?');
        values.forEach((key, value) -> url.append(url.charAt(url.length() - 1) == '?' ? "" : "&").append(key)
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
