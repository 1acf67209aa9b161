package org.cctvportal.platform.audit;

import io.quarkus.qute.TemplateData;

/** The audit trail's URLs ({@code {audit:auditPage(2)}} in a template). */
@TemplateData(namespace = "audit")
public final class AuditLinks {

    private AuditLinks() {
    }

    public static String audit() {
        return "/audit";
    }

    public static String auditPage(int page) {
        return "/audit?page=" + page;
    }
}
