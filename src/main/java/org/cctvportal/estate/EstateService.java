package org.cctvportal.estate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.audit.FieldChange;
import org.cctvportal.platform.tenancy.CrossPartnerPath;
import org.cctvportal.platform.tenancy.CrossPartnerReads;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.FormErrors;

/**
 * A partner's camera estate: sites, recorders and cameras, each change audited field by field. Every read and write
 * is bounded to the caller's partner by the framework and the database; nothing here names a partner.
 */
@ApplicationScoped
@Transactional
public class EstateService {

    static final String STALE = "Someone else changed this record while you were editing it. The form now shows"
            + " their version: make your change again.";

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
    Event<EstateChanged> changes;

    @Inject
    EntityManager entityManager;

    // ---- Sites ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Site> sites() {
        return Site.listByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site site(long id) {
        return found(Site.<Site>findById(id), "site");
    }

    public Site createSite(RawRecord raw) {
        return createSite(raw, EstateIndex.load(false));
    }

    private Site createSite(RawRecord raw, EstateIndex index) {
        tenant.requirePartner();
        Site site = new Site();
        SiteRules.apply(raw, site, index).throwIfAny();
        siteCreated(site, "");
        return site;
    }

    /** Stores a checked new site and audits it; forms and imports both come through here. */
    void siteCreated(Site site, String how) {
        site.updatedAt = clock.instant();
        site.persist();
        audit.record("site.created", "site", site.id.toString(), "Added site " + site.name + how,
                FieldChange.created(SiteRules.describe(site)));
    }

    public Site updateSite(long id, RawRecord raw, Integer expectedVersion) {
        Site site = site(id);
        checkVersion(expectedVersion, site.version);
        Map<String, String> before = SiteRules.describe(site);
        SiteRules.apply(raw, site, EstateIndex.load(false)).throwIfAny();
        siteChanged(site, before, "");
        announce(EstateChanged.site(site.id));
        return site;
    }

    /** Audits the fields a checked change altered on a site, if any. */
    void siteChanged(Site site, Map<String, String> before, String how) {
        changed("site", site.id, "Changed site " + site.name + how, before, SiteRules.describe(site),
                () -> site.updatedAt = clock.instant());
    }

    // ---- Recorders and servers ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recorder> recorders() {
        return Recorder.list("select r from Recorder r join fetch r.site left join fetch r.manufacturer"
                + " left join fetch r.operatingSystem order by lower(r.name)");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recorder recorder(long id) {
        return found(Recorder.<Recorder>findById(id), "recorder");
    }

    public Recorder createRecorder(RawRecord raw) {
        Recorder recorder = createRecorder(raw, EstateIndex.load(false));
        announce(EstateChanged.recorder(recorder.id));
        return recorder;
    }

    private Recorder createRecorder(RawRecord raw, EstateIndex index) {
        tenant.requirePartner();
        Recorder recorder = new Recorder();
        RecorderRules.apply(raw, recorder, index).throwIfAny();
        recorder.updatedAt = clock.instant();
        recorder.persist();
        audit.record("recorder.created", "recorder", recorder.id.toString(), "Added recorder " + recorder.name,
                FieldChange.created(RecorderRules.describe(recorder)));
        return recorder;
    }

    public Recorder updateRecorder(long id, RawRecord raw, Integer expectedVersion) {
        Recorder recorder = recorder(id);
        checkVersion(expectedVersion, recorder.version);
        Map<String, String> before = RecorderRules.describe(recorder);
        RecorderRules.apply(raw, recorder, EstateIndex.load(false)).throwIfAny();
        changed("recorder", recorder.id, "Changed recorder " + recorder.name, before,
                RecorderRules.describe(recorder), () -> recorder.updatedAt = clock.instant());
        announce(EstateChanged.recorder(recorder.id));
        return recorder;
    }

    // ---- Cameras ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public CameraSearch.Result search(CameraQuery query) {
        if (query.acrossPartners() && (identity.hasRole("partnership-admin") || identity.hasRole("pcc-analyst"))) {
            // The PCC office follows a dashboard figure to the cameras behind it: read-only, every partner's.
            return crossPartner.read(CrossPartnerPath.PARTNERSHIP_DASHBOARD, () -> CameraSearch.run(query));
        }
        query.partner = null;
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
    public List<Recorder> recordersAt(Site site) {
        return Recorder.list("site = ?1 order by lower(name)", site);
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
        announce(EstateChanged.camera(camera.id));
        return camera;
    }

    /**
     * Many new records at once (the demo estate): one index serves them all, so each record costs its inserts and no
     * queries, yet every one is checked by the same rules and audited like a record added through the form.
     */
    void createAll(List<RawRecord> sites, List<RawRecord> recorders, List<RawRecord> cameras) {
        EstateIndex index = EstateIndex.load(true);
        Set<Long> siteIds = new HashSet<>();
        Set<Long> recorderIds = new HashSet<>();
        Set<Long> cameraIds = new HashSet<>();
        for (RawRecord raw : sites) {
            Site site = createSite(raw, index);
            index.add(site);
            siteIds.add(site.id);
        }
        for (RawRecord raw : recorders) {
            Recorder recorder = createRecorder(raw, index);
            index.add(recorder);
            recorderIds.add(recorder.id);
        }
        for (RawRecord raw : cameras) {
            Camera camera = createCamera(raw, index);
            index.add(camera);
            cameraIds.add(camera.id);
        }
        announce(new EstateChanged(siteIds, cameraIds, recorderIds));
    }

    private Camera createCamera(RawRecord raw, EstateIndex index) {
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
        announce(EstateChanged.camera(camera.id));
        return camera;
    }

    /** Audits the fields a checked change altered on a camera, and keeps a switch-off with its reason. */
    void cameraChanged(Camera camera, Map<String, String> before, CameraRules.Result result, String how) {
        changed("camera", camera.id, "Changed camera " + camera.assetTag + how
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String entityType, long id) {
        return audit.history(entityType, Long.toString(id));
    }

    // ---- Shared ----

    /** Tells the rest of the portal which assets changed, once they are written (still in this transaction). */
    void announce(EstateChanged change) {
        if (change.isEmpty()) {
            return;
        }
        entityManager.flush();
        changes.fire(change);
    }

    private void changed(String type, Long id, String summary, Map<String, String> before, Map<String, String> after,
            Runnable touch) {
        List<FieldChange> changes = FieldChange.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        touch.run();
        String fields = String.join(", ", changes.stream().map(FieldChange::field).toList());
        audit.record(type + ".updated", type, id.toString(), summary + ": " + fields, changes);
    }

    private static void checkVersion(Integer expected, int actual) {
        if (expected != null && expected != actual) {
            throw new StaleRecordException(new FormErrors().add("version", STALE));
        }
    }

    private static <T> T found(T entity, String what) {
        if (entity == null) {
            throw new NotFoundException("No such " + what);
        }
        return entity;
    }
}
