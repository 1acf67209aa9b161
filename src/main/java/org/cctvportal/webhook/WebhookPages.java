package org.cctvportal.webhook;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/** The partner manager's webhook pages: the list, a new subscription, and one with its delivery history. */
@Path("/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARTNER_MANAGER)
public class WebhookPages {

    static final int HISTORY_PAGE = 25;

    @Inject
    WebhookService webhooks;

    @Inject
    FormRedisplay forms;

    /** A kind of event as a checkbox. */
    public record Choice(String value, String label, boolean checked) {
    }

    public record ListView(List<WebhookSubscription> subscriptions) {
    }

    public record NewView(String url, String description, List<Choice> events, FormErrors errors) {
    }

    public record DetailView(WebhookSubscription subscription, WebhookService.History history, String secret,
            String saved) {

        public boolean hasNext() {
            return (long) history.page() * history.size() < history.total();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance create(NewView view);

        static native TemplateInstance detail(DetailView view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListView(webhooks.subscriptions()));
    }

    @GET
    @Path("new")
    public TemplateInstance newSubscription() {
        return Templates.create(new NewView("", "", choices(List.of()), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance create(@RestForm("url") String url, @RestForm("description") String description,
            @RestForm("events") List<String> events) {
        forms.onInvalid(errors -> Templates.create(new NewView(url, description, choices(events), errors)));
        WebhookService.WithSecret made = webhooks.create(new WebhookService.Command(url, description, events));
        return detail(made.subscription().id, 1, made.secret(), "created");
    }

    @GET
    @Path("{id}")
    public TemplateInstance subscription(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        return detail(id, Math.max(1, ApiPaging.lenient(page, 1)), null, saved);
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance rotate(@PathParam("id") long id) {
        return detail(id, 1, webhooks.rotate(id).secret(), "rotated");
    }

    @POST
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@PathParam("id") long id) {
        webhooks.pause(id);
        return Response.seeOther(URI.create(WebhookLinks.subscription(id) + "?saved=paused")).build();
    }

    @POST
    @Path("{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@PathParam("id") long id) {
        webhooks.resume(id);
        return Response.seeOther(URI.create(WebhookLinks.subscription(id) + "?saved=resumed")).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.seeOther(URI.create(WebhookLinks.subscriptions())).build();
    }

    private TemplateInstance detail(long id, int page, String secret, String saved) {
        return Templates.detail(new DetailView(webhooks.subscription(id), webhooks.history(id, page, HISTORY_PAGE),
                secret, saved));
    }

    private static List<Choice> choices(List<String> chosen) {
        List<String> picked = chosen == null ? List.of() : chosen;
        return Arrays.stream(WebhookEvent.values())
                .map(e -> new Choice(e.wireName(), e.label(), picked.contains(e.wireName()))).toList();
    }
}
