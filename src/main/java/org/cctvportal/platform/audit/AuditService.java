package org.cctvportal.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import org.cctvportal.platform.web.PageCount;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.tenancy.TenantScope;

/**
 * Writes the audit trail. Every event is written in the caller's transaction (MANDATORY), so a change and its audit
 * event are committed together or not at all; each is announced ({@link AuditRecorded}) in that transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditService {

    static final int MAX_SUMMARY = 2000;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    Event<AuditRecorded> recorded;

    public void record(String action, String entityType, String entityId, String summary) {
        record(action, entityType, entityId, summary, null);
    }

    /** An event with the fields it changed, so the record's history shows before and after. */
    public void record(String action, String entityType, String entityId, String summary,
            List<FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.actor = identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        event.occurredAt = clock.instant();
        event.changes = changes == null || changes.isEmpty() ? null : List.copyOf(changes);
        if (tenant.scope() == TenantScope.SERVICE) {
            // The service operator has no partner of its own: its work is written in the PCC office's trail.
            event.partnerId = java.util.Objects.requireNonNull(tenant.trailPartner(),
                    "work at service scope names the PCC office whose trail it is written in");
        }
        event.persist();
        String partner = event.partnerId != null ? event.partnerId : tenant.partnerId();
        if (partner != null) {
            recorded.fire(new AuditRecorded(partner, action));
        }
    }

    /** Who changed one record, when, and each field before and after; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String entityType, String entityId) {
        return AuditEvent.forEntity(entityType, entityId);
    }

    /** One page of a record's history, newest first, and how many events the whole history holds. */
    public record History(List<AuditEvent> events, int page, int pageSize, long total) implements PageCount {
    }

    /** A page of {@link #history(String, String)}, counted and cut by the database; a page past the last is empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(String entityType, String entityId, int page, int size) {
        PanacheQuery<AuditEvent> events = AuditEvent.find("entityType = ?1 and entityId = ?2",
                Sort.descending("occurredAt", "id"), entityType, entityId);
        return new History(events.page(Page.of(page - 1, size)).list(), page, size, events.count());
    }
}
