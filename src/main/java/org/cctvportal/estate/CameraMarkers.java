package org.cctvportal.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The map's markers as JSON, handed to the map script in a data attribute (the CSP allows no inline script). */
final class CameraMarkers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CameraMarkers() {
    }

    /** One marker: where the camera is, its status (the marker's colour) and the page its popup links to. */
    record Marker(String tag, double lat, double lon, String status, String statusLabel, String site, String url) {
    }

    static String json(List<Camera> cameras) {
        List<Marker> markers = cameras.stream().map(c -> new Marker(c.assetTag, c.latitude, c.longitude,
                c.status.name(), c.status.label(), c.site.name, EstateLinks.camera(c.id))).toList();
        try {
            return JSON.writeValueAsString(markers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the map's markers", e);
        }
    }
}
