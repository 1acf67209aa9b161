package org.cctvportal.platform.web;

/**
 * The part of a map in sight, as its page sends it on each move: the box's four edges in degrees and the zoom.
 * Cameras in the box are counted per square of a grid that halves with each zoom step, so the answer holds about as
 * many squares as fit on a screen, whatever the number of cameras.
 */
public record MapWindow(double south, double west, double north, double east, int zoom) {

    /** Zoom levels as the tiles know them. */
    public static final int MAX_ZOOM = 22;
    /** A square's side on screen: a tile is 256 pixels wide, a square a quarter of it. */
    private static final double SQUARES_PER_TILE = 4;

    /** The window from the query, or a 400 naming the first bound that is missing, not a number or out of range. */
    public static MapWindow of(String south, String west, String north, String east, String zoom) {
        double s = edge("south", south, 90);
        double w = edge("west", west, 180);
        double n = edge("north", north, 90);
        double e = edge("east", east, 180);
        if (s > n) {
            throw new RefusedInputException(400, "south", "The south edge must not be north of the north edge");
        }
        if (w > e) {
            throw new RefusedInputException(400, "west", "The west edge must not be east of the east edge");
        }
        return new MapWindow(s, w, n, e, zoomOf(zoom));
    }

    private static int zoomOf(String zoom) {
        try {
            int z = Integer.parseInt(zoom == null ? "" : zoom.strip());
            if (z >= 0 && z <= MAX_ZOOM) {
                return z;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RefusedInputException(400, "zoom", "The zoom must be a whole number from 0 to " + MAX_ZOOM);
    }

    private static double edge(String name, String text, double limit) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (value >= -limit && value <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RefusedInputException(400, name, "The " + name + " edge must be a number from -" + (int) limit
                + " to " + (int) limit);
    }

    /** The side of one square of the grid at this zoom, in degrees. */
    public double square() {
        return 360 / Math.pow(2, zoom) / SQUARES_PER_TILE;
    }
}
