package org.cctvportal.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Formats;

/** What makes a camera record valid, the same for the form, the API and every import row. */
final class CameraRules {

    static final List<Field> FIELDS = List.of(
            new Field("assetTag", "asset_tag", "Asset tag"),
            new Field("site", "site", "Site"),
            new Field("manufacturer", "manufacturer", "Manufacturer"),
            new Field("model", "model", "Model"),
            new Field("type", "type", "Type"),
            new Field("resolutionMp", "resolution_mp", "Resolution in megapixels"),
            new Field("firmware", "firmware", "Firmware version"),
            new Field("installDate", "install_date", "Install date"),
            new Field("nextMaintenance", "next_maintenance", "Next maintenance date"),
            new Field("status", "status", "Status"),
            new Field("statusReason", "status_reason", "Reason for the status"),
            new Field("latitude", "latitude", "Latitude"),
            new Field("longitude", "longitude", "Longitude"),
            new Field("bearing", "bearing", "Bearing"),
            new Field("fieldOfView", "field_of_view", "Field of view"),
            new Field("connection", "connection", "Connection"),
            new Field("recorder", "recorder", "Recorder"));

    /** Columns an import file must have: a camera cannot be created without them. */
    static final List<String> REQUIRED = List.of("assetTag", "site", "manufacturer", "type", "status");

    private static final Pattern TAG_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private CameraRules() {
    }

    /** The outcome: messages, or the status change that needs recording (with its reason). */
    record Result(FormErrors errors, CameraStatus previousStatus, String statusReason) {
        boolean statusChanged(Camera camera) {
            return previousStatus != camera.status;
        }
    }

    /** Checks {@code raw} against the estate and, only when all is well, copies it onto {@code camera}. */
    static Result apply(RawRecord raw, Camera camera, EstateIndex index) {
        FieldReader in = new FieldReader(raw, new FormErrors());
        String tag = in.text("assetTag", "Asset tag", 40, true, camera.assetTag);
        if (tag != null && !TAG_SHAPE.matcher(tag).matches()) {
            in.errors().add("assetTag", "Asset tag must start with a letter or digit and use only letters, digits,"
                    + " dots, dashes, slashes and underscores");
        } else if (tag != null) {
            index.camera(tag).filter(other -> !other.id.equals(camera.id)).ifPresent(other -> in.errors()
                    .add("assetTag", "Asset tag " + tag + " is already used by another camera"));
        }
        String siteName = in.text("site", "Site", 120, true, camera.site == null ? null : camera.site.name);
        Site site = siteName == null ? null : index.site(siteName).orElse(null);
        if (siteName != null && site == null) {
            in.errors().add("site", "Unknown site \"" + FieldReader.clip(siteName) + "\": add the site first");
        }
        Manufacturer maker = maker(in, index, camera.manufacturer);
        String model = in.text("model", "Model", 120, false, camera.model);
        CameraType type = in.choice("type", "Type", CameraType.class, true, camera.type);
        BigDecimal resolution = in.decimal("resolutionMp", "Resolution", 0.1, 100, camera.resolutionMp);
        String firmware = in.text("firmware", "Firmware version", 60, false, camera.firmware);
        LocalDate installed = in.date("installDate", "Install date", camera.installDate);
        LocalDate maintenance = in.date("nextMaintenance", "Next maintenance date", camera.nextMaintenance);
        CameraStatus status = in.choice("status", "Status", CameraStatus.class, true, camera.status);
        String reason = in.text("statusReason", "Reason", 1000, false, null);
        if (status != null && status.needsReason() && status != camera.status && reason == null) {
            in.errors().add("statusReason", "Give the reason the camera is " + status.label().toLowerCase()
                    + ": the partnership sees it");
        }
        Double[] location = in.location(camera.latitude, camera.longitude);
        Integer bearing = in.whole("bearing", "Bearing", 0, 359, camera.bearing);
        Integer fieldOfView = in.whole("fieldOfView", "Field of view", 1, 360, camera.fieldOfView);
        ConnectionType connection = in.choice("connection", "Connection", ConnectionType.class, false,
                camera.connection);
        Recorder recorder = recorder(in, index, camera.recorder);
        if (!in.errors().isEmpty()) {
            return new Result(in.errors(), camera.status, reason);
        }
        CameraStatus previous = camera.status;
        camera.assetTag = tag;
        camera.site = site;
        camera.manufacturer = maker;
        camera.model = model;
        camera.type = type;
        camera.resolutionMp = resolution == null ? null : resolution.setScale(1, java.math.RoundingMode.HALF_UP);
        camera.firmware = firmware;
        camera.installDate = installed;
        camera.nextMaintenance = maintenance;
        camera.status = status;
        camera.latitude = location[0];
        camera.longitude = location[1];
        camera.bearing = bearing;
        camera.fieldOfView = fieldOfView;
        camera.connection = connection;
        camera.recorder = recorder;
        return new Result(in.errors(), previous, reason);
    }

