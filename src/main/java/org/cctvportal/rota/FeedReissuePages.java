package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.cctvportal.platform.security.Roles;

/**
 * Before an operator's live calendar feed gets a new address, a page saying that the old one stops working at once;
 * its form posts to the issuing action. With no feed yet there is nothing to lose, so the first address needs none.
 */
@Path("/rota/mine/feed/reissue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
public class FeedReissuePages {

    @Inject
    OperatorService operatorService;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(OperatorProfile me);
    }

    @GET
    public Response confirm() {
        Optional<OperatorProfile> me = operatorService.me();
        if (me.isEmpty() || me.get().feedTokenHash == null) {
            return Response.seeOther(URI.create(RotaLinks.myShifts() + "#feed")).build();
        }
        return Response.ok(Templates.confirm(me.get())).build();
    }
}
