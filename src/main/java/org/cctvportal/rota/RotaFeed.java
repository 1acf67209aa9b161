package org.cctvportal.rota;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * An operator's calendar feed, fetched by calendar apps without a login: the secret in the address is the only key.
 * An unknown or revoked secret is not found, like any other missing page.
 */
@Path("/rota/feed")
@PermitAll
public class RotaFeed {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    RotaFeeds feeds;

    @GET
    @Path("{token}.ics")
    @Produces(CALENDAR)
    public Response feed(@PathParam("token") String token) {
        return feeds.feed(token).map(ics -> Response.ok(ics, CALENDAR).header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"rota.ics\"").build())
                .orElseGet(() -> Response.status(404).type("text/plain").entity("Not found").build());
    }
}
