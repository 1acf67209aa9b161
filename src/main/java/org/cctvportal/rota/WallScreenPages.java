package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A hub supervisor's wall screens for one hub: start one on the screen's own browser (naming it), see which are live
 * and when each was last seen, and revoke one, which takes effect on the screen's next refresh.
 */
@Path("/rota")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RotaPages.SUPERVISOR)
public class WallScreenPages {

    /** The portal's own sign-in cookies, ended on the browser that becomes a wall screen. */
    private static final List<String> SESSION_COOKIES = List.of("q_session", "q_session_at", "q_session_rt");

    @Inject
    WallScreenService screens;

    @Inject
    ShiftService shiftService;

    @Inject
    FormRedisplay forms;

    @Inject
    RotaConfig config;

    @Inject
    Clock clock;

    public record ListView(HubRef hub, List<WallScreen> screens, Instant now, long maxHours, String name,
            FormErrors errors, String saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance screens(ListView view);
    }

    @GET
    @Path("hubs/{id}/wall-screens")
    public TemplateInstance list(@PathParam("id") long hubId, @QueryParam("saved") String saved) {
        return Templates.screens(view(hubId, "", new FormErrors(), saved));
    }

    /** Makes this browser the named wall screen: it gets the screen's cookie and the supervisor is signed out of it. */
    @POST
    @Path("hubs/{id}/wall-screens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") long hubId, @RestForm("name") String name) {
        forms.onInvalid(errors -> Templates.screens(view(hubId, name, errors, null)));
        WallScreenService.Started started = screens.start(hubId, name);
        Response.ResponseBuilder response = Response.seeOther(URI.create(RotaLinks.wall(hubId)))
                .cookie(new NewCookie.Builder(WallBoard.COOKIE).value(started.secret()).path("/")
                        .maxAge((int) Duration.between(clock.instant(), started.screen().expiresAt).toSeconds())
                        .secure(true).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        for (String cookie : SESSION_COOKIES) {
            response.cookie(new NewCookie.Builder(cookie).value("").path("/").maxAge(0).httpOnly(true).build());
        }
        return response.build();
    }

    @POST
    @Path("wall-screens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long screenId) {
        long hubId = screens.revoke(screenId);
        return Response.seeOther(URI.create(RotaLinks.wallScreens(hubId) + "?saved=revoked")).build();
    }

    private ListView view(long hubId, String name, FormErrors errors, String saved) {
        HubRef hub = shiftService.myHub(hubId);
        return new ListView(hub, screens.screens(hubId), clock.instant(), config.wallScreenMaxAge().toHours(),
                name == null ? "" : name, errors, saved);
    }
}
