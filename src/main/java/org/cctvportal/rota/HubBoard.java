package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.monitoring.HubDirectory;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Htmx;
import org.cctvportal.platform.web.LondonTime;

/**
 * The control room's big screen for one hub: who is on now, whose cameras are being watched now, gaps in the next 12
 * hours and the next shift. The page polls its own fragment with HTMX, so it stays current without reloading.
 */
@Path("/rota/hubs/{id}/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
public class HubBoard {

    static final int REFRESH_SECONDS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    ShiftService shiftService;

    @Inject
    CoverageService coverage;

    @Inject
    HubDirectory hubs;

    /** A partner's camera group being watched now. */
    public record Watched(String partner, String group, int cameras, String until) {
    }

    public record BoardView(HubRef hub, String now, List<ShiftService.ShiftRow> onNow, List<Watched> watched,
            List<CoverageService.Gap> gaps, ShiftService.ShiftRow next, int refreshSeconds) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardView view);

        static native TemplateInstance board$now(BoardView view);
    }

    @GET
    public Response board(@PathParam("id") long hubId, @Context HttpHeaders headers) {
        BoardView view = view(hubId, Instant.now());
        return Response.ok(Htmx.isPartial(headers) ? Templates.board$now(view) : Templates.board(view))
                .header("Vary", "HX-Request").build();
    }

    BoardView view(long hubId, Instant now) {
        HubRef hub = shiftService.myHub(hubId);
        List<ShiftService.ShiftRow> around = shiftService.shifts(hubId, now.minus(Duration.ofHours(16)),
                now.plus(Duration.ofDays(2)));
        List<ShiftService.ShiftRow> onNow = around.stream().filter(r -> r.shift().overlaps(now, now.plusNanos(1000)))
                .toList();
        ShiftService.ShiftRow next = around.stream().filter(r -> r.shift().startsAt.isAfter(now)).findFirst()
                .orElse(null);
        Map<String, String> names = hubs.servedPartnerNames(hub);
        List<Watched> watched = new ArrayList<>();
        for (HubDirectory.Watched w : hubs.watchedAt(hubId, now)) {
            watched.add(new Watched(names.getOrDefault(w.partnerId(), w.partnerId()), w.cameraGroup(), w.cameras(),
                    TIME.format(w.until().atZone(LondonTime.ZONE))));
        }
        return new BoardView(hub, TIME.format(now.atZone(LondonTime.ZONE)), onNow, watched,
                coverage.gaps(hubId, now, now.plus(Duration.ofHours(12))), next, REFRESH_SECONDS);
    }
}
