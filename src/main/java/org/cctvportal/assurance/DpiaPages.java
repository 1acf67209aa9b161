package org.cctvportal.assurance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.estate.CameraDirectory;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/** The partner's DPIA register: its manager adds and changes assessments; viewers and auditors read them. */
@Path("/assurance/dpias")
@Produces(MediaType.TEXT_HTML)
public class DpiaPages {

    static final String MANAGER = Roles.PARTNER_MANAGER;

    @Inject
    CameraDirectory directory;

    @Inject
    DpiaService register;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    public record ListView(List<DpiaService.Entry> entries, boolean canEdit, long overdue) {
    }

    public record FormView(Long id, Map<String, String> values, FormErrors errors, List<Choice> statuses,
            List<Choice> sites) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(FormView view);
    }

    @GET
    @RolesAllowed({ MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    public TemplateInstance list() {
        List<DpiaService.Entry> entries = register.own();
        return Templates.list(new ListView(entries, user.hasRole(MANAGER),
                entries.stream().filter(DpiaService.Entry::overdue).count()));
    }

    @GET
    @Path("new")
    @RolesAllowed(MANAGER)
    public TemplateInstance newDpia() {
        return Templates.form(view(null, Map.of("status", "DRAFT"), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response create(@BeanParam AssuranceForms.DpiaForm form) {
        return save(null, form);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(MANAGER)
    public TemplateInstance edit(@PathParam("id") long id) {
        DpiaService.Entry entry = register.one(id);
        Dpia d = entry.dpia();
        Map<String, String> values = new HashMap<>();
        values.put("reference", d.reference);
        values.put("title", d.title);
        values.put("owner", d.owner);
        values.put("notes", d.notes == null ? "" : d.notes);
        values.put("status", d.status.name());
        values.put("site", entry.site() == null ? "" : entry.site());
        values.put("cameras", String.join(", ", entry.cameras()));
        date(values, "approved", d.approvedOn);
        date(values, "review", d.reviewDue);
        return Templates.form(view(id, values, new FormErrors()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response update(@PathParam("id") long id, @BeanParam AssuranceForms.DpiaForm form) {
        return save(id, form);
    }

    private Response save(Long id, AssuranceForms.DpiaForm form) {
        forms.onInvalid(errors -> Templates.form(view(id, form.values(), errors)));
        register.save(id, form);
        return Response.seeOther(URI.create(AssuranceLinks.dpias())).build();
    }

    private FormView view(Long id, Map<String, String> values, FormErrors errors) {
        List<Choice> sites = directory.sites().stream().map(s -> new Choice(s.name(), s.name())).toList();
        List<Choice> statuses = Arrays.stream(Dpia.Status.values()).map(s -> new Choice(s.name(), s.label())).toList();
        return new FormView(id, values, errors, statuses, sites);
    }

    private static void date(Map<String, String> values, String name, LocalDate date) {
        if (date != null) {
            values.put(name + "-day", Integer.toString(date.getDayOfMonth()));
            values.put(name + "-month", Integer.toString(date.getMonthValue()));
            values.put(name + "-year", Integer.toString(date.getYear()));
        }
    }
}
