package org.cctvportal.monitoring;

import static org.cctvportal.platform.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How long a partner found to run no hub is taken at that on instances where it did not open one. */
    static final Duration NONE_KEPT = Duration.ofSeconds(30);

    /** Partners found to run a hub. */
    private final Set<String> runners = ConcurrentHashMap.newKeySet();

    /** Partners found to run none, until when that answer is kept. */
    private final Map<String, Instant> runsNone = new ConcurrentHashMap<>();

    /** An approved booking's camera group being watched at an instant, and when that occurrence ends. */
    public record Watched(String partnerId, String cameraGroup, int cameras, Instant until) {
    }

    /** A hub of the caller's partnership, if there is one by that id. */
    public Optional<HubRef> hub(long id) {
        return Optional.ofNullable(Hub.<Hub>findById(id)).map(HubRef::of);
    }

    /**
     * Whether a partner runs a hub of the caller's partnership, asked by the navigation on every page of a partner
     * manager. A hub is never deleted (it closes), so a partner found to run one is known to for good; one found to run
     * none is asked again after {@link #NONE_KEPT}, or at once on this instance once it opens a hub ({@link #opened}).
     * The answer only shows or hides a menu entry: what the rota's pages allow is decided by roles and row-level
     * security. Read as SQL, one row, under row-level security (the caller's partnership's hubs, and its own).
     */
    public boolean runsAny(String partnerId) {
        if (runners.contains(partnerId)) {
            return true;
        }
        Instant now = Instant.now(); // how long an answer is kept is real time, not the portal's clock
        Instant until = runsNone.get(partnerId);
        if (until != null && now.isBefore(until)) {
            return false;
        }
        // Over JDBC on the request's connection: a native query through Hibernate built its result mapping afresh.
        boolean runs = SqlReads.first(entityManager,
                "select exists (select 1 from hub h where h.operator_partner_id = ?)", row -> row.getBoolean(1), false,
                partnerId);
        if (runs) {
            runners.add(partnerId);
            runsNone.remove(partnerId);
        } else {
            runsNone.put(partnerId, now.plus(NONE_KEPT));
        }
        return runs;
    }

    /** A partner opened a hub: its menu shows the hub's entries from its next page on this instance. */
    void opened(String partnerId) {
        runsNone.remove(partnerId);
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
