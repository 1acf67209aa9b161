package org.cctvportal.platform.audit;

import io.quarkus.qute.TemplateData;

/** The audit trail's URLs ({@code {audit:auditPage(view.query, 2)}} in a template). */
@TemplateData(namespace = "audit")
public final class AuditLinks {

    private AuditLinks() {
    }

    public static String audit() {
        return "/audit";
    }

    /** One page of the trail under a filter ({@link AuditQuery#queryString()}, possibly empty). */
    public static String auditPage(String query, int page) {
        return "/audit?" + (query == null || query.isEmpty() ? "" : query + "&") + "page=" + page;
    }

    /** The CSV download of everything the filter shows. */
    public static String auditExport(String query) {
        return "/audit/export" + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
