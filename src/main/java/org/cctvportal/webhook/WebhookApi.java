package org.cctvportal.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partner's webhook subscriptions and their delivery history as JSON: the same role, tenancy and checks as the pages. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_MANAGER)
@Tag(name = "Webhooks")
public class WebhookApi {

    @Inject
    WebhookService webhooks;

    /** A subscription; {@code secret} only in the answer that made or replaced it. */
    public record SubscriptionJson(long id, String url, String description, List<String> events, String status,
            int consecutiveFailures, String createdBy, Instant createdAt, Instant secretRotatedAt, String secret) {
        static SubscriptionJson of(WebhookSubscription s, String secret) {
            return new SubscriptionJson(s.id, s.url, s.description,
                    s.eventKinds().stream().map(WebhookEvent::wireName).toList(), s.status, s.consecutiveFailures,
                    s.createdBy, s.createdAt, s.secretRotatedAt, secret);
        }
    }

    /** One delivery attempt: when, the receiver's status code or the error, and when it is tried again. */
    public record AttemptJson(String deliveryId, String event, Instant attemptedAt, Integer statusCode, String error,
            Instant nextRetryAt) {
        static AttemptJson of(WebhookAttempt a) {
            return new AttemptJson(a.deliveryId.toString(), a.eventKind, a.attemptedAt, a.statusCode, a.error,
                    a.nextRetryAt);
        }
    }

    /** A new subscription: an https address, an optional description and the kinds of event it takes. */
    public record SubscriptionInput(String url, String description, List<String> events) {
    }

    @GET
    @Operation(summary = "The partner's webhook subscriptions, newest first; paged")
    public ApiPaging.Page<SubscriptionJson> list(@BeanParam ApiPaging paging) {
        return paging.request().slice(webhooks.subscriptions()).map(s -> SubscriptionJson.of(s, null));
    }

    @POST
    @Operation(summary = "Subscribe an address to kinds of event; the answer holds the signing secret, shown only here")
    public Response create(SubscriptionInput input) {
        SubscriptionInput given = input == null ? new SubscriptionInput(null, null, null) : input;
        WebhookService.WithSecret made = webhooks.create(new WebhookService.Command(given.url(), given.description(),
                given.events()));
        return Response.created(URI.create("/api/v1/webhooks/" + made.subscription().id))
                .entity(SubscriptionJson.of(made.subscription(), made.secret())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook subscription, without its secret")
    public SubscriptionJson subscription(@PathParam("id") long id) {
        return SubscriptionJson.of(webhooks.subscription(id), null);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A subscription's delivery attempts, newest first; paged")
    public ApiPaging.Page<AttemptJson> deliveries(@PathParam("id") long id, @BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        WebhookService.History history = webhooks.history(id, page.page(), page.size());
        return new ApiPaging.Page<>(history.attempts().stream().map(AttemptJson::of).toList(), page.page(),
                page.size(), history.total());
    }

    @POST
    @Path("{id}/secret")
    @Operation(summary = "Replace the signing secret; the answer holds the new one, shown only here")
    public SubscriptionJson rotate(@PathParam("id") long id) {
        WebhookService.WithSecret rotated = webhooks.rotate(id);
        return SubscriptionJson.of(rotated.subscription(), rotated.secret());
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a subscription: nothing is sent to it, and events meanwhile are not kept for it")
    public SubscriptionJson pause(@PathParam("id") long id) {
        return SubscriptionJson.of(webhooks.pause(id), null);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused or failing subscription")
    public SubscriptionJson resume(@PathParam("id") long id) {
        return SubscriptionJson.of(webhooks.resume(id), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a subscription with its deliveries and history")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
