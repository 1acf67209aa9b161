package org.cctvportal.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The estate's JSON shapes: records as the API shows them, and inputs as it accepts them. */
public final class EstateJson {

    private EstateJson() {
    }

    /** A camera as the API shows it. */
    public record CameraJson(long id, String assetTag, long siteId, String site, String manufacturer, String model,
            CameraType type, BigDecimal resolutionMp, String firmware, LocalDate installDate,
            LocalDate nextMaintenance, CameraStatus status, Double latitude, Double longitude, Integer bearing,
            Integer fieldOfView, ConnectionType connection, String recorder, int version) {
        static CameraJson of(Camera c) {
            return new CameraJson(c.id, c.assetTag, c.site.id, c.site.name,
                    c.manufacturer == null ? null : c.manufacturer.name, c.model, c.type, c.resolutionMp,
                    c.firmware, c.installDate, c.nextMaintenance, c.status, c.latitude, c.longitude, c.bearing,
                    c.fieldOfView, c.connection, c.recorder == null ? null : c.recorder.name, c.version);
        }
    }

    /** A site as the API shows it. */
    public record SiteJson(long id, String name, SiteKind kind, String address, String postcode, Double latitude,
            Double longitude, boolean sensitive, int version) {
        static SiteJson of(Site s) {
            return new SiteJson(s.id, s.name, s.kind, s.address, s.postcode, s.latitude, s.longitude, s.sensitive,
                    s.version);
        }
    }

    /** A recorder or server as the API shows it. */
    public record RecorderJson(long id, String name, RecorderKind kind, long siteId, String site,
            String manufacturer, String model, String operatingSystem, LocalDate operatingSystemEndOfSupport,
            String osVersion, NetworkExposure exposure, LocalDate lastPatched, int version) {
        static RecorderJson of(Recorder r) {
            return new RecorderJson(r.id, r.name, r.kind, r.site.id, r.site.name,
                    r.manufacturer == null ? null : r.manufacturer.name, r.model,
                    r.operatingSystem == null ? null : r.operatingSystem.name,
                    r.operatingSystem == null ? null : r.operatingSystem.endOfSupport, r.osVersion, r.exposure,
                    r.lastPatched, r.version);
        }
    }

    /**
     * A camera as sent: names for the site, manufacturer (any alias) and recorder; enums by name or label; dates as
     * YYYY-MM-DD. Numbers may be sent as numbers or strings.
     */
    public record CameraInput(String assetTag, String site, String manufacturer, String model, String type,
            String resolutionMp, String firmware, String installDate, String nextMaintenance, String status,
            String statusReason, String latitude, String longitude, String bearing, String fieldOfView,
            String connection, String recorder, Integer version) {
        RawRecord raw() {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, "assetTag", assetTag);
            put(values, "site", site);
            put(values, "manufacturer", manufacturer);
            put(values, "model", model);
            put(values, "type", type);
            put(values, "resolutionMp", resolutionMp);
            put(values, "firmware", firmware);
            put(values, "installDate", installDate);
            put(values, "nextMaintenance", nextMaintenance);
            put(values, "status", status);
            put(values, "statusReason", statusReason);
            put(values, "latitude", latitude);
            put(values, "longitude", longitude);
            put(values, "bearing", bearing);
            put(values, "fieldOfView", fieldOfView);
            put(values, "connection", connection);
            put(values, "recorder", recorder);
            return RawRecord.of(values);
        }
    }

    /** A site as sent; {@code sensitive} is true or false. */
    public record SiteInput(String name, String kind, String address, String postcode, String latitude,
            String longitude, String sensitive, Integer version) {
        RawRecord raw() {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, "name", name);
            put(values, "kind", kind);
            put(values, "address", address);
            put(values, "postcode", postcode);
            put(values, "latitude", latitude);
            put(values, "longitude", longitude);
            put(values, "sensitive", sensitive);
            return RawRecord.of(values);
        }
    }

    /** A recorder or server as sent; the operating system by its name in the partnership's reference data. */
    public record RecorderInput(String name, String kind, String site, String manufacturer, String model,
            String operatingSystem, String osVersion, String exposure, String lastPatched, Integer version) {
        RawRecord raw() {
            Map<String, String> values = new LinkedHashMap<>();
            put(values, "name", name);
            put(values, "kind", kind);
            put(values, "site", site);
            put(values, "manufacturer", manufacturer);
            put(values, "model", model);
            put(values, "operatingSystem", operatingSystem);
            put(values, "osVersion", osVersion);
            put(values, "exposure", exposure);
            put(values, "lastPatched", lastPatched);
            return RawRecord.of(values);
        }
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
