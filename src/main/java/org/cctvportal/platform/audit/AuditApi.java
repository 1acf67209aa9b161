package org.cctvportal.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail as JSON, with the page's filters: an auditor's own partner's, the PCC office's partnership's. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN })
@Tag(name = "Audit")
public class AuditApi {

    @Inject
    AuditSearch search;

    /** One audit event, with the partner whose trail holds it. */
    public record AuditEventJson(long id, String partnerId, String partnerName, String actor, String action,
            String entityType, String entityId, String summary, Instant occurredAt, List<FieldChange> changes) {
        public static AuditEventJson of(AuditEvent e) {
            return of(e, null);
        }

        static AuditEventJson of(AuditSearch.Row row) {
            return of(row.event(), row.partner());
        }

        private static AuditEventJson of(AuditEvent e, String partnerName) {
            return new AuditEventJson(e.id, e.partnerId, partnerName, e.actor, e.action, e.entityType, e.entityId,
                    e.summary, e.occurredAt, e.changes == null ? List.of() : e.changes);
        }
    }

    /** A page of events, newest first. */
    public record AuditPageJson(int page, int pageSize, long total, List<AuditEventJson> events) {
    }

    @GET
    @Operation(summary = "The audit trail, newest first, filtered and paged", description = "An auditor reads its"
            + " own partner's trail; the PCC office's partnership admin every partner's of its partnership (never"
            + " the analysts: events name people), each event naming its partner, and partner=<id> narrows it to"
            + " one. Filters: person"
            + " (username, any case), action, kind and record (exactly as the trail names them), from and to (days in"
            + " UK time, both included). A bad date, a to before the from or a partner outside the partnership"
            + " answers 400 naming the parameter.")
    public AuditPageJson list(@BeanParam ApiPaging paging, @BeanParam AuditQuery query) {
        ApiPaging.Request asked = paging.request();
        FormErrors errors = new FormErrors();
        Map<String, String> partners = search.partners();
        AuditFilter filter = search.check(query.read(errors), partners, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AuditSearch.Result result = search.search(filter, partners, asked.page(), asked.size());
        return new AuditPageJson(result.page(), result.pageSize(), result.total(), result.rows().stream()
                .map(row -> AuditEventJson.of(row)).toList());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The audit trail as CSV: every event the filters show, newest first", description = "The same"
            + " filters, roles and reach as the list (an auditor its own partner's trail, the partnership admin"
            + " every partner's of its partnership, with a partner column). Every text cell is neutralised against"
            + " spreadsheet formulas. The download is itself recorded in the reader's trail (audit.exported); a"
            + " filter showing more than 50,000 events, or a bad filter, answers 400 naming it and records nothing.")
    public Response export(@BeanParam AuditQuery query) {
        return AuditCsv.download(search, query);
    }
}
