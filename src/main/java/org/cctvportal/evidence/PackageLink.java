package org.cctvportal.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/**
 * A disclosure package's share link, opened without a sign-in by the recipient: the secret in the address is the only
 * key, and it opens that one package's zip until the link's expiry. An unknown, replaced or expired secret is not
 * found, like any other missing page.
 */
@Path(PackageLink.PATH)
@PermitAll
public class PackageLink {

    static final String PATH = "/disclosure";

    @Inject
    PackageShares shares;

    @Inject
    PackageReads reads;

    @GET
    @Path("{token}")
    public Response open(@PathParam("token") String token) {
        return shares.open(token).map(p -> {
            StreamingOutput zip = out -> {
                try (InputStream in = reads.open(p)) {
                    in.transferTo(out);
                }
            };
            return Response.ok(zip, "application/zip").header("Content-Length", p.sizeBytes)
                    .header("Cache-Control", "no-store")
                    .header("Content-Disposition", FileNames.contentDisposition(p.fileName())).build();
        }).orElseGet(() -> Response.status(404).type("text/plain").entity("Not found: the link is unknown, was"
                + " replaced, or has expired. Ask the sender for a new one").build());
    }
}
