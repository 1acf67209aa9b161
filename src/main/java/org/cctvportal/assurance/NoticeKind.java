package org.cctvportal.assurance;

/** Why a switch-off notice was raised. */
public enum NoticeKind {
    DECOMMISSIONED("Cameras decommissioned"),
    OFFLINE("Cameras offline too long"),
    MONITORING_CANCELLED("Monitoring cancelled"),
    FUNDING_ENDING("Funding ending"),
    WITHDRAWN("Partner withdrawn"),
    HUB_SERVICE_ENDED("Hub stops monitoring");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
