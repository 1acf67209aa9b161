package org.cctvportal.platform.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.DatabaseFaults;
import org.cctvportal.platform.tenancy.NoPartnerException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The portal's one exception mapper: friendly pages for people, JSON for {@code /api}. "Not found" and "belongs to
 * another partner" are the same 404, so nothing tells one tenant what another holds.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    static final String DATABASE_LOST = "The portal lost its connection to the database before your change was"
            + " saved. Nothing was changed: try again in a moment";

    @Inject
    FormRedisplay forms;

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance forbidden(String reason);

        static native TemplateInstance serverError(String incident);

        static native TemplateInstance refused(String heading, String reason);

        static native TemplateInstance badInput(String title, String message);
    }

    /** The JSON body of every API error. */
    public record ApiError(int status, String message, Map<String, String> fieldErrors) {
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return respond(request, 404, "Not found", Templates.notFound());
    }

    @ServerExceptionMapper({ io.quarkus.security.ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class })
    public Response forbidden(RuntimeException e, HttpServerRequest request) {
        String reason = "Your role does not give access to this page.";
        return respond(request, 403, reason, Templates.forbidden(reason));
    }

    @ServerExceptionMapper
    public Response noPartner(NoPartnerException e, HttpServerRequest request) {
        return respond(request, 403, e.getMessage(), Templates.forbidden(e.getMessage() + "."));
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e, HttpServerRequest request) {
        return respond(request, 403, e.getMessage(), Templates.refused(e.title(), e.getMessage()));
    }

    /** Refused input: the form it came from again, with its messages, when the resource said how to show it. */
    @ServerExceptionMapper
    public Response unavailable(UnavailableException e, HttpServerRequest request) {
        LOG.warn(e.getMessage());
        return Response.fromResponse(respond(request, 503, e.reason(), Templates.refused(e.title(), e.reason())))
                .header("Retry-After", "60").build();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, HttpServerRequest request) {
        FormRedisplay.Shown shown;
        try {
            shown = isApi(request) ? null : forms.show(e);
        } catch (NotFoundException gone) {
            // The page the form belongs to is not there (or is another partner's): the same 404 as anywhere.
            return notFound(gone, request);
        }
        if (shown != null) {
            return Response.status(shown.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(shown.page()).build();
        }
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(e.status(), e.getMessage(), e.errors().asMap())).build();
    }

    /** Refused at the edge (a control character, a body too large): the same words for a page and the API. */
    @ServerExceptionMapper
    public Response refused(RefusedInputException e, HttpServerRequest request) {
        Response.ResponseBuilder response = Response.status(e.status());
        boolean unread = e.status() == 411 || e.status() == 413;
        if (unread) {
            // The body was not read: close the connection rather than wait for the rest of it.
            response.header("Connection", "close");
        }
        if (isApi(request)) {
            return response.type(MediaType.APPLICATION_JSON).entity(new ApiError(e.status(), e.getMessage(),
                    e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()))).build();
        }
        String title = unread ? "What was sent is too large" : "There is a problem with what was sent";
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.badInput(title, e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response refusedJson(ControlCharactersInJson.Refused e, HttpServerRequest request) {
        return refused(new RefusedInputException(400, e.field(),
                "The property " + ControlCharacters.message(e.field())), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST wraps what Jackson throws while reading a body in a 400; the control-character refusal inside
        // names its property.
        if (e.getCause() instanceof ControlCharactersInJson.Refused refused) {
            return refusedJson(refused, request);
        }
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return isApi(request) ? json(status, e.getMessage()) : e.getResponse();
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFaults.connectionLost(e)) {
            // The transaction died with its connection, so nothing of the request was kept; the pool replaces it.
            return unavailable(new UnavailableException("The database could not be reached", DATABASE_LOST,
                    e.getMessage()), request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s %s", incident, request.method(), request.path());
        return respond(request, 500, "Something went wrong (incident " + incident + ")",
                Templates.serverError(incident));
    }

    private static Response respond(HttpServerRequest request, int status, String message, TemplateInstance page) {
        if (isApi(request)) {
            return json(status, message);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status, message, Map.of())).build();
    }

    private static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }
}
