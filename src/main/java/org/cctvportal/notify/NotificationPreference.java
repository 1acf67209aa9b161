package org.cctvportal.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person's choice for one kind; no row means "at once". */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    public Delivery choice;

    @Embeddable
    public record Key(@Column(name = "person_id") UUID personId, @Column(name = "kind") String kind)
            implements Serializable {
    }
}
