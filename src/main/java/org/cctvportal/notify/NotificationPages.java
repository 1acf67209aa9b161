package org.cctvportal.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The bell: the signed-in person's notifications, newest first, each leading to its page, marked read one by one or
 * all at once; the header's count, refreshed by HTMX; and how the person gets each kind by e-mail.
 */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NotificationPages {

    @Inject
    Notifications notifications;

    @Inject
    FormRedisplay forms;

    /** The list, how many are unread, and whether the portal keeps a record of the person. */
    public record ListView(List<Notification> notifications, long unread, boolean known) {
    }

    /** One kind's row on the choices page. */
    public record Choice(NotificationKind kind, Delivery chosen) {
    }

    public record ChoicesView(List<Choice> choices, List<Delivery> deliveries, boolean saved, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance preferences(ChoicesView view);

        static native TemplateInstance badge(long unread);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListView(notifications.mine(), notifications.unread(),
                notifications.me().isPresent()));
    }

    /** The header's link text with the unread count, for HTMX to swap in. */
    @GET
    @Path("badge")
    public TemplateInstance badge() {
        return Templates.badge(notifications.unread());
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id) {
        notifications.markRead(id);
        return Response.seeOther(URI.create(NotifyLinks.notifications())).build();
    }

    @POST
    @Path("read")
    public Response readAll() {
        notifications.markAllRead();
        return Response.seeOther(URI.create(NotifyLinks.notifications())).build();
    }

    @GET
    @Path("preferences")
    public TemplateInstance preferences(@jakarta.ws.rs.QueryParam("saved") boolean saved) {
        return Templates.preferences(view(notifications.choices(), saved, new FormErrors()));
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? null : list.get(0)));
        forms.onInvalid(errors -> {
            Map<NotificationKind, Delivery> shown = notifications.choices();
            values.forEach((key, value) -> {
                try {
                    shown.put(NotificationKind.valueOf(key), Delivery.valueOf(value));
                } catch (IllegalArgumentException | NullPointerException e) {
                    // Not a kind or not a choice: shown as it was.
                }
            });
            return Templates.preferences(view(shown, false, errors));
        });
        notifications.choose(values);
        return Response.seeOther(URI.create(NotifyLinks.preferences() + "?saved=true")).build();
    }

    private static ChoicesView view(Map<NotificationKind, Delivery> choices, boolean saved, FormErrors errors) {
        return new ChoicesView(choices.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList(),
                List.of(Delivery.values()), saved, errors);
    }
}
