package org.cctvportal.estate;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/** The partner's sites: list, each site with its cameras and recorders, and the forms that add and change them. */
@Path("/sites")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SitePages {

    @Inject
    SiteService siteService;

    @Inject
    RecorderService recorderService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateChanges estateChanges;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    /** A site with what is installed there and its change history. */
    public record DetailView(Site site, List<Camera> cameras, List<Recorder> recorders, AuditService.History history,
            boolean canEdit, boolean saved) {
        /** The page's address up to the history's page number, for the history's pager. */
        public String historyLink() {
            return EstateLinks.site(site.id) + "?history=";
        }
    }

    /** The site form: what was typed, its messages and the kinds of site. */
    public record FormView(Long id, Integer version, Map<String, String> values, FormErrors errors,
            List<Choice> kinds) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }

        public boolean sensitive() {
            return "yes".equalsIgnoreCase(value("sensitive")) || "on".equalsIgnoreCase(value("sensitive"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Site> sites, boolean canEdit);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance form(FormView view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(siteService.sites(), user.hasRole(Roles.PARTNER_MANAGER));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance createForm() {
        return Templates.form(formView(null, null, Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response create(MultivaluedMap<String, String> form) {
        forms.onInvalid(errors -> Templates.form(formView(null, null, FormValues.echo(form), errors)));
        Site site = siteService.createSite(FormValues.toRaw(form, SiteRules.FIELDS, Set.of()));
        return Response.seeOther(URI.create(EstateLinks.site(site.id) + "?saved=true")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") boolean saved,
            @QueryParam("history") String historyPage) {
        Site site = siteService.site(id);
        return Templates.detail(new DetailView(site, cameraService.camerasAt(site), recorderService.recordersAt(site),
                estateChanges.historyShown("site", id, historyPage), user.hasRole(Roles.PARTNER_MANAGER), saved));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Site site = siteService.site(id);
        return Templates.form(formView(site.id, site.version, SiteRules.values(site), new FormErrors()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Integer version = FormValues.version(form);
        forms.onInvalid(errors -> Templates.form(formView(id, version, FormValues.echo(form), errors)))
                .onConflict(errors -> {
                    Site current = siteService.site(id);
                    return Templates.form(formView(id, current.version, SiteRules.values(current), errors));
                });
        siteService.updateSite(id, FormValues.toRaw(form, SiteRules.FIELDS, Set.of()), version);
        return Response.seeOther(URI.create(EstateLinks.site(id) + "?saved=true")).build();
    }

    private static FormView formView(Long id, Integer version, Map<String, String> values, FormErrors errors) {
        return new FormView(id, version, values, errors, EstateChoices.of(SiteKind.class));
    }
}
