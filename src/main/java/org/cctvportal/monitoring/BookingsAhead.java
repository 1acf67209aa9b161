package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The bookings a hub still has to watch after an instant (requested or approved, any partner's), for its operator:
 * what must be moved or cancelled before the hub closes, and what ends when it stops serving a partner. Read and
 * ended under the policies that bind other partners' bookings to the hub's operator.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BookingsAhead {

    @Inject
    EntityManager entityManager;

    @Inject
    HubService hubs;

    /**
     * One booking still to be watched: whose (its id, and its name where a page read it), what, its status and its
     * last occurrence's end.
     */
    public record Ahead(long bookingId, String partnerId, String partnerName, String cameraGroup, int cameras,
            String status, Instant lastEnds) {
        public String reference() {
            return "MB-" + bookingId;
        }
    }

    /** The hub's bookings with an occurrence ending after {@code after}; of one partner when it is given. */
    @SuppressWarnings("unchecked")
    public List<Ahead> at(long hubId, Instant after, String partnerId) {
        List<Object[]> rows = entityManager.createNativeQuery("select b.id, b.partner_id, b.camera_group, b.cameras,"
                + " b.status, max(upper(o.period)) from booking b join booking_occurrence o on o.booking_id = b.id"
                + " where b.hub_id = ?1 and hub_operated_by_caller(b.hub_id) and b.status in ('REQUESTED', 'APPROVED')"
                + " and upper(o.period) > ?2 and (?3 = '' or b.partner_id = ?3)"
                + " group by b.id, b.partner_id, b.camera_group, b.cameras, b.status order by b.partner_id, b.id")
                .setParameter(1, hubId).setParameter(2, utc(after)).setParameter(3, partnerId == null ? "" : partnerId).getResultList();
        return rows.stream().map(r -> new Ahead(((Number) r[0]).longValue(), (String) r[1], (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), (String) r[4], instant(r[5]))).toList();
    }

    /**
     * Every booking still to be watched at the hub from the start of a London day, with its partner's name (the
     * operator's named path), for the pages.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Ahead> stillToWatch(long hubId, java.time.LocalDate from) {
        Map<String, String> names = hubs.partnerNamesAsOperator();
        return at(hubId, from.atStartOfDay(org.cctvportal.platform.web.LondonTime.ZONE).toInstant(), null).stream()
                .map(a -> new Ahead(a.bookingId(), a.partnerId(), names.getOrDefault(a.partnerId(), a.partnerId()),
                        a.cameraGroup(), a.cameras(), a.status(), a.lastEnds())).toList();
    }

    /** Cancels the given bookings at the caller's hub with a reason; their delivered occurrences stay charged. */
    public int cancel(long hubId, List<Ahead> bookings, String actor, Instant at, String reason) {
        int cancelled = 0;
        for (Ahead booking : bookings) {
            cancelled += entityManager.createNativeQuery("update booking set status = 'CANCELLED', cancelled_by = ?1,"
                    + " cancelled_at = ?2, cancel_reason = ?3, version = version + 1 where id = ?4 and hub_id = ?5"
                    + " and status in ('REQUESTED', 'APPROVED') and hub_operated_by_caller(hub_id)")
                    .setParameter(1, actor).setParameter(2, utc(at)).setParameter(3, reason)
                    .setParameter(4, booking.bookingId()).setParameter(5, hubId).executeUpdate();
        }
        return cancelled;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
