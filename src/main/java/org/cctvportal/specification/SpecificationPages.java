package org.cctvportal.specification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cctvportal.estate.CameraType;
import org.cctvportal.estate.RecorderKind;
import org.cctvportal.estate.ReferenceDirectory;
import org.cctvportal.platform.jobs.JobView;
import org.cctvportal.platform.jobs.Jobs;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The partnership's specification: every signed-in role of the partnership reads every version and compares any two;
 * only the partnership admin starts a draft, changes its rules and ratifies it.
 */
@Path("/specification")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SpecificationPages {

    static final String ADMIN = Roles.PARTNERSHIP_ADMIN;

    @Inject
    SpecificationService specification;

    @Inject
    SpecificationEdits edits;

    @Inject
    ReferenceDirectory reference;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    @Inject
    RatificationWork work;

    @Inject
    Jobs jobs;

    /** The versions, newest first. */
    public record ListView(List<SpecificationVersion> versions, boolean canEdit, boolean hasDraft,
            FormErrors errors, String saved) {
    }

    /** One version with its rules; for a draft and the admin, the forms that change it. */
    public record VersionView(SpecificationRules rules, boolean canEdit, List<Choice> cameraTypes,
            List<Choice> systems, Map<String, String> values, FormErrors errors, String saved, JobView evaluation) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public SpecificationVersion version() {
            return rules.version();
        }

        public List<Choice> levels() {
            return Arrays.stream(FlaggedMaker.Level.values()).map(l -> new Choice(l.name(), l.label())).toList();
        }

        /** What an approved product may be: a camera of a type, or a recorder of a kind. */
        public List<Choice> productTypes() {
            List<Choice> all = new java.util.ArrayList<>(cameraTypes);
            Arrays.stream(RecorderKind.values()).map(k -> new Choice(k.name(), k.label())).forEach(all::add);
            return all;
        }

        public List<Choice> kinds() {
            return Arrays.stream(RequiredStandard.Kind.values()).map(k -> new Choice(k.name(), k.label())).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance version(VersionView view);

    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        return Templates.list(listView(new FormErrors(), saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response startDraft() {
        forms.onInvalid(errors -> Templates.list(listView(errors, null)));
        return seeOther(SpecificationLinks.specificationVersion(specification.startDraft().id) + "?saved=started");
    }

    @GET
    @Path("{id}")
    public TemplateInstance version(@PathParam("id") long id, @QueryParam("saved") String saved) {
        SpecificationVersion version = specification.version(id);
        Map<String, String> values = version.maxAssetAgeYears == null ? Map.of()
                : Map.of("maxAge", version.maxAssetAgeYears.toString());
        return Templates.version(versionView(id, values, new FormErrors(), saved));
    }

    @POST
    @Path("{id}/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response changeRules(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = echo(form);
        if ("remove".equals(values.get("action"))) {
            // A removal is confirmed, with a reason, on its own page first.
            return seeOther(SpecificationLinks.removeRule(id, values.getOrDefault("section", ""),
                    parseOrZero(values.get("rule"))));
        }
        forms.onInvalid(errors -> Templates.version(versionView(id, values, errors, null)));
        edits.apply(id, values);
        return seeOther(SpecificationLinks.specificationVersion(id) + "?saved=" + values.getOrDefault("action", "")
                + "#" + values.getOrDefault("action", ""));
    }

    private ListView listView(FormErrors errors, String saved) {
        return new ListView(specification.versions(), user.hasRole(ADMIN), specification.draft().isPresent(),
                errors, saved);
    }

    private VersionView versionView(long id, Map<String, String> values, FormErrors errors, String saved) {
        SpecificationVersion version = specification.version(id);
        List<Choice> types = Arrays.stream(CameraType.values()).map(t -> new Choice(t.name(), t.label())).toList();
        List<Choice> systems = reference.operatingSystems().stream().map(os -> new Choice(os.name(), os.name()))
                .toList();
        return new VersionView(specification.rules(version), version.isDraft() && user.hasRole(ADMIN), types,
                systems, values, errors, saved, work.of(id).map(jobs::view).orElse(null));
    }

    private static long parseOrZero(String value) {
        try {
            return Long.parseLong(strip(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> echo(MultivaluedMap<String, String> form) {
        Map<String, String> values = new java.util.HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
