package org.cctvportal.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.cctvportal.platform.tenancy.TenantContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Makes every write of a partner's caller safe to send again: a POST, PUT, PATCH or DELETE carrying an
 * {@code Idempotency-Key} header claims the key for the caller's partner with a hash of the request (method, address,
 * body) before the resource runs, and the answer is kept with it. A repeat with the same key and request gets the
 * kept answer again (marked {@code Idempotent-Replayed: true}) and the write is not done twice; a repeat with another
 * request is refused (422); a repeat while the first is still being answered gets 409. An answer of 500 or more gives
 * the key back, so the write may be tried again. Uploads ({@link LargeBodyRoute}s) and callers without a partner are
 * not covered: the header is then ignored.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    @Inject
    Instance<IdempotencyKeys> keys;

    @Inject
    Instance<TenantContext> tenant;

    @Inject
    Instance<ObjectMapper> json;

    @Inject
    Instance<LargeBodyRoute> largeRoutes;

    @ServerRequestFilter
    @WithFormRead
    public Response claim(ResteasyReactiveContainerRequestContext context) throws IOException {
        String key = context.getHeaderString(HEADER);
        if (key == null || !WRITES.contains(context.getMethod()) || isUpload(context)) {
            return null;
        }
        String partner = tenant.get().partnerId();
        if (partner == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new RefusedInputException(400, HEADER, "The Idempotency-Key header must be 1 to 255 visible"
                    + " ASCII characters (a UUID, for example)");
        }
        String path = context.getUriInfo().getRequestUri().getRawPath();
        String hash = IdempotentRequest.hash(context.getMethod(), context.getUriInfo().getRequestUri(),
                body(context));
        IdempotencyKeys.Claim claim = keys.get().claim(partner, key, hash, context.getMethod(), path);
        if (claim.claimed()) {
            context.setProperty(CLAIMED, new String[] {partner, key});
            return null;
        }
        if (!claim.sameRequest()) {
            throw new RefusedInputException(422, HEADER, "This Idempotency-Key was already used with a different"
                    + " request; send a new key for a new request");
        }
        if (claim.inProgress()) {
            throw new RefusedInputException(409, HEADER, "A request with this Idempotency-Key is still being"
                    + " answered (or was cut short); send it again in a few seconds, or check whether it was done"
                    + " before sending it with a new key");
        }
        return replay(claim.answer());
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        try {
            if (response.getStatus() >= 500) {
                keys.get().release(claimed[0], claimed[1]);
                return;
            }
            byte[] body = bodyOf(response);
            keys.get().answer(claimed[0], claimed[1], new IdempotencyKeys.Answer(response.getStatus(),
                    response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString(HttpHeaders.LOCATION), body));
        } catch (RuntimeException | IOException e) {
            // The write is done and its answer goes to the client; a repeat is refused (409) until the key expires.
            LOG.warnf("The answer to Idempotency-Key %s could not be kept: %s", claimed[1], e.getMessage());
        }
    }

    /**
     * The body as it will be sent, fixed now (a page rendered once, JSON written once) so the repeat gets the same
     * bytes with the same content type; null for a file or a stream, whose status and location alone are kept.
     */
    private byte[] bodyOf(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] bytes;
        if (entity == null || entity instanceof InputStream || entity instanceof File || entity instanceof Path
                || entity instanceof StreamingOutput) {
            return null;
        } else if (entity instanceof TemplateInstance page) {
            bytes = page.render().getBytes(StandardCharsets.UTF_8);
            type = type == null ? MediaType.TEXT_HTML_TYPE.withCharset("UTF-8") : type;
        } else if (entity instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            type = type == null ? MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8") : type;
        } else if (entity instanceof byte[] raw) {
            bytes = raw;
        } else {
            // Only the API answers with an object, written as JSON (its type is chosen after the filters run).
            bytes = json.get().writeValueAsBytes(entity);
            type = MediaType.APPLICATION_JSON_TYPE;
        }
        response.setEntity(bytes, response.getEntityAnnotations(), type);
        if (type != null) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        return bytes;
    }

    private static Response replay(IdempotencyKeys.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null && answer.body().length > 0) {
            response.entity(answer.body()).header(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        return response.build();
    }

    /** The body to hash: the form's fields when a form was read, else the raw bytes (read, then put back). */
    private static Object body(ResteasyReactiveContainerRequestContext context) throws IOException {
        ResteasyReactiveRequestContext request = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        if (request.getFormData() != null) {
            return request.getFormData();
        }
        byte[] bytes = context.getEntityStream().readAllBytes();
        context.setEntityStream(new ByteArrayInputStream(bytes));
        return bytes;
    }

    private boolean isUpload(ContainerRequestContext context) {
        String path = context.getUriInfo().getRequestUri().getRawPath();
        for (LargeBodyRoute route : largeRoutes) {
            if (route.matches(context.getMethod(), path)) {
                return true;
            }
        }
        return false;
    }
}
