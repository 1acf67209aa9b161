package org.cctvportal.estate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The partnership's reference data: manufacturers with the other names they go by, and operating systems with the
 * date their security updates end. Every signed-in role reads it; only the partnership admin changes it.
 */
@Path("/reference")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReferencePages {

    static final String ADMIN = Roles.PARTNERSHIP_ADMIN;

    @Inject
    ReferenceService reference;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    FormRedisplay forms;

    /** A maker and its other names (its own name left out). */
    public record MakerRow(Manufacturer maker, List<String> aliases) {
    }

    /** The manufacturers page, with what was typed into its forms and their messages. */
    public record MakersView(List<MakerRow> makers, List<Choice> choices, boolean canEdit, Map<String, String> values,
            FormErrors errors, String saved) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** The operating systems page: today decides which are past their end of support. */
    public record SystemsView(List<OperatingSystem> systems, LocalDate today, boolean canEdit,
            Map<String, String> values, FormErrors errors, String saved) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** The form that changes one operating system. */
    public record SystemFormView(Long id, Map<String, String> values, FormErrors errors) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manufacturers(MakersView view);

        static native TemplateInstance operatingSystems(SystemsView view);

        static native TemplateInstance operatingSystemForm(SystemFormView view);
    }

    @GET
    @Path("manufacturers")
    public TemplateInstance manufacturers(@QueryParam("saved") String saved) {
        return Templates.manufacturers(makersView(Map.of(), new FormErrors(), saved));
    }

    @POST
    @Path("manufacturers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response addManufacturer(@BeanParam ReferenceForms.ManufacturerForm form) {
        forms.onInvalid(errors -> Templates.manufacturers(makersView(form.echo(), errors, null)));
        reference.addManufacturer(form.name());
        return seeOther(EstateLinks.manufacturers() + "?saved=manufacturer");
    }

    @POST
    @Path("manufacturers/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response addAlias(@BeanParam ReferenceForms.AliasForm form) {
        forms.onInvalid(errors -> Templates.manufacturers(makersView(form.echo(), errors, null)));
        reference.addAlias(form.manufacturerId(), form.alias());
        return seeOther(EstateLinks.manufacturers() + "?saved=alias");
    }

    @GET
    @Path("operating-systems")
    public TemplateInstance operatingSystems(@QueryParam("saved") String saved) {
        return Templates.operatingSystems(systemsView(Map.of(), new FormErrors(), saved));
    }

    @POST
    @Path("operating-systems")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response addOperatingSystem(@BeanParam ReferenceForms.OperatingSystemForm form) {
        forms.onInvalid(errors -> Templates.operatingSystems(systemsView(form.echo(), errors, null)));
        reference.addOperatingSystem(form.name(), form.endOfSupport());
        return seeOther(EstateLinks.operatingSystems() + "?saved=added");
    }

    @GET
    @Path("operating-systems/{id}/edit")
    @RolesAllowed(ADMIN)
    public TemplateInstance editOperatingSystem(@PathParam("id") long id) {
        OperatingSystem os = reference.operatingSystem(id);
        Map<String, String> values = new java.util.HashMap<>(Map.of("name", os.name));
        if (os.endOfSupport != null) {
            values.put("endOfSupport-day", Integer.toString(os.endOfSupport.getDayOfMonth()));
            values.put("endOfSupport-month", Integer.toString(os.endOfSupport.getMonthValue()));
            values.put("endOfSupport-year", Integer.toString(os.endOfSupport.getYear()));
        }
        return Templates.operatingSystemForm(new SystemFormView(id, values, new FormErrors()));
    }

    @POST
    @Path("operating-systems/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ADMIN)
    public Response updateOperatingSystem(@PathParam("id") long id,
            @BeanParam ReferenceForms.OperatingSystemForm form) {
        forms.onInvalid(errors -> Templates.operatingSystemForm(new SystemFormView(id, form.echo(), errors)));
        reference.updateOperatingSystem(id, form.name(), form.endOfSupport());
        return seeOther(EstateLinks.operatingSystems() + "?saved=changed");
    }

    private MakersView makersView(Map<String, String> values, FormErrors errors, String saved) {
        List<Manufacturer> makers = reference.manufacturers();
        Map<Long, List<String>> aliases = reference.aliases().stream()
                .filter(a -> !Names.key(a.alias).equals(Names.key(a.manufacturer.name)))
                .collect(Collectors.groupingBy(a -> a.manufacturer.id,
                        Collectors.mapping(a -> a.alias, Collectors.toList())));
        List<MakerRow> rows = makers.stream().map(m -> new MakerRow(m, aliases.getOrDefault(m.id, List.of())))
                .toList();
        List<Choice> choices = makers.stream().map(m -> new Choice(m.id.toString(), m.name)).toList();
        return new MakersView(rows, choices, user.hasRole(ADMIN), values, errors, saved);
    }

    private SystemsView systemsView(Map<String, String> values, FormErrors errors, String saved) {
        return new SystemsView(reference.operatingSystems(), LocalDate.now(clock), user.hasRole(ADMIN), values,
                errors, saved);
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
