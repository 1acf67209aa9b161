package org.cctvportal.estate;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cctvportal.platform.web.MapWindow;

/**
 * The camera map's contents for the part in sight, fetched by the map on each move: the caller's cameras counted per
 * square of the zoom's grid, or one by one when few enough. Bad or missing bounds are refused with a 400.
 */
@Path("/cameras/map/view")
@Authenticated
public class CameraMapView {

    @Inject
    CameraClusters clusters;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String view(@QueryParam("south") String south, @QueryParam("west") String west,
            @QueryParam("north") String north, @QueryParam("east") String east, @QueryParam("zoom") String zoom) {
        return CameraMarkers.json(clusters.view(MapWindow.of(south, west, north, east, zoom)));
    }
}
