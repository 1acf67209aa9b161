package org.cctvportal.partner;

import io.quarkus.qute.TemplateData;
import org.cctvportal.platform.web.Links;

/** The partners' and profile pages' URLs ({@code {partner:partner(p.id)}} in a template). */
@TemplateData(namespace = "partner")
public final class PartnerLinks {

    private PartnerLinks() {
    }

    public static String partners() {
        return "/partners";
    }

    public static String newPartner() {
        return "/partners/new";
    }

    public static String partner(String id) {
        return "/partners/" + Links.encode(id);
    }

    public static String managePartner(String id) {
        return "/partners/" + Links.encode(id) + "/manage";
    }

    public static String changePhase(String id) {
        return "/partners/" + Links.encode(id) + "/phase";
    }

    public static String profile() {
        return "/profile";
    }

    public static String editProfile() {
        return "/profile/edit";
    }
}
