package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.MapWindow;

/**
 * The partner's cameras in the part of the map in sight, counted by PostgreSQL per square of the zoom's grid (each
 * square with its count, its cameras' mean position and its worst status), and the cameras themselves when few enough
 * to draw one by one. Row-level security decides which cameras are counted; the partner is bound for the planner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CameraClusters {

    /** Up to this many cameras in sight are sent one by one; more are sent as squares. */
    static final int SINGLES = 500;

    /** The worst first: an offline camera outranks a faulty one, a faulty one a live one. */
    static final String RANK = "case c.status when 'OFFLINE' then 3 when 'FAULTY' then 2 when 'LIVE' then 1 else 0 end";

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    /** A square of the grid: how many cameras, where they are on average, the worst status among them. */
    public record Cluster(double lat, double lon, long count, String worst) {
    }

    /** What the map draws for a window: the squares, the total, and the cameras one by one when few enough. */
    public record View(long total, List<Cluster> clusters, List<CameraMarkers.Marker> cameras) {
    }

    /** Where the partner's located cameras are: how many, and the box around them (null edges when none). */
    public record Extent(long count, Double south, Double west, Double north, Double east) {
        /** Few enough to be listed in the page and drawn one by one, as small estates always were. */
        public boolean listed() {
            return count <= SINGLES;
        }
    }

    public Extent extent() {
        Object[] r = (Object[]) entityManager.createNativeQuery("select count(*), min(c.latitude), min(c.longitude),"
                + " max(c.latitude), max(c.longitude) from camera c where c.partner_id = ?1 and c.latitude is not null")
                .setParameter(1, tenant.requirePartner()).getSingleResult();
        return new Extent(((Number) r[0]).longValue(), edge(r[1]), edge(r[2]), edge(r[3]), edge(r[4]));
    }

    private static Double edge(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public View view(MapWindow window) {
        List<Cluster> clusters = clusters(window);
        long total = clusters.stream().mapToLong(Cluster::count).sum();
        List<CameraMarkers.Marker> cameras = total > SINGLES ? List.of() : CameraMarkers.markers(inWindow(window));
        return new View(total, total > SINGLES ? clusters : List.of(), cameras);
    }

    /** The grid squares, worst last so that they are drawn on top. */
    @SuppressWarnings("unchecked")
    List<Cluster> clusters(MapWindow w) {
        List<Object[]> rows = entityManager.createNativeQuery("select avg(c.latitude), avg(c.longitude), count(*),"
                + " max(" + RANK + ") from camera c where c.partner_id = ?1 and c.latitude is not null"
                + " and point(c.longitude, c.latitude) <@ box(point(?2, ?3), point(?4, ?5))"
                + " group by floor(c.longitude / ?6), floor(c.latitude / ?6)")
                .setParameter(1, tenant.requirePartner()).setParameter(2, w.west()).setParameter(3, w.south())
                .setParameter(4, w.east()).setParameter(5, w.north()).setParameter(6, w.square()).getResultList();
        return rows.stream().sorted(Comparator.comparingInt(r -> ((Number) r[3]).intValue()))
                .map(r -> new Cluster(((Number) r[0]).doubleValue(), ((Number) r[1]).doubleValue(),
                        ((Number) r[2]).longValue(), CameraMarkers.WORST_LAST.get(((Number) r[3]).intValue()).name()))
                .toList();
    }

    private List<Camera> inWindow(MapWindow w) {
        return Camera.list("select c from Camera c join fetch c.site where c.latitude between ?1 and ?2"
                + " and c.longitude between ?3 and ?4 order by lower(c.assetTag)", w.south(), w.north(), w.west(),
                w.east());
    }
}
