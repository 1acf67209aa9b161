package org.cctvportal.estate;

import static org.cctvportal.estate.EstateChanges.checkVersion;
import static org.cctvportal.estate.EstateChanges.found;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.SequenceIds;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * A partner's cameras: searched, mapped, created and changed, each change audited field by field, and every
 * switch-off kept with its reason. Every read and write is bounded to the caller's partner by the framework and the
 * database; the two reads across partners go through named paths.
 */
@ApplicationScoped
@Transactional
public class CameraService {

    @Inject
    TenantContext tenant;

    @Inject
    AuditService audit;

    @Inject
    CrossPartnerReads crossPartner;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    EstateChanges estateChanges;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CameraSearch.Result search(CameraQuery query) {
        if (query.acrossPartners()
                && (identity.hasRole(Roles.PARTNERSHIP_ADMIN) || identity.hasRole(Roles.PCC_ANALYST))) {
            // The PCC office follows a dashboard figure to the cameras behind it: read-only, every partner's.
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> CameraSearch.run(query, tenant.partnershipId()));
        }
        query.partner = null;
        // The count, the page's ids and its cameras read in no transaction of their own (each statement runs on its
        // own snapshot anyway): each takes a connection from the pool, as a rule the one the thread had before, where
        // the request's tenant is already written, and no commit is sent.
        return CameraSearch.run(query);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Camera camera(long id) {
        return found(Camera.<Camera>findById(id), "camera");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Camera> camerasAt(Site site) {
        return Camera.atSite(site);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Camera> camerasOn(Recorder recorder) {
        return Camera.onRecorder(recorder);
    }

    /** Every camera with a location, for the map (and the list beside it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Camera> mappedCameras() {
        return Camera.list("select c from Camera c join fetch c.site left join fetch c.manufacturer"
                + " where c.latitude is not null order by lower(c.assetTag)");
    }

    public Camera createCamera(RawRecord raw) {
        Camera camera = createCamera(raw, EstateIndex.load(false));
        estateChanges.announce(EstateChanged.camera(camera.id));
        return camera;
    }

    Camera createCamera(RawRecord raw, EstateIndex index) {
        tenant.requirePartner();
        Camera camera = new Camera();
        CameraRules.Result result = CameraRules.apply(raw, camera, index);
        result.errors().throwIfAny();
        cameraCreated(camera, result, "");
        return camera;
    }

    /** Stores a checked new camera, audits it and keeps a switch-off; forms and imports both come through here. */
    void cameraCreated(Camera camera, CameraRules.Result result, String how) {
        camera.updatedAt = clock.instant();
        camera.persist();
        audit.record("camera.created", "camera", camera.id.toString(), "Added camera " + camera.assetTag + how,
                FieldChange.created(CameraRules.describe(camera)));
        recordStatusChange(camera, null, result.statusReason());
    }

    /** A checked new camera of an import's batch, with what its check found (the reason for its status). */
    record NewCamera(Camera camera, CameraRules.Result result) {
    }

    private static final String INSERT_CAMERAS = "insert into camera (id, partner_id, asset_tag, site_id,"
            + " manufacturer_id, model, type, resolution_mp, firmware, install_date, next_maintenance, status, latitude,"
            + " longitude, bearing, field_of_view, connection, recorder_id, updated_at, version)"
            + " select c.id, ?, c.asset_tag, c.site_id, c.manufacturer_id, c.model, c.type, c.resolution_mp::numeric,"
            + " c.firmware, c.install_date::date, c.next_maintenance::date, c.status, c.latitude::float8,"
            + " c.longitude::float8, c.bearing::integer, c.field_of_view::integer, c.connection, c.recorder_id,"
            + " c.updated_at::timestamptz, 0"
            + " from unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::text[],"
            + " ?::varchar[], ?::text[], ?::text[], ?::varchar[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::varchar[], ?::bigint[], ?::text[]) as c (id, asset_tag, site_id, manufacturer_id, model, type,"
            + " resolution_mp, firmware, install_date, next_maintenance, status, latitude, longitude, bearing,"
            + " field_of_view, connection, recorder_id, updated_at)";

    private static final String INSERT_SWITCH_OFFS = "insert into camera_status_change (id, partner_id, camera_id,"
            + " asset_tag, from_status, to_status, reason, changed_by, changed_at)"
            + " select s.id, ?, s.camera_id, s.asset_tag, null, s.to_status, s.reason, ?, s.changed_at::timestamptz"
            + " from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[])"
            + " as s (id, camera_id, asset_tag, to_status, reason, changed_at)";

    /**
     * Stores a batch of checked new cameras as {@link #cameraCreated} stores one, each audited with every field and
     * each switched-off one kept with its reason, but with one statement per table on the transaction's connection
     * (row-level security checking every row as it does an entity's insert): what an import of many thousands of
     * cameras writes. The cameras are given their ids; they are not in the session afterwards.
     */
    void camerasCreated(List<NewCamera> cameras, String how) {
        if (cameras.isEmpty()) {
            return;
        }
        String partner = tenant.requirePartner();
        // What the session holds goes first, so the statements reach the database in the order they were made.
        entityManager.flush();
        int n = cameras.size();
        try (Connection connection = dataSource.getConnection()) {
            Long[] ids = SequenceIds.next(connection, "camera_seq", n);
            Object[][] columns = new Object[18][n];
            for (int i = 0; i < n; i++) {
                Camera c = cameras.get(i).camera();
                c.id = ids[i];
                c.partnerId = partner;
                c.updatedAt = clock.instant();
                Object[] row = { c.id, c.assetTag, c.site.id, c.manufacturer == null ? null : c.manufacturer.id,
                    c.model, c.type == null ? null : c.type.name(), c.resolutionMp == null ? null : c.resolutionMp.toPlainString(), c.firmware,
                    text(c.installDate), text(c.nextMaintenance), c.status == null ? null : c.status.name(),
                    text(c.latitude), text(c.longitude), text(c.bearing), text(c.fieldOfView),
                    c.connection == null ? null : c.connection.name(), c.recorder == null ? null : c.recorder.id,
                    c.updatedAt.toString() };
                for (int column = 0; column < row.length; column++) {
                    columns[column][i] = row[column];
                }
            }
            String[] types = { "bigint", "varchar", "bigint", "bigint", "varchar", "varchar", "text", "varchar",
                "text", "text", "varchar", "text", "text", "text", "text", "varchar", "bigint", "text" };
            try (PreparedStatement insert = connection.prepareStatement(INSERT_CAMERAS)) {
                insert.setString(1, partner);
                for (int column = 0; column < types.length; column++) {
                    insert.setArray(column + 2, connection.createArrayOf(types[column], columns[column]));
                }
                insert.executeUpdate();
            }
            switchOffs(connection, partner, cameras);
        } catch (SQLException e) {
            throw new PersistenceException("could not store " + n + " new cameras", e);
        }
        List<AuditService.Entry> events = new ArrayList<>(n);
        for (NewCamera created : cameras) {
            Camera camera = created.camera();
            events.add(new AuditService.Entry(camera.id.toString(), "Added camera " + camera.assetTag + how,
                    FieldChange.created(CameraRules.describe(camera))));
        }
        audit.recordAll("camera.created", "camera", events);
    }

    /** The switch-offs of a batch of new cameras, as {@link #recordStatusChange} keeps one. */
    private void switchOffs(Connection connection, String partner, List<NewCamera> cameras) throws SQLException {
        List<NewCamera> off = cameras.stream().filter(c -> c.camera().status.needsReason()).toList();
        if (off.isEmpty()) {
            return;
        }
        int n = off.size();
        Long[] ids = SequenceIds.next(connection, "camera_status_change_seq", n);
        Long[] cameraIds = new Long[n];
        String[] tags = new String[n];
        String[] statuses = new String[n];
        String[] reasons = new String[n];
        String[] times = new String[n];
        for (int i = 0; i < n; i++) {
            NewCamera created = off.get(i);
            cameraIds[i] = created.camera().id;
            tags[i] = created.camera().assetTag;
            statuses[i] = created.camera().status.name();
            reasons[i] = created.result().statusReason();
            times[i] = created.camera().updatedAt.toString();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SWITCH_OFFS)) {
            insert.setString(1, partner);
            insert.setString(2, changedBy());
            insert.setArray(3, connection.createArrayOf("bigint", ids));
            insert.setArray(4, connection.createArrayOf("bigint", cameraIds));
            insert.setArray(5, connection.createArrayOf("varchar", tags));
            insert.setArray(6, connection.createArrayOf("varchar", statuses));
            insert.setArray(7, connection.createArrayOf("varchar", reasons));
            insert.setArray(8, connection.createArrayOf("text", times));
            insert.executeUpdate();
        }
    }

    /** Who a status change is by, as the camera's history names them. */
    private String changedBy() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public Camera updateCamera(long id, RawRecord raw, Integer expectedVersion) {
        Camera camera = camera(id);
        checkVersion(expectedVersion, camera.version);
        Map<String, String> before = CameraRules.describe(camera);
        CameraRules.Result result = CameraRules.apply(raw, camera, EstateIndex.load(false));
        result.errors().throwIfAny();
        cameraChanged(camera, before, result, "");
        estateChanges.announce(EstateChanged.camera(camera.id));
        return camera;
    }

    /** Audits the fields a checked change altered on a camera, and keeps a switch-off with its reason. */
    void cameraChanged(Camera camera, Map<String, String> before, CameraRules.Result result, String how) {
        estateChanges.changed("camera", camera.id, "Changed camera " + camera.assetTag + how
                + (result.statusChanged(camera) && result.statusReason() != null
                        ? " (reason: " + result.statusReason() + ")" : ""),
                before, CameraRules.describe(camera), () -> camera.updatedAt = clock.instant());
        if (result.statusChanged(camera)) {
            recordStatusChange(camera, result.previousStatus(), result.statusReason());
        }
    }

    /** Taking a camera offline or decommissioning it is kept with its reason, for the partnership to see. */
    void recordStatusChange(Camera camera, CameraStatus from, String reason) {
        if (!camera.status.needsReason()) {
            return;
        }
        CameraStatusChange change = new CameraStatusChange();
        change.cameraId = camera.id;
        change.assetTag = camera.assetTag;
        change.fromStatus = from;
        change.toStatus = camera.status;
        change.reason = reason;
        change.changedBy = changedBy();
        change.changedAt = clock.instant();
        change.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CameraStatusChange> statusChanges(Camera camera) {
        return CameraStatusChange.forCamera(camera.id);
    }

    /** The partnership's switch-offs, newest first, through the named cross-partner path. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CameraStatusChange> partnershipSwitchOffs(int limit) {
        return crossPartner.read(CrossPartnerPath.ESTATE_SWITCH_OFFS, () -> CameraStatusChange.newest(limit));
    }
}
