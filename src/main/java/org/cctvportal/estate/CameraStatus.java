package org.cctvportal.estate;

/** Whether a camera is working; taking one offline or decommissioning it needs a reason. */
public enum CameraStatus implements Labelled {

    LIVE("Live"),
    FAULTY("Faulty"),
    OFFLINE("Offline"),
    DECOMMISSIONED("Decommissioned");

    private final String label;

    CameraStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Switching a camera off: the partnership sees these changes, so they carry a reason. */
    public boolean needsReason() {
        return this == OFFLINE || this == DECOMMISSIONED;
    }
}
