package org.cctvportal.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.assurance.SwitchOffNoticesRaised;
import org.cctvportal.compliance.ComplianceLinks;
import org.cctvportal.compliance.FindingsRaised;
import org.cctvportal.estate.EstateLinks;
import org.cctvportal.evidence.EvidenceLinks;
import org.cctvportal.evidence.EvidenceShared;
import org.cctvportal.monitoring.BookingDecided;
import org.cctvportal.monitoring.MonitoringLinks;

/**
 * The features' events turned into deliveries, synchronously in the transaction of the change (so a change that rolls
 * back delivers nothing). A delivery carries ids, kinds, times and a link, never footage, an evidence title or a data
 * subject's details: the receiver follows the link, with its own credentials, for more.
 */
@ApplicationScoped
public class WebhookTriggers {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    void bookingDecided(@Observes BookingDecided booking) {
        enqueue(booking.partnerId(), WebhookEvent.BOOKING_DECIDED, MonitoringLinks.booking(booking.bookingId()),
                Map.of("bookingId", booking.bookingId(), "reference", booking.reference(),
                        "decision", booking.approved() ? "approved" : "declined"));
    }

    void evidenceShared(@Observes EvidenceShared share) {
        enqueue(share.recipientPartnerId(), WebhookEvent.EVIDENCE_SHARED, EvidenceLinks.evidence(),
                Map.of("shareId", share.shareId(), "sharedBy", share.partnerId(), "until", share.until().toString()));
    }

    void findingsRaised(@Observes FindingsRaised raised) {
        enqueue(raised.partnerId(), WebhookEvent.FINDINGS_RAISED, ComplianceLinks.findings(),
                Map.of("raised", raised.raised()));
    }

    void switchOffNoticesRaised(@Observes SwitchOffNoticesRaised raised) {
        enqueue(raised.partnerId(), WebhookEvent.SWITCH_OFF_RAISED, EstateLinks.cameras(),
                Map.of("raised", raised.raised()));
    }

    /** Writes the event's delivery to each of the partner's subscriptions taking it; answers how many. */
    int enqueue(String partnerId, WebhookEvent kind, String path, Map<String, Object> data) {
        UUID event = UUID.randomUUID();
        Instant at = clock.instant();
        Object written = entityManager.createNativeQuery("select webhook_enqueue(?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, partnerId).setParameter(2, kind.wireName()).setParameter(3, event)
                .setParameter(4, payload(event, kind, at, partnerId, path, data))
                .setParameter(5, Timestamp.from(at)).getSingleResult();
        return ((Number) written).intValue();
    }

    private String payload(UUID event, WebhookEvent kind, Instant at, String partnerId, String path,
            Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.toString());
        body.put("kind", kind.wireName());
        body.put("occurredAt", at.toString());
        body.put("partner", partnerId);
        body.put("data", data);
        body.put("link", config.baseUrl() + path);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event of ids and times is always written as JSON", e);
        }
    }
}
