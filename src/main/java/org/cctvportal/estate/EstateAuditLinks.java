package org.cctvportal.estate;

import jakarta.inject.Singleton;
import org.cctvportal.platform.audit.AuditRecordLinks;

/** The audit trail's links to the cameras, sites and recorders its events name. */
@Singleton
class EstateAuditLinks implements AuditRecordLinks {

    @Override
    public String link(String kind, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        Long number = Long.valueOf(id);
        return switch (kind) {
            case "camera" -> EstateLinks.camera(number);
            case "site" -> EstateLinks.site(number);
            case "recorder" -> EstateLinks.recorder(number);
            default -> null;
        };
    }
}
