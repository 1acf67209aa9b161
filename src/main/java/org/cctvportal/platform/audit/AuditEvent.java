package org.cctvportal.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** One change made through a service: who, for which partner, what, to which record, and when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    public String actor;

    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    public String summary;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** Field-level before and after, where the change has them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    /** The history of one record, newest first. */
    public static List<AuditEvent> forEntity(String entityType, String entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt desc, id desc", entityType, entityId);
    }
}
