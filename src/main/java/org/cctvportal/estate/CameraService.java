package org.cctvportal.estate;

import static org.cctvportal.estate.EstateChanges.checkVersion;
import static org.cctvportal.estate.EstateChanges.found;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public CameraSearch.Result search(CameraQuery query) {
        if (query.acrossPartners()
                && (identity.hasRole(Roles.PARTNERSHIP_ADMIN) || identity.hasRole(Roles.PCC_ANALYST))) {
            // The PCC office follows a dashboard figure to the cameras behind it: read-only, every partner's.
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> CameraSearch.run(query, tenant.partnershipId()));
        }
        query.partner = null;
        // One transaction for the count, the page's ids and its cameras: one connection taken from the pool (checked,
        // the tenant set) for the three statements, where each alone outside a transaction took its own.
        return QuarkusTransaction.joiningExisting().call(() -> CameraSearch.run(query));
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
        change.changedBy = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
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
