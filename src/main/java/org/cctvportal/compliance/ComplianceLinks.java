package org.cctvportal.compliance;

import io.quarkus.qute.TemplateData;
import org.cctvportal.platform.web.Links;

/** The compliance pages' URLs (findings, capital plan) ({@code {compliance:finding(f.id)}} in a template). */
@TemplateData(namespace = "compliance")
public final class ComplianceLinks {

    private ComplianceLinks() {
    }

    public static String compliance() {
        return "/compliance";
    }

    public static String findings() {
        return "/findings";
    }

    public static String finding(Long id) {
        return "/findings/" + id;
    }

    public static String acceptFinding(Long id) {
        return "/findings/" + id + "/accept";
    }

    /** The findings behind one of the PCC office's figures: one partner's (its id) or every partner's ("all"). */
    public static String partnerFindings(String partner) {
        return "/findings?partner=" + Links.encode(partner);
    }

    public static String partnerFindingsWith(String partner, String key, String value) {
        return "/findings?partner=" + Links.encode(partner) + "&" + Links.encode(key) + "=" + Links.encode(value);
    }

    public static String findingsWith(String key, String value) {
        return "/findings?" + Links.encode(key) + "=" + Links.encode(value);
    }

    public static String cameraFindings(Long id) {
        return "/findings?status=ALL&camera=" + id;
    }

    public static String recorderFindings(Long id) {
        return "/findings?status=ALL&recorder=" + id;
    }

    public static String capitalPlan() {
        return "/capital-plan";
    }

    public static String capitalPlanExport() {
        return "/capital-plan/export";
    }

    public static String capitalProjects() {
        return "/capital-plan/projects";
    }

    public static String capitalProjectNew() {
        return "/capital-plan/projects/new";
    }

    public static String capitalProject(Long id) {
        return "/capital-plan/projects/" + id;
    }

    public static String capitalProjectItems(Long id) {
        return "/capital-plan/projects/" + id + "/items";
    }

    public static String capitalProjectItemRemove(Long id, Long itemId) {
        return "/capital-plan/projects/" + id + "/items/" + itemId + "/remove";
    }
}
