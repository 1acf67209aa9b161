package org.cctvportal.assurance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CsvDownload;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * "Who watched whose cameras" for auditors: a partner's auditor sees every view, download and export of its footage;
 * the partnership admin sees the whole partnership's. Filters by date, action and partner; CSV export.
 */
@Path("/assurance/who-watched")
@RolesAllowed({ Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN })
public class WhoWatchedPages {

    static final int PAGE_LIMIT = 500;
    static final int EXPORT_LIMIT = 100_000;

    @Inject
    WhoWatched whoWatched;

    public record View(List<WhoWatched.Access> rows, boolean across, Map<String, String> values, FormErrors errors,
            List<Choice> actions, List<Choice> partners, int limit, String exportQuery) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("owner") String owner) {
        FormErrors errors = new FormErrors();
        WhoWatched.Filter filter = WhoWatched.Filter.read(from, to, action, actor, owner, errors);
        Map<String, String> values = new java.util.HashMap<>();
        put(values, "from", from);
        put(values, "to", to);
        put(values, "action", action);
        put(values, "actor", actor);
        put(values, "owner", owner);
        List<WhoWatched.Access> rows = errors.isEmpty() ? whoWatched.report(filter, PAGE_LIMIT) : List.of();
        List<Choice> actions = WhoWatched.ACTION_LABELS.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        List<Choice> partners = whoWatched.partnerNames().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        String query = "?from=" + enc(from) + "&to=" + enc(to) + "&action=" + enc(action) + "&actor=" + enc(actor)
                + "&owner=" + enc(owner);
        View view = new View(rows, whoWatched.acrossPartnership(), values, errors, actions, partners, PAGE_LIMIT,
                query);
        return Response.status(errors.isEmpty() ? 200 : 400).entity(Templates.report(view)).build();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("owner") String owner) {
        FormErrors errors = new FormErrors();
        WhoWatched.Filter filter = WhoWatched.Filter.read(from, to, action, actor, owner, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean across = whoWatched.acrossPartnership();
        return CsvDownload.download("who-watched.csv", List.of("occurred_at", "action", "user", "user_partner",
                "footage_owner", "evidence_item", "evidence_title", "detail"),
                whoWatched.report(filter, EXPORT_LIMIT).stream().map(a -> CsvDownload.row(a.at(), a.actionLabel(), a.actor(),
                        a.actorPartner(), a.owner(), a.itemId(), across ? null : a.item(), a.detail())).toList());
    }

    private static void put(Map<String, String> values, String key, String value) {
        values.put(key, value == null ? "" : value);
    }

    private static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
