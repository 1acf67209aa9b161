package org.cctvportal.estate;

/** The kind of camera. */
public enum CameraType implements Labelled {

    FIXED("Fixed"),
    PTZ("PTZ"),
    DOME("Dome"),
    MULTI_SENSOR("Multi-sensor"),
    ANPR("ANPR"),
    REDEPLOYABLE("Redeployable");

    private final String label;

    CameraType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
