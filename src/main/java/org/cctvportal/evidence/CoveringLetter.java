package org.cctvportal.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.web.PdfDocuments;

/** The covering letter of a disclosure package: a Qute template rendered to PDF, as the monitoring statements are. */
@ApplicationScoped
public class CoveringLetter {

    /** What the letter says: from whom, to whom, for which request, which files (with hashes) and why. */
    public record Letter(String packageReference, String partnerName, String recipient, DisclosurePackage.RequestKind kind,
            String requestReference, List<PackageZip.Entry> files, String reason, String unredactedReason,
            String note, String sentBy, LocalDate sentOn) {

        public boolean subjectAccess() {
            return kind == DisclosurePackage.RequestKind.SUBJECT_ACCESS;
        }

        public boolean police() {
            return kind == DisclosurePackage.RequestKind.POLICE;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letter(Letter letter);
    }

    byte[] render(Letter letter) {
        String xhtml = Templates.letter(letter).render();
        return PdfDocuments.fromXhtml(xhtml);
    }
}
