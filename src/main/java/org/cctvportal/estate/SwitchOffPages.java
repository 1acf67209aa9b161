package org.cctvportal.estate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.partner.Partner;
import org.cctvportal.partner.PartnerService;
import org.cctvportal.platform.security.Roles;

/** The PCC office's view of cameras its partners took offline or decommissioned, and why. */
@Path("/estate/switch-offs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
public class SwitchOffPages {

    static final int LIMIT = 200;

    @Inject
    CameraService cameraService;

    @Inject
    PartnerService partners;

    /** The newest switch-offs with the names of the partners that made them. */
    public record View(List<CameraStatusChange> changes, Map<String, String> partnerNames, int limit) {
        public String partnerName(String id) {
            return partnerNames.getOrDefault(id, id);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(View view);
    }

    @GET
    public TemplateInstance list() {
        Map<String, String> names = partners.directory().stream()
                .collect(Collectors.toMap(p -> p.id, (Partner p) -> p.name));
        return Templates.list(new View(cameraService.partnershipSwitchOffs(LIMIT), names, LIMIT));
    }
}
