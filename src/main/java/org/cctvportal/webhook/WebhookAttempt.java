package org.cctvportal.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One attempt to deliver an event to a subscription, as the sender noted it: read-only history. */
@Entity
@Immutable
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "subscription_id")
    public long subscriptionId;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "event_kind")
    public String eventKind;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    /** The receiver's HTTP status, or null when no answer came. */
    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    /** When the delivery is tried again; null once delivered or given up. */
    @Column(name = "next_retry_at")
    public Instant nextRetryAt;

    /** A page of a subscription's attempts, newest first. */
    static List<WebhookAttempt> of(long subscriptionId, int page, int size) {
        return find("subscriptionId = ?1 order by attemptedAt desc, id", subscriptionId).page(Page.of(page, size))
                .list();
    }

    static long countOf(long subscriptionId) {
        return count("subscriptionId", subscriptionId);
    }
}
