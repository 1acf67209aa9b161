package org.cctvportal.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's partner's audit trail as JSON. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Audit")
public class AuditApi {

    @Inject
    AuditService audit;

    /** One audit event. */
    public record AuditEventJson(long id, String actor, String action, String entityType, String entityId,
            String summary, Instant occurredAt, List<FieldChange> changes) {
        public static AuditEventJson of(AuditEvent e) {
            return new AuditEventJson(e.id, e.actor, e.action, e.entityType, e.entityId, e.summary, e.occurredAt,
                    e.changes == null ? List.of() : e.changes);
        }
    }

    /** A page of events, newest first. */
    public record AuditPageJson(int page, int pageSize, long total, List<AuditEventJson> events) {
    }

    @GET
    @Operation(summary = "The audit trail of the caller's partner, newest first")
    public AuditPageJson list(@BeanParam ApiPaging paging) {
        ApiPaging.Request asked = paging.request();
        AuditService.AuditPage result = audit.page(asked.page(), asked.size());
        return new AuditPageJson(result.page(), result.pageSize(), result.total(), result.events().stream()
                .map(AuditEventJson::of)
                .toList());
    }
}
