package org.cctvportal.platform.audit;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.CsvDownload;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * The audit trail's download, one for the page and the API: the filters checked as the list checks them, every event
 * they show as CSV (every text cell neutralised), the partner column for the PCC office, and the download itself
 * recorded in the reader's trail by {@link AuditSearch#export}.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("occurred_at", "partner", "person", "action", "record_kind", "record",
            "summary");

    private AuditCsv() {
    }

    static Response download(AuditSearch search, AuditQuery query) {
        FormErrors errors = new FormErrors();
        Map<String, String> partners = search.partners();
        AuditFilter filter = search.check(query.read(errors), partners, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean across = search.acrossPartnership();
        return CsvDownload.download("audit-trail.csv", HEADER, search.export(filter, partners).stream()
                .map(r -> CsvDownload.row(r.event().occurredAt, across ? r.partner() : null, r.event().actor,
                        r.event().action, r.event().entityType, r.event().entityId, r.event().summary))
                .toList());
    }
}
