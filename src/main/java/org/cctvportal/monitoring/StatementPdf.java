package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.platform.web.PdfDocuments;

/**
 * A month's statements as a PDF: the Qute template {@code StatementPdf/document.html} (XHTML, its own styles, no
 * external resources) laid out by openhtmltopdf. One page per partner's statement, with the operator's details from
 * configuration, the hubs' addresses, the lines, the net total, VAT and the total; the PCC office's totals as one table.
 */
@ApplicationScoped
public class StatementPdf {

    @Inject
    StatementConfig config;

    @Inject
    java.time.Clock clock;

    /** What the document shows: the statements, whether as totals only, the issuer and the hubs on the lines. */
    public record Document(String title, boolean totalsOnly, List<Statement> statements, String operatorName,
            String operatorAddress, String vatNumber, List<Hub> hubs, LocalDate issued) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(Document document);
    }

    public byte[] render(String title, boolean totalsOnly, List<Statement> statements) {
        List<String> hubNames = statements.stream().flatMap(s -> s.lines().stream()).map(Statement.Line::hubName)
                .distinct().toList();
        List<Hub> hubs = Hub.byName().stream().filter(h -> hubNames.contains(h.name)).toList();
        Document document = new Document(title, totalsOnly, statements, config.operatorName(),
                config.operatorAddress().orElse(""), config.vatNumber().orElse(""), hubs,
                clock.instant().atZone(LondonTime.ZONE).toLocalDate());
        String xhtml = Templates.document(document).render();
        return PdfDocuments.fromXhtml(xhtml);
    }
}
