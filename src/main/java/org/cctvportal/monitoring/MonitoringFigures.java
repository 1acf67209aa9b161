package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Monitoring's figures for the dashboards, set-based over the occurrences: a partner's approved hours per hub in a
 * period, and every partner's camera-hours booked at a hub. Row-level security decides what each statement sees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonitoringFigures {

    /**
     * A partner's approved monitoring in a period per hub: booked and delivered hours as on its statement (each
     * booking's minutes, then hours) and the camera-hours booked, which measure a hub's use against its capacity.
     */
    static final String OWN_HOURS = "select hub_id, sum(booked) / 60.0, sum(delivered) / 60.0, sum(camera) / 60.0"
            + " from (select o.booking_id, o.hub_id,"
            + " sum(extract(epoch from upper(o.period) - lower(o.period)))::bigint / 60 as booked,"
            + " sum(case when upper(o.period) <= ?3 then extract(epoch from upper(o.period) - lower(o.period))"
            + " else 0 end)::bigint / 60 as delivered,"
            + " sum(o.cameras * extract(epoch from upper(o.period) - lower(o.period)))::bigint / 60 as camera"
            + " from booking_occurrence o where o.approved and o.partner_id = ?4"
            + " and lower(o.period) >= ?1 and lower(o.period) < ?2 group by o.booking_id, o.hub_id) b"
            + " group by hub_id";

    /** Every partner's approved camera-hours at a hub in a period, each booking's minutes first, as statements do. */
    static final String BOOKED_CAMERA_HOURS = "select coalesce(sum(camera), 0) / 60.0 from (select"
            + " sum(o.cameras * extract(epoch from upper(o.period) - lower(o.period)))::bigint / 60 as camera"
            + " from booking_occurrence o where o.approved and o.hub_id = ?1 and lower(o.period) >= ?2"
            + " and lower(o.period) < ?3 group by o.booking_id) b";

    @Inject
    EntityManager entityManager;

    /** A partner's approved hours at one hub in a period (unrounded). */
    public record HubHours(long hubId, BigDecimal booked, BigDecimal delivered, BigDecimal cameraHours) {
    }

    /**
     * The partner's approved hours per hub for occurrences starting in [from, to), delivered meaning ended by
     * {@code now}. The partner is bound for the planner; row-level security alone bounds the rows to the caller's.
     */
    @SuppressWarnings("unchecked")
    public List<HubHours> ownHours(String partnerId, Instant from, Instant to, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery(OWN_HOURS).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to)).setParameter(3, Timestamp.from(now)).setParameter(4, partnerId)
                .getResultList();
        return rows.stream().map(r -> new HubHours(((Number) r[0]).longValue(), decimal(r[1]), decimal(r[2]),
                decimal(r[3]))).toList();
    }

    /** Camera-hours booked at the hub by every partner the caller may read, for occurrences starting in [from, to). */
    public BigDecimal bookedCameraHours(long hubId, Instant from, Instant to) {
        BigDecimal hours = decimal(entityManager.createNativeQuery(BOOKED_CAMERA_HOURS).setParameter(1, hubId)
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getSingleResult());
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** The partner's bookings waiting for a hub's decision; row-level security alone bounds them to the caller's. */
    public long waitingBookings(String partnerId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from booking where partner_id = ?1"
                + " and status = 'REQUESTED'").setParameter(1, partnerId).getSingleResult()).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
