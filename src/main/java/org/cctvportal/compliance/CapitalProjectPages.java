package org.cctvportal.compliance;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Capital plan projects: the partner's named groups of replacements with their cost per financial year. Its manager
 * starts projects and adds and removes items; everyone else reads; the PCC office reads every partner's.
 */
@Path("/capital-plan/projects")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CapitalProjectPages {

    static final String MANAGER = Roles.PARTNER_MANAGER;

    @Inject
    CapitalProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    public record ListView(List<CapitalProjectReads.Summary> projects, boolean canCreate, boolean partnership) {
    }

    public record NewView(String name, FormErrors errors) {
    }

    public record ProjectView(CapitalProjectDetail project, List<CapitalProjectReads.Candidate> candidates,
            boolean canEdit, String asset, FormErrors errors, String saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance create(NewView view);

        static native TemplateInstance project(ProjectView view);
    }

    @GET
    public TemplateInstance list() {
        boolean partnership = CompliancePages.PCC.stream().anyMatch(user::hasRole);
        return Templates.list(new ListView(projects.projects(), user.hasRole(MANAGER), partnership));
    }

    @GET
    @Path("new")
    @RolesAllowed(MANAGER)
    public TemplateInstance newProject() {
        return Templates.create(new NewView("", new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response create(@RestForm("name") String name) {
        forms.onInvalid(errors -> Templates.create(new NewView(name, errors)));
        CapitalProject project = projects.create(name);
        return Response.seeOther(URI.create(ComplianceLinks.capitalProject(project.id) + "?saved=created")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance project(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return Templates.project(view(id, "", new FormErrors(), saved));
    }

    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response add(@PathParam("id") long id, @RestForm("asset") String asset) {
        forms.onInvalid(errors -> Templates.project(view(id, asset, errors, null)));
        projects.add(id, asset);
        return Response.seeOther(URI.create(ComplianceLinks.capitalProject(id) + "?saved=added")).build();
    }

    @POST
    @Path("{id}/items/{itemId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response remove(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        projects.remove(id, itemId);
        return Response.seeOther(URI.create(ComplianceLinks.capitalProject(id) + "?saved=removed")).build();
    }

    private ProjectView view(long id, String asset, FormErrors errors, String saved) {
        CapitalProjectDetail project = projects.project(id);
        boolean canEdit = project.own() && user.hasRole(MANAGER);
        return new ProjectView(project, canEdit ? projects.candidates() : List.of(), canEdit,
                asset == null ? "" : asset, errors, saved);
    }
}
