package org.cctvportal.estate;

/**
 * A camera as other features read it: what identifies it, its state and where it stands. The position is the
 * camera's own, or its site's when the camera has none.
 */
public record CameraRef(long id, String assetTag, CameraStatus status, long siteId, String siteName,
        String partnerId, Double latitude, Double longitude) {

    public boolean decommissioned() {
        return status == CameraStatus.DECOMMISSIONED;
    }
}
