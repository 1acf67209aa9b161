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
import java.time.Clock;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.Htmx;

/**
 * The control room's big screen for one hub, for someone signed in: who is on now, whose cameras are being watched
 * now, gaps in the next 12 hours and the next shift. The page polls its own fragment with HTMX, so it stays current
 * without reloading. A screen left on the wall through a shift uses a wall screen instead ({@link WallBoard}).
 */
@Path("/rota/hubs/{id}/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.HUB_SUPERVISOR, Roles.OPERATOR })
public class HubBoard {

    @Inject
    BoardViews boards;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public record Page(BoardViews.BoardView view, boolean supervisor) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Page page);

        static native TemplateInstance board$now(Page page);
    }

    @GET
    public Response board(@PathParam("id") long hubId, @Context HttpHeaders headers) {
        Page page = new Page(boards.view(hubId, clock.instant(), RotaLinks.rotaBoard(hubId)),
                user.hasRole(Roles.HUB_SUPERVISOR));
        return Response.ok(Htmx.isPartial(headers) ? Templates.board$now(page) : Templates.board(page))
                .header("Vary", "HX-Request").build();
    }
}
