package org.cctvportal.estate;

import static org.cctvportal.platform.NativeRows.longValue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estate's figures for the dashboards, set-based: a partner's cameras by status and internet-facing recorders,
 * and the cameras on the partnership's map. Row-level security decides what each statement sees; the partner is
 * bound as a value for the planner (a condition on {@code app_partner()} is never used ahead of the policies).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstateFigures {

    @Inject
    EntityManager entityManager;

    /** A camera placed on the map, with its partner's name. */
    public record MapPoint(long id, String tag, double lat, double lon, String partnerId, String partner) {
    }

    /** The partner's cameras counted by status (statuses with none are absent). */
    public Map<String, Long> camerasByStatus(String partnerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows(entityManager.createNativeQuery("select status, count(*) from camera"
                + " where partner_id = ?1 group by status").setParameter(1, partnerId))) {
            counts.put(r[0].toString(), longValue(r[1]));
        }
        return counts;
    }

    /**
     * Cameras (not decommissioned) per partnership, for the service operator: the database's
     * camera_counts_per_partnership answers at service scope only, with counts and never a camera.
     */
    public Map<String, Long> camerasPerPartnership() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows(entityManager.createNativeQuery("select partnership_id, cameras"
                + " from camera_counts_per_partnership()"))) {
            counts.put(r[0].toString(), longValue(r[1]));
        }
        return counts;
    }

    /** The partner's recorders reachable from the internet. */
    public long internetFacingRecorders(String partnerId) {
        return longValue(entityManager.createNativeQuery("select count(*) from recorder where partner_id = ?1"
                + " and exposure = 'INTERNET_FACING'").setParameter(1, partnerId).getSingleResult());
    }

    /**
     * Cameras with a position and not decommissioned, inside a box when all four bounds are given, at most
     * {@code limit} of them.
     */
    public List<MapPoint> onMap(Double south, Double west, Double north, Double east, int limit) {
        boolean box = south != null && west != null && north != null && east != null;
        Query query = entityManager.createNativeQuery("select c.id, c.asset_tag, c.latitude, c.longitude,"
                + " c.partner_id, p.name from camera c join partner p on p.id = c.partner_id"
                + " where c.latitude is not null and c.status <> 'DECOMMISSIONED'"
                + (box ? " and point(c.longitude, c.latitude) <@ box(point(?1, ?2), point(?3, ?4))" : "")
                + " limit " + limit);
        if (box) {
            query.setParameter(1, west).setParameter(2, south).setParameter(3, east).setParameter(4, north);
        }
        return rows(query).stream().map(r -> new MapPoint(((Number) r[0]).longValue(), r[1].toString(),
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(), r[4].toString(), r[5].toString()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream().map(o -> (Object[]) o).toList();
    }
}
