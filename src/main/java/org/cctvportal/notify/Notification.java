package org.cctvportal.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One notification in a person's bell, written by {@code notify_post} in the transaction of what it tells. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public NotificationKind kind;

    @Column(name = "source_key", updatable = false)
    public String sourceKey;

    @Column(updatable = false)
    public String message;

    @Column(updatable = false)
    public String link;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Delivery delivery;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "digested_at")
    public Instant digestedAt;

    public boolean unread() {
        return readAt == null;
    }
}
