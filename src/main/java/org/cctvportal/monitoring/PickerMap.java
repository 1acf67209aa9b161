package org.cctvportal.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.estate.CameraRef;
import org.cctvportal.platform.web.MapConfig;

/**
 * The picker's map: the partner's cameras in use that have a place, as markers for the picker's script (read through
 * the estate's {@link CameraDirectory}), over the same tiles as the estate's camera map. The form carries only where
 * the markers are ({@link #view()}, no query): the script fetches them once, when the map is first drawn
 * ({@link #markers()}), so the form's re-renders while typing or searching never read the estate for the map.
 */
@ApplicationScoped
public class PickerMap {

    static final int MARKERS = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One marker: the camera's asset tag, where it stands and its site. */
    record Marker(String tag, double lat, double lon, String site) {
    }

    /** What the map element carries: where its markers are, the tile URL template and the tiles' attribution. */
    public record View(String markersUrl, String tileUrl, String attribution) {
    }

    @Inject
    CameraDirectory directory;

    @Inject
    MapConfig config;

    public View view() {
        return new View(MonitoringLinks.pickerMarkers(), config.tileUrl(), config.attribution());
    }

    /** The markers as JSON, for the map's first drawing. */
    public String markers() {
        List<Marker> markers = directory.inUse(MARKERS, List.of()).stream()
                .filter(c -> c.latitude() != null && c.longitude() != null)
                .map(c -> new Marker(c.assetTag(), c.latitude(), c.longitude(), c.siteName())).toList();
        try {
            return JSON.writeValueAsString(markers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the picker map's markers", e);
        }
    }
}
