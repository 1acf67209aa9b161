package org.cctvportal.assurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.MapConfig;

/** The PCC office's assurance overview and its switch-off notices, with the coverage lost on a map. */
@Path("/assurance")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
public class AssurancePages {



    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AssuranceSummary summaries;

    @Inject
    SwitchOffNoticeService notices;

    @Inject
    MapConfig mapConfig;

    @Inject
    CurrentUser user;

    /** The notice list. */
    public record ListView(List<SwitchOffNoticeService.Row> notices, long open, boolean openOnly) {
    }

    /** One notice, its cameras as map markers and a list, and the acknowledgement form. */
    public record NoticeView(SwitchOffNoticeService.Detail detail, String markers, String tileUrl, String attribution,
            boolean canAcknowledge, String note, FormErrors errors, boolean saved) {
        public SwitchOffNoticeService.Row row() {
            return detail.row();
        }
    }

    /** A marker for the map script (estate's camera-map.js): the popup links to the camera's row below the map. */
    record Marker(String tag, double lat, double lon, String status, String statusLabel, String site, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(AssuranceSummary.Summary summary, boolean pcc);

        static native TemplateInstance notices(ListView view);

        static native TemplateInstance notice(NoticeView view);
    }

    /** The PCC office's summary; for a partner's staff, the assurance pages their role opens. */
    @GET
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST, Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER,
        Roles.AUDITOR, Roles.EVIDENCE_OFFICER })
    public TemplateInstance overview() {
        boolean pcc = user.hasRole(Roles.PARTNERSHIP_ADMIN) || user.hasRole(Roles.PCC_ANALYST);
        return Templates.overview(pcc ? summaries.forPcc() : null, pcc);
    }

    @GET
    @Path("notices")
    public TemplateInstance notices(@QueryParam("status") String status) {
        List<SwitchOffNoticeService.Row> rows = notices.partnership(SwitchOffNoticeService.LIMIT);
        List<SwitchOffNoticeService.Row> open = rows.stream().filter(r -> !r.acknowledged()).toList();
        boolean openOnly = "open".equalsIgnoreCase(status == null ? "" : status.strip());
        return Templates.notices(new ListView(openOnly ? open : rows, open.size(), openOnly));
    }

    @GET
    @Path("notices/{id}")
    public TemplateInstance notice(@PathParam("id") long id, @QueryParam("acknowledged") boolean saved) {
        return Templates.notice(view(id, "", new FormErrors(), saved));
    }

    private NoticeView view(long id, String note, FormErrors errors, boolean saved) {
        SwitchOffNoticeService.Detail detail = notices.detail(id);
        return new NoticeView(detail, markers(detail.cameras()), mapConfig.tileUrl(), mapConfig.attribution(),
                user.hasRole(Roles.PARTNERSHIP_ADMIN) && !detail.row().acknowledged(), note, errors, saved);
    }

    private static String markers(List<SwitchOffNoticeService.NoticeCamera> cameras) {
        List<Marker> markers = cameras.stream().filter(SwitchOffNoticeService.NoticeCamera::located)
                .map(c -> new Marker(c.assetTag(), c.latitude(), c.longitude(), c.status(), label(c.status()),
                        c.site() == null ? "" : c.site(), "#camera-" + c.id()))
                .toList();
        try {
            return JSON.writeValueAsString(markers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the map's markers", e);
        }
    }

    static String label(String status) {
        String lower = status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
