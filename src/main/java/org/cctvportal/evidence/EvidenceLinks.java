package org.cctvportal.evidence;

import io.quarkus.qute.TemplateData;
import org.cctvportal.platform.web.Links;

/** The evidence vault's URLs ({@code {evidence:evidenceItem(i.id)}} in a template). */
@TemplateData(namespace = "evidence")
public final class EvidenceLinks {

    private EvidenceLinks() {
    }

    public static String evidence() {
        return "/evidence";
    }

    /** The caller's items with a share to another partner ending within the week. */
    public static String evidenceWithSharesEnding() {
        return "/evidence?shares=ending";
    }

    public static String newEvidence() {
        return "/evidence/new";
    }

    public static String evidenceItem(Long id) {
        return "/evidence/" + id;
    }

    public static String evidenceAction(Long id, String action) {
        return "/evidence/" + id + "/" + action;
    }

    public static String evidenceFileAction(Long id, Object fileId, String action) {
        return "/evidence/" + id + "/files/" + Links.encode(String.valueOf(fileId)) + "/" + action;
    }

    public static String evidenceRevoke(Long id, Long shareId) {
        return "/evidence/" + id + "/shares/" + shareId + "/revoke";
    }

    public static String evidenceShorten(Long id, Long shareId) {
        return "/evidence/" + id + "/shares/" + shareId + "/shorten";
    }

    public static String disclosurePackages() {
        return "/evidence/packages";
    }

    public static String newDisclosurePackage() {
        return "/evidence/packages/new";
    }

    public static String disclosurePackage(Object id) {
        return "/evidence/packages/" + Links.encode(String.valueOf(id));
    }

    public static String disclosurePackageDownload(Object id) {
        return disclosurePackage(id) + "/download";
    }
}
