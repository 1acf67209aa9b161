package org.cctvportal.platform.web;

import io.smallrye.config.ConfigMapping;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The map tiles drawn under the portal's maps; the content security policy admits images from their origin only. */
@ConfigMapping(prefix = "portal.map")
public interface MapConfig {

    /** Tile URL template with {z}, {x} and {y}, for example https://tile.openstreetmap.org/{z}/{x}/{y}.png. */
    String tileUrl();

    /** Attribution the tile provider requires, shown in the map's corner (plain text). */
    String attribution();

    /**
     * The scheme, host and port the tiles come from, for the content security policy; a {s} subdomain placeholder
     * becomes a wildcard.
     */
    default String tileOrigin() {
        Matcher matcher = Pattern.compile("^(https?://[^/?#]+)").matcher(tileUrl().strip());
        if (!matcher.find()) {
            throw new IllegalArgumentException("portal.map.tile-url must be an http or https URL: " + tileUrl());
        }
        return matcher.group(1).replace("{s}", "*");
    }
}
