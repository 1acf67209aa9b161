package org.cctvportal.specification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;

/** Any two versions of the specification side by side, for every signed-in role of the partnership. */
@Path("/specification/diff")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SpecificationDiffPages {

    @Inject
    SpecificationService specification;

    /** Two versions side by side; diff is null until both are chosen. */
    public record DiffView(List<Choice> versions, String from, String to, SpecificationDiff diff,
            FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diff(DiffView view);
    }

    @GET
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Choice> versions = specification.versions().stream()
                .map(v -> new Choice(v.id.toString(), v.title() + " (" + v.status.label() + ")")).toList();
        if (blank(from) && blank(to)) {
            return Response.ok(Templates.diff(new DiffView(versions, "", "", null, new FormErrors()))).build();
        }
        FormErrors errors = new FormErrors();
        Long fromId = id(from, "from", "Select the version to compare from", errors);
        Long toId = id(to, "to", "Select the version to compare with", errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.diff(new DiffView(versions, strip(from), strip(to), null,
                    errors))).build();
        }
        return Response.ok(Templates.diff(new DiffView(versions, from.strip(), to.strip(),
                specification.diff(fromId, toId), errors))).build();
    }

    private static Long id(String value, String field, String message, FormErrors errors) {
        try {
            return Long.valueOf(strip(value));
        } catch (NumberFormatException e) {
            errors.add(field, message);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
