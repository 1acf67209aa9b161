package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.SqlReads;

/**
 * What monitoring publishes about its hubs to the other features, as records: the hubs themselves ({@link HubRef}),
 * the names of the partners a hub serves, the bookings being watched at a hub now and the partnership's hub names.
 * Other features read hubs and bookings through this, never through the entities or their tables.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HubDirectory {

    @Inject
    HubService hubs;

    @Inject
    EntityManager entityManager;

    /** An approved booking's camera group being watched at an instant, and when that occurrence ends. */
    public record Watched(String partnerId, String cameraGroup, int cameras, Instant until) {
    }

    /** A hub of the caller's partnership, if there is one by that id. */
    public Optional<HubRef> hub(long id) {
        return Optional.ofNullable(Hub.<Hub>findById(id)).map(HubRef::of);
    }

    /**
     * Whether a partner runs a hub of the caller's partnership, asked by the navigation on every page: as SQL, one
     * row, since Hibernate translates an HQL query again on every request while the directory's filter is enabled.
     * Row-level security bounds it as the filter did (the caller's partnership's hubs, and its own).
     */
    public boolean runsAny(String partnerId) {
        // Over JDBC on the request's connection: a native query through Hibernate built its result mapping afresh.
        return SqlReads.first(entityManager, "select exists (select 1 from hub h where h.operator_partner_id = ?)",
                row -> row.getBoolean(1), false, partnerId);
    }

    /** The hubs a partner runs, by name. */
    public List<HubRef> operatedBy(String partnerId) {
        return Hub.operatedBy(partnerId).stream().map(HubRef::of).toList();
    }

    /** Names of the partners the hub serves, as far as the caller may read them (see {@link HubService}). */
    public Map<String, String> servedPartnerNames(HubRef hub) {
        return hubs.servedPartnerNames(hub.servedPartners());
    }

    /** The approved bookings' camera groups watched at the hub at an instant, by partner and group. */
    @SuppressWarnings("unchecked")
    public List<Watched> watchedAt(long hubId, Instant at) {
        List<Object[]> rows = entityManager.createNativeQuery("select b.partner_id, b.camera_group, o.cameras, "
                + "upper(o.period) from booking_occurrence o join booking b on b.id = o.booking_id "
                + "where o.hub_id = ?1 and o.approved and o.period @> cast(?2 as timestamptz) order by b.partner_id, b.camera_group")
                .setParameter(1, hubId).setParameter(2, Timestamp.from(at)).getResultList();
        // The driver's type for upper(tstzrange) depends on Hibernate's mapping: NativeRows accepts each.
        return rows.stream().map(row -> new Watched((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                instant(row[3]))).toList();
    }

    /**
     * The partnership's hubs, id to name, by name. The partnership is given as a bound value so that PostgreSQL reads
     * its few rows by index; row-level security still decides what is visible.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, String> names(String partnershipId) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery("select id, name from hub where partnership_id = ?1"
                + " order by name").setParameter(1, partnershipId).getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), r[1].toString()));
        return names;
    }
}
