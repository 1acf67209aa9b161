package org.cctvportal.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;

/** The map's markers as JSON, handed to the map script in a data attribute (the CSP allows no inline script). */
final class CameraMarkers {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Statuses from the mildest to the worst (the order of CameraClusters.RANK): the worst are drawn last, on top. */
    static final List<CameraStatus> WORST_LAST = List.of(CameraStatus.DECOMMISSIONED, CameraStatus.LIVE,
            CameraStatus.FAULTY, CameraStatus.OFFLINE);

    private CameraMarkers() {
    }

    /** One marker: where the camera is, its status (the marker's colour) and the page its popup links to. */
    record Marker(String tag, double lat, double lon, String status, String statusLabel, String site, String url) {
    }

    /** The cameras' markers, the worst status last so that it is drawn on top. */
    static List<Marker> markers(List<Camera> cameras) {
        return cameras.stream().sorted(Comparator.comparingInt(c -> WORST_LAST.indexOf(c.status)))
                .map(c -> new Marker(c.assetTag, c.latitude, c.longitude, c.status.name(), c.status.label(),
                        c.site.name, EstateLinks.camera(c.id))).toList();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the map's markers", e);
        }
    }
}
