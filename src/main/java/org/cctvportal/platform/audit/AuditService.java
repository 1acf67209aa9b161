package org.cctvportal.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.cctvportal.platform.SequenceIds;
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

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /**
     * The changes of {@link #recordAll}'s events as stored: a field's side that is empty ("before" of a record
     * added) is left out rather than written as null, a fifth of an added camera's event, and reads back as null.
     */
    private ObjectWriter changesWriter;

    @PostConstruct
    void changesWriter() {
        changesWriter = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
    }

    /** One event of {@link #recordAll}: the record it is about, its summary and the fields it changed. */
    public record Entry(String entityId, String summary, List<FieldChange> changes) {
    }

    public void record(String action, String entityType, String entityId, String summary) {
        record(action, entityType, entityId, summary, null);
    }

    /** An event with the fields it changed, so the record's history shows before and after. */
    public void record(String action, String entityType, String entityId, String summary,
            List<FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.actor = actor();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.summary = shortened(summary);
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

    /**
     * Events of one action for many records at once, written as one statement on the transaction's own connection
     * (row-level security checks each row as it does an event written one at a time): what an import of thousands of
     * records writes. Each event reads as {@link #record(String, String, String, String, List)} would have written it,
     * and the partner's trail is announced once. Outside a partner's own scope, the events are written one at a time.
     */
    public void recordAll(String action, String entityType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (tenant.scope() != TenantScope.PARTNER) {
            entries.forEach(e -> record(action, entityType, e.entityId(), e.summary(), e.changes()));
            return;
        }
        String partner = tenant.requirePartner();
        String actor = actor();
        int n = entries.size();
        String[] ids = new String[n];
        String[] summaries = new String[n];
        String[] times = new String[n];
        String[] changes = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ids[i] = e.entityId();
            summaries[i] = shortened(e.summary());
            times[i] = clock.instant().toString();
            try {
                changes[i] = e.changes() == null || e.changes().isEmpty() ? null
                        : changesWriter.writeValueAsString(e.changes());
            } catch (JsonProcessingException failure) {
                throw new IllegalStateException("could not write the changes of " + entityType + " " + ids[i], failure);
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_event (id, partner_id,"
                        + " actor, action, entity_type, entity_id, summary, occurred_at, changes)"
                        + " select e.id, ?, ?, ?, ?, e.entity_id, e.summary, e.occurred_at::timestamptz, e.changes::jsonb"
                        + " from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])"
                        + " as e (id, entity_id, summary, occurred_at, changes)")) {
            insert.setString(1, partner);
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, entityType);
            insert.setArray(5, connection.createArrayOf("bigint", SequenceIds.next(connection, "audit_event_seq", n)));
            insert.setArray(6, connection.createArrayOf("varchar", ids));
            insert.setArray(7, connection.createArrayOf("varchar", summaries));
            insert.setArray(8, connection.createArrayOf("text", times));
            insert.setArray(9, connection.createArrayOf("text", changes));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException("could not write " + n + " audit events", e);
        }
        recorded.fire(new AuditRecorded(partner, action));
    }

    /** Who the event is by: the signed-in person or machine client, or the portal itself. */
    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** A summary cut to what the trail keeps. */
    private static String shortened(String summary) {
        return summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
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
