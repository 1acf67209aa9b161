package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cctvportal.platform.web.Htmx;
import org.cctvportal.platform.web.LondonTime;

/**
 * A hub's board on a wall screen: full width, no menu, large type, opened by the screen's cookie instead of a
 * sign-in, so it never falls back to the sign-in page during a shift. A screen that is revoked, has run out or
 * belongs to another hub gets the refused page (an HTMX refresh is sent there), never the board.
 */
@Path("/rota/wall/{id}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class WallBoard {

    /** The screen's cookie: only sent over HTTPS, never to scripts, never on a request from another site. */
    static final String COOKIE = "__Host-wall-screen";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM", Locale.UK);

    @Inject
    WallScreenService screens;

    @Inject
    BoardViews boards;

    @Inject
    Clock clock;

    public record WallView(BoardViews.BoardView view, String screen, String until) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wall(WallView wall);

        static native TemplateInstance wall$now(WallView wall);

        static native TemplateInstance refused(String signIn);
    }

    @GET
    public Response wall(@PathParam("id") long hubId, @CookieParam(COOKIE) String secret,
            @Context HttpHeaders headers) {
        boolean partial = Htmx.isPartial(headers);
        return screens.forScreen(secret, hubId, screen -> new WallView(
                boards.view(hubId, clock.instant(), RotaLinks.wall(hubId)), screen.name,
                UNTIL.format(screen.expiresAt.atZone(LondonTime.ZONE))))
                .map(wall -> Response.ok(partial ? Templates.wall$now(wall) : Templates.wall(wall)))
                .orElseGet(() -> partial
                        // The page itself, in full, shows the refused state: HTMX swaps nothing into the board.
                        ? Response.status(401).header("HX-Redirect", RotaLinks.wall(hubId))
                        : Response.status(404).entity(Templates.refused(RotaLinks.wallScreens(hubId))))
                .header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }
}
