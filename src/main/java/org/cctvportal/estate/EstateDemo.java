package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cctvportal.estate.EstateDemoPlans.EstatePlan;
import org.cctvportal.estate.EstateDemoPlans.RecorderPlan;
import org.cctvportal.estate.EstateDemoPlans.SitePlan;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.jboss.logging.Logger;

/**
 * The demo councils' camera estates, seeded after the demo partners on the local stack only. Everything goes through
 * the estate services ({@link SiteService}, {@link RecorderService}, {@link CameraService}), so the demo records pass
 * the same rules and leave the same audit trail and switch-off records as real ones. Idempotent: a partner that
 * already has sites is left as it is. The same seed per partner gives the same estate on every machine.
 */
@ApplicationScoped
public class EstateDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(EstateDemo.class);

    static final List<String> SWITCH_OFF_REASONS = List.of(
            "Column struck by a vehicle; the camera is off until the column is replaced",
            "Decommissioned: the site was redeveloped and the landlord withdrew consent",
            "Taken offline while the fibre route is diverted for road works");

    @Inject
    SiteService siteService;

    @Inject
    RecorderService recorderService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateChanges estateChanges;

    @Inject
    UnattendedWork unattended;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "estate";
    }

    @Override
    public Set<String> after() {
        return Set.of("partner");
    }

    @Override
    public void seed() {
        long began = System.nanoTime();
        int cameras = 0;
        for (EstatePlan plan : EstateDemoPlans.ALL) {
            cameras += unattended.forPartner(plan.partner(), plan.partnership(), () -> seed(plan));
        }
        LOG.infof("Demo estates are in place (%d cameras added in %d ms)", cameras,
                (System.nanoTime() - began) / 1_000_000);
    }

    /** One partner's estate in one transaction; the number of cameras added. */
    private int seed(EstatePlan plan) {
        if (Site.count() > 0) {
            return 0;
        }
        Random random = new Random(plan.seed());
        LocalDate today = LocalDate.now(clock);
        List<RawRecord> cameras = new ArrayList<>();
        for (SitePlan site : plan.sites()) {
            for (int i = 0; i < site.cameras(); i++) {
                String tag = "%s-%04d".formatted(plan.tagPrefix(), cameras.size() + 1);
                cameras.add(EstateDemoCameras.camera(tag, site, plan, random, today));
            }
        }
        createAll(plan.sites().stream().map(EstateDemo::site).toList(),
                plan.recorders().stream().map(EstateDemo::recorder).toList(), cameras);
        switchOff(plan, cameras.size(), random);
        return cameras.size();
    }

    /**
     * Many new records at once: one index serves them all, so each record costs its inserts and no queries, yet every
     * one is checked by the same rules and audited like a record added through the form.
     */
    private void createAll(List<RawRecord> sites, List<RawRecord> recorders, List<RawRecord> cameras) {
        EstateIndex index = EstateIndex.load(true);
        Set<Long> siteIds = new HashSet<>();
        Set<Long> recorderIds = new HashSet<>();
        Set<Long> cameraIds = new HashSet<>();
        for (RawRecord raw : sites) {
            Site site = siteService.createSite(raw, index);
            index.add(site);
            siteIds.add(site.id);
        }
        for (RawRecord raw : recorders) {
            Recorder recorder = recorderService.createRecorder(raw, index);
            index.add(recorder);
            recorderIds.add(recorder.id);
        }
        for (RawRecord raw : cameras) {
            Camera camera = cameraService.createCamera(raw, index);
            index.add(camera);
            cameraIds.add(camera.id);
        }
        estateChanges.announce(new EstateChanged(siteIds, cameraIds, recorderIds));
    }

    /** A few live cameras taken offline or decommissioned after they were added, each with its reason. */
    private void switchOff(EstatePlan plan, int cameraCount, Random random) {
        if (plan.switchOffs() == 0) {
            return;
        }
        int number = random.nextInt(cameraCount);
        for (int i = 0; i < plan.switchOffs(); i++) {
            Camera camera;
            do {
                number = (number + 1 + random.nextInt(10)) % cameraCount;
                camera = Camera.byTag("%s-%04d".formatted(plan.tagPrefix(), number + 1)).orElseThrow();
            } while (camera.status != CameraStatus.LIVE);
            CameraStatus status = i % 2 == 0 ? CameraStatus.OFFLINE : CameraStatus.DECOMMISSIONED;
            cameraService.updateCamera(camera.id, RawRecord.of(Map.of("status", status.name(),
                    "statusReason", SWITCH_OFF_REASONS.get(i % SWITCH_OFF_REASONS.size()))), null);
        }
    }

    private static RawRecord site(SitePlan site) {
        Map<String, String> values = new HashMap<>();
        values.put("name", site.name());
        values.put("kind", site.kind().name());
        values.put("address", site.address());
        values.put("postcode", site.postcode());
        values.put("latitude", Double.toString(site.latitude()));
        values.put("longitude", Double.toString(site.longitude()));
        values.put("sensitive", site.sensitive() ? "yes" : "no");
        return RawRecord.of(values);
    }

    private static RawRecord recorder(RecorderPlan recorder) {
        Map<String, String> values = new HashMap<>();
        values.put("name", recorder.name());
        values.put("kind", recorder.kind().name());
        values.put("site", recorder.site());
        values.put("manufacturer", recorder.maker());
        values.put("model", recorder.model());
        values.put("operatingSystem", recorder.os());
        values.put("osVersion", recorder.osVersion());
        values.put("exposure", recorder.exposure().name());
        values.put("lastPatched", recorder.lastPatched());
        return RawRecord.of(values);
    }
}