    static Manufacturer maker(FieldReader in, EstateIndex index, Manufacturer current) {
        String typed = in.text("manufacturer", "Manufacturer", 200, true, current == null ? null : current.name);
        if (typed == null || in.errors().has("manufacturer")) {
            return null;
        }
        Optional<Manufacturer> maker = index.maker(typed);
        if (maker.isEmpty()) {
            in.errors().add("manufacturer", "Unknown manufacturer \"" + FieldReader.clip(typed) + "\": "
                    + index.nearestMaker(typed).map(n -> "did you mean " + n + "?")
                            .orElse("ask your partnership admin to add it or an alias for it"));
        }
        return maker.orElse(null);
    }

    private static Recorder recorder(FieldReader in, EstateIndex index, Recorder current) {
        String name = in.text("recorder", "Recorder", 120, false, current == null ? null : current.name);
        if (name == null) {
            return null;
        }
        Optional<Recorder> recorder = index.recorder(name);
        if (recorder.isEmpty()) {
            in.errors().add("recorder", "Unknown recorder \"" + FieldReader.clip(name) + "\": add it first");
        }
        return recorder.orElse(null);
    }

    /** The camera as people read it, field by field: the audit trail's before and after. */
    static Map<String, String> describe(Camera c) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("Asset tag", c.assetTag);
        view.put("Site", c.site == null ? null : c.site.name);
        view.put("Manufacturer", c.manufacturer == null ? null : c.manufacturer.name);
        view.put("Model", c.model);
        view.put("Type", c.type == null ? null : c.type.label());
        view.put("Resolution (MP)", c.resolutionMp == null ? null : c.resolutionMp.toPlainString());
        view.put("Firmware", c.firmware);
        view.put("Install date", c.installDate == null ? null : Formats.day(c.installDate));
        view.put("Next maintenance", c.nextMaintenance == null ? null : Formats.day(c.nextMaintenance));
        view.put("Status", c.status == null ? null : c.status.label());
        view.put("Location", c.latitude == null ? null : c.latitude + ", " + c.longitude);
        view.put("Bearing", c.bearing == null ? null : c.bearing + "°");
        view.put("Field of view", c.fieldOfView == null ? null : c.fieldOfView + "°");
        view.put("Connection", c.connection == null ? null : c.connection.label());
        view.put("Recorder", c.recorder == null ? null : c.recorder.name);
        return view;
    }

    /** The camera's values as they are typed into the form or written to a CSV file. */
    static Map<String, String> values(Camera c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("assetTag", c.assetTag);
        values.put("site", c.site == null ? "" : c.site.name);
        values.put("manufacturer", c.manufacturer == null ? "" : c.manufacturer.name);
        values.put("model", text(c.model));
        values.put("type", c.type == null ? "" : c.type.label());
        values.put("resolutionMp", c.resolutionMp == null ? "" : c.resolutionMp.stripTrailingZeros().toPlainString());
        values.put("firmware", text(c.firmware));
        values.put("installDate", text(c.installDate));
        values.put("nextMaintenance", text(c.nextMaintenance));
        values.put("status", c.status == null ? "" : c.status.label());
        values.put("statusReason", "");
        values.put("latitude", text(c.latitude));
        values.put("longitude", text(c.longitude));
        values.put("bearing", text(c.bearing));
        values.put("fieldOfView", text(c.fieldOfView));
        values.put("connection", c.connection == null ? "" : c.connection.label());
        values.put("recorder", c.recorder == null ? "" : c.recorder.name);
        return values;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
