package org.cctvportal.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The evidence vault's page templates, shared by its resources; the files stay in {@code templates/EvidencePages}. */
@CheckedTemplate(basePath = "EvidencePages")
final class EvidenceTemplates {

    private EvidenceTemplates() {
    }

    static native TemplateInstance list(EvidencePages.ListView view);

    static native TemplateInstance create(EvidencePages.NewView view);

    static native TemplateInstance detail(EvidencePages.DetailView view);

    static native TemplateInstance upload(EvidencePages.UploadView view);

    static native TemplateInstance custody(EvidencePages.CustodyView view);
}
