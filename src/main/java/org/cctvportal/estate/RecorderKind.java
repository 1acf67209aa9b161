package org.cctvportal.estate;

/** A recorder or server of the estate. */
public enum RecorderKind implements Labelled {

    NVR("NVR"),
    VMS_SERVER("VMS server"),
    WORKSTATION("Control-room workstation");

    private final String label;

    RecorderKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
