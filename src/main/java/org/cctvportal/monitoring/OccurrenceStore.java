package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The occurrences table, in SQL: occurrences are ranges ({@code tstzrange}) the capacity check and its GiST index
 * work on, so they are written and read here rather than as entities. Every statement runs under the caller's
 * row-level security.
 */
@ApplicationScoped
public class OccurrenceStore {

    @Inject
    EntityManager entityManager;

    @Inject
    org.cctvportal.platform.tenancy.TenantContext tenant;

    @Inject
    HubCapacity capacities;

    /** One occurrence as a calendar shows it. */
    public record Entry(long bookingId, String partnerId, String partnerName, long hubId, String hubName,
            String cameraGroup, int cameras, Instant start, Instant end, Booking.Status status) {
        public String reference() {
            return "MB-" + bookingId;
        }
    }

    /** An instant at which the hub would watch more cameras than it can. */
    public record Breach(Instant at, int booked, int capacity) {
    }

    void add(Booking booking, List<Occurrences.Period> periods) {
        String starts = periods.stream().map(p -> p.start().toString()).collect(Collectors.joining(",", "{", "}"));
        String ends = periods.stream().map(p -> p.end().toString()).collect(Collectors.joining(",", "{", "}"));
        entityManager.createNativeQuery("insert into booking_occurrence (booking_id, partner_id, hub_id, cameras, "
                + "period) select ?1, ?2, ?3, ?4, tstzrange(s, e, '[)') from unnest(cast(?5 as timestamptz[]), "
                + "cast(?6 as timestamptz[])) as t(s, e)")
                .setParameter(1, booking.id).setParameter(2, booking.partnerId).setParameter(3, booking.hubId)
                .setParameter(4, booking.cameras).setParameter(5, starts).setParameter(6, ends).executeUpdate();
    }

    /** The caller's own occurrences starting before {@code to} and ending after {@code from}. */
    List<Entry> ownBetween(Instant from, Instant to, Map<Long, String> hubNames) {
        // The partner as a bound value, so its occurrences are read by the partner's index: a condition on
        // app_partner() is never used ahead of the row-level policies, which would weigh the country's occurrences.
        return entries("where b.partner_id = ?3 and o.partner_id = ?3 and o.period && tstzrange(cast(?1 as timestamptz),"
                + " cast(?2 as timestamptz), '[)') ", from, to, tenant.requirePartner())
                .stream().map(e -> new Entry(e.bookingId(), e.partnerId(), e.partnerName(), e.hubId(),
                        hubNames.getOrDefault(e.hubId(), ""), e.cameraGroup(), e.cameras(), e.start(), e.end(),
                        e.status()))
                .toList();
    }

    /** Occurrences at a hub the caller reads (the operator's hubs, through its named path). */
    List<Entry> atHubBetween(long hubId, Instant from, Instant to) {
        return entries("where o.hub_id = " + hubId + " and o.period && tstzrange(cast(?1 as timestamptz), cast(?2 as timestamptz), '[)') ", from, to, null);
    }

    @SuppressWarnings("unchecked")
    private List<Entry> entries(String where, Instant from, Instant to, String partner) {
        jakarta.persistence.Query query = entityManager.createNativeQuery("select b.id, b.partner_id,"
                + " coalesce(p.name, ''), o.hub_id, b.camera_group, o.cameras, lower(o.period), upper(o.period), b.status "
                + "from booking_occurrence o join booking b on b.id = o.booking_id "
                + "left join partner p on p.id = b.partner_id " + where
                + "and b.status in ('REQUESTED', 'APPROVED') order by lower(o.period), b.id")
                .setParameter(1, OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
        if (partner != null) {
            query.setParameter(3, partner);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), "", (String) r[4], ((Number) r[5]).intValue(), instant(r[6]),
                instant(r[7]), Booking.Status.valueOf((String) r[8]))).toList();
    }

    /** Where approving this booking would overbook its hub, earliest first (at most {@code limit}). */
    @SuppressWarnings("unchecked")
    List<Breach> breachesIfApproved(long bookingId, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select at, booked, capacity "
                + "from booking_capacity_breaches(?1) order by at limit ?2")
                .setParameter(1, bookingId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Breach(instant(r[0]), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }

    /** Approved cameras and capacity at each hour starting in [from, to) at a hub. */
    @SuppressWarnings("unchecked")
    List<Breach> hourlyLoad(HubRef hub, Instant from, Instant to) {
        List<Object[]> rows = entityManager.createNativeQuery("select g, coalesce((select sum(o.cameras) "
                + "from booking_occurrence o where o.hub_id = ?1 and o.approved and o.period @> g), 0) "
                + "from generate_series(cast(?2 as timestamptz), cast(?3 as timestamptz) "
                + "- interval '1 hour', interval '1 hour') g "
                + "order by g")
                .setParameter(1, hub.id()).setParameter(2, OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .setParameter(3, OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC)).getResultList();
        // The capacity comes from the rota's staffed consoles and the staffing plan, as the database's guard reads it.
        int[] capacity = capacities.at(hub, rows.stream().map(r -> instant(r[0])).toList());
        List<Breach> hours = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            hours.add(new Breach(instant(rows.get(i)[0]), ((Number) rows.get(i)[1]).intValue(), capacity[i]));
        }
        return hours;
    }
}
