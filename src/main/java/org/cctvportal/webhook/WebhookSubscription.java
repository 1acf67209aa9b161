package org.cctvportal.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A partner's URL subscribed to kinds of event. The secret signs every delivery; it is shown once, when made or
 * rotated, and kept because each signature needs it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    /** Receiving deliveries. */
    public static final String ACTIVE = "ACTIVE";
    /** Stopped by its manager: events meanwhile are not kept for it. */
    public static final String PAUSED = "PAUSED";
    /** Still tried, but its recent deliveries have all failed; its managers were told. */
    public static final String FAILING = "FAILING";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq",
            allocationSize = 50)
    public Long id;

    @TenantId
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "partnership_id")
    public String partnershipId;

    public String url;

    public String description;

    /** The kinds taken, by their wire names, comma-separated. */
    public String events;

    public String secret;

    public String status;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    @Version
    public int version;

    /** The kinds this subscription takes. */
    public List<WebhookEvent> eventKinds() {
        return Arrays.stream(events.split(",")).map(WebhookEvent::named).flatMap(java.util.Optional::stream).toList();
    }

    /** The caller's subscriptions, newest first. */
    static List<WebhookSubscription> listed() {
        return list("order by createdAt desc, id desc");
    }
}
