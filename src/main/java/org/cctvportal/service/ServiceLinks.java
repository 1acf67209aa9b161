package org.cctvportal.service;

import io.quarkus.qute.TemplateData;
import java.util.UUID;
import org.cctvportal.platform.web.Links;

/** The service operator's console's URLs ({@code {service:partnership(p.id)}} in a template). */
@TemplateData(namespace = "service")
public final class ServiceLinks {

    private ServiceLinks() {
    }

    public static String partnerships() {
        return "/platform/partnerships";
    }

    public static String open() {
        return "/platform/partnerships/new";
    }

    public static String partnership(String id) {
        return "/platform/partnerships/" + Links.encode(id);
    }

    public static String suspend(String id) {
        return partnership(id) + "/suspend";
    }

    public static String reopen(String id) {
        return partnership(id) + "/reopen";
    }

    public static String invite(String id) {
        return partnership(id) + "/admins";
    }

    public static String deactivate(String id, UUID person) {
        return partnership(id) + "/admins/" + person + "/deactivate";
    }

    public static String reactivate(String id, UUID person) {
        return partnership(id) + "/admins/" + person + "/reactivate";
    }

    public static String resend(String id, UUID person) {
        return partnership(id) + "/admins/" + person + "/resend";
    }
}
