package org.cctvportal.estate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/** What makes a recorder or server record valid, for the form and the API. */
final class RecorderRules {

    static final List<Field> FIELDS = List.of(
            new Field("name", "name", "Name"),
            new Field("kind", "kind", "Kind"),
            new Field("site", "site", "Site"),
            new Field("manufacturer", "manufacturer", "Manufacturer"),
            new Field("model", "model", "Model"),
            new Field("operatingSystem", "operating_system", "Operating system"),
            new Field("osVersion", "os_version", "Operating system version"),
            new Field("exposure", "exposure", "Network exposure"),
            new Field("lastPatched", "last_patched", "Last patched"));

    private RecorderRules() {
    }

    static FormErrors apply(RawRecord raw, Recorder recorder, EstateIndex index) {
        FieldReader in = new FieldReader(raw, new FormErrors());
        String name = in.text("name", "Name", 120, true, recorder.name);
        if (name != null) {
            index.recorder(name).filter(other -> !other.id.equals(recorder.id)).ifPresent(other -> in.errors()
                    .add("name", "A recorder called " + other.name + " already exists"));
        }
        RecorderKind kind = in.choice("kind", "Kind", RecorderKind.class, true, recorder.kind);
        String siteName = in.text("site", "Site", 120, true, recorder.site == null ? null : recorder.site.name);
        Site site = siteName == null ? null : index.site(siteName).orElse(null);
        if (siteName != null && site == null) {
            in.errors().add("site", "Unknown site \"" + FieldReader.clip(siteName) + "\": add the site first");
        }
        Manufacturer maker = CameraRules.maker(in, index, recorder.manufacturer);
        String model = in.text("model", "Model", 120, false, recorder.model);
        OperatingSystem os = operatingSystem(in, index, recorder.operatingSystem);
        String osVersion = in.text("osVersion", "Operating system version", 60, false, recorder.osVersion);
        NetworkExposure exposure = in.choice("exposure", "Network exposure", NetworkExposure.class, true,
                recorder.exposure);
        LocalDate patched = in.date("lastPatched", "Last patched date", recorder.lastPatched);
        if (!in.errors().isEmpty()) {
            return in.errors();
        }
        recorder.name = name;
        recorder.kind = kind;
        recorder.site = site;
        recorder.manufacturer = maker;
        recorder.model = model;
        recorder.operatingSystem = os;
        recorder.osVersion = osVersion;
        recorder.exposure = exposure;
        recorder.lastPatched = patched;
        return in.errors();
    }

    private static OperatingSystem operatingSystem(FieldReader in, EstateIndex index, OperatingSystem current) {
        String typed = in.text("operatingSystem", "Operating system", 120, false,
                current == null ? null : current.name);
        if (typed == null) {
            return null;
        }
        Optional<OperatingSystem> os = index.operatingSystem(typed);
        if (os.isEmpty()) {
            in.errors().add("operatingSystem", "Unknown operating system \"" + FieldReader.clip(typed) + "\": "
                    + index.nearestOperatingSystem(typed).map(n -> "did you mean " + n + "?")
                            .orElse("ask your partnership admin to add it"));
        }
        return os.orElse(null);
    }

    static Map<String, String> describe(Recorder r) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("Name", r.name);
        view.put("Kind", r.kind == null ? null : r.kind.label());
        view.put("Site", r.site == null ? null : r.site.name);
        view.put("Manufacturer", r.manufacturer == null ? null : r.manufacturer.name);
        view.put("Model", r.model);
        view.put("Operating system", r.operatingSystem == null ? null : r.operatingSystem.name);
        view.put("Operating system version", r.osVersion);
        view.put("Network exposure", r.exposure == null ? null : r.exposure.label());
        view.put("Last patched", r.lastPatched == null ? null : Formats.day(r.lastPatched));
        return view;
    }

    static Map<String, String> values(Recorder r) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", r.name);
        values.put("kind", r.kind == null ? "" : r.kind.label());
        values.put("site", r.site == null ? "" : r.site.name);
        values.put("manufacturer", r.manufacturer == null ? "" : r.manufacturer.name);
        values.put("model", CameraRules.text(r.model));
        values.put("operatingSystem", r.operatingSystem == null ? "" : r.operatingSystem.name);
        values.put("osVersion", CameraRules.text(r.osVersion));
        values.put("exposure", r.exposure == null ? "" : r.exposure.label());
        values.put("lastPatched", CameraRules.text(r.lastPatched));
        return values;
    }
}
