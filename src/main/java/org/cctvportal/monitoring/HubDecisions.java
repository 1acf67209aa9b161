package org.cctvportal.monitoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;

/**
 * A hub supervisor's decisions on bookings at the hubs its partner operates. The booking belongs to another partner,
 * so the decision is written in SQL under the policies that bind it to the hub's operator; approving first locks the
 * hub row, reports any overbooking with its times and numbers, and the database's trigger checks it again.
 */
@ApplicationScoped
@Transactional
public class HubDecisions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    @Inject
    EntityManager entityManager;

    @Inject
    OccurrenceStore occurrences;

    @Inject
    AuditService audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    MonitoringConfig config;

    @Inject
    jakarta.enterprise.event.Event<BookingDecided> decisions;

    /** Approves a requested booking at one of the caller's hubs, or refuses with where it would overbook. */
    public void approve(long bookingId) {
        Decidable booking = decidable(bookingId);
        entityManager.createNativeQuery("select id from hub where id = ?1 for update")
                .setParameter(1, booking.hubId()).getResultList();
        List<OccurrenceStore.Breach> breaches = occurrences.breachesIfApproved(bookingId, 1000);
        if (!breaches.isEmpty()) {
            String message = refusal(booking, breaches, config.refusalTimes());
            noteRefusal(bookingId, message);
            throw new CapacityRefusedException(message, breaches);
        }
        try {
            decide(bookingId, "APPROVED", null);
        } catch (PersistenceException e) {
            if (DatabaseFaults.connectionLost(e)) {
                // Not the hub's capacity: the database went away, and the approval with it.
                throw e;
            }
            throw new CapacityRefusedException("Approving would overbook " + booking.hubName()
                    + "; the hub's bookings changed, look again at the calendar", List.of());
        }
        audit.record("booking.approved", "booking", Long.toString(bookingId), "Approved MB-" + bookingId + " of "
                + booking.partnerId() + " at " + booking.hubName());
        decisions.fire(new BookingDecided(bookingId, "MB-" + bookingId, booking.partnerId(), booking.hubName(), true));
    }

    /** Declines a requested booking with the reason the partner will read. */
    public void decline(long bookingId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidInputException(new FormErrors().add("reason", text.isEmpty()
                    ? "Enter the reason for declining" : "The reason must be 1000 characters or fewer"));
        }
        Decidable booking = decidable(bookingId);
        decide(bookingId, "DECLINED", text);
        audit.record("booking.declined", "booking", Long.toString(bookingId), "Declined MB-" + bookingId + " of "
                + booking.partnerId() + " at " + booking.hubName() + ": " + text);
        decisions.fire(new BookingDecided(bookingId, "MB-" + bookingId, booking.partnerId(), booking.hubName(), false));
    }

    private void decide(long bookingId, String status, String reason) {
        int changed = entityManager.createNativeQuery("update booking set status = ?1, decision_reason = ?2, "
                + "decided_by = ?3, decided_at = ?4, version = version + 1 where id = ?5 and status = 'REQUESTED' "
                + "and hub_operated_by_caller(hub_id)")
                .setParameter(1, status).setParameter(2, reason).setParameter(3, actor())
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC))
                .setParameter(5, bookingId).executeUpdate();
        if (changed != 1) {
            throw new BookingStateException("This booking has already been decided");
        }
    }

    /** Keeps the refusal on the booking, in its own transaction, as the refused approval itself rolls back. */
    private void noteRefusal(long bookingId, String message) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update booking set"
                + " capacity_refusal = ?1, capacity_refused_at = ?2 where id = ?3 and status = 'REQUESTED'"
                + " and hub_operated_by_caller(hub_id)").setParameter(1, message).setParameter(2, now)
                .setParameter(3, bookingId).executeUpdate());
    }

    record Decidable(long hubId, String hubName, String partnerId, String status) {
    }

    /** The booking as its hub's operator reads it; not found for anyone else or when it is not at its hubs. */
    private Decidable decidable(long bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select b.hub_id, h.name, b.partner_id, b.status "
                + "from booking b join hub h on h.id = b.hub_id where b.id = ?1 and hub_operated_by_caller(b.hub_id)")
                .setParameter(1, bookingId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No such booking");
        }
        Object[] row = rows.get(0);
        Decidable booking = new Decidable(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3]);
        if (!"REQUESTED".equals(booking.status())) {
            throw new BookingStateException("This booking is " + booking.status().toLowerCase(Locale.UK)
                    + " already");
        }
        return booking;
    }

    static String refusal(Decidable booking, List<OccurrenceStore.Breach> breaches, int listed) {
        String shown = breaches.stream().limit(listed).map(HubDecisions::describe)
                .collect(Collectors.joining("; "));
        int more = breaches.size() - listed;
        return "Approving would overbook " + booking.hubName() + ": " + shown
                + (more > 0 ? "; and " + more + " more time" + (more == 1 ? "" : "s") : "");
    }

    static String describe(OccurrenceStore.Breach breach) {
        return "from " + WHEN.format(breach.at().atZone(LondonTime.ZONE)) + " " + breach.booked()
                + " cameras would be booked where the hub can watch " + breach.capacity();
    }

    private String actor() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    Instant now() {
        return clock.instant();
    }
}
