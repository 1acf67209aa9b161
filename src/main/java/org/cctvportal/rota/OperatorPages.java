package org.cctvportal.rota;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Operator profiles for the operator's managers and hub supervisors: the list, adding one for a person of the
 * partner, editing and ending one. A partner that runs no hub has no such pages (not found).
 */
@Path("/rota/operators")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ RotaPages.SUPERVISOR, Roles.PARTNER_MANAGER })
public class OperatorPages {

    @Inject
    OperatorService operatorService;

    @Inject
    OperatorProfileService profiles;

    @Inject
    RotaFeeds feeds;

    @Inject
    FormRedisplay forms;

    public record ListView(List<OperatorProfile> operators, Map<Long, String> hubNames, String saved) {
    }

    public record NewView(List<Choice> people, List<HubRef> hubs, Map<String, String> partners,
            OperatorProfileService.Form form, FormErrors errors) {

        public Map<String, LocalDate> since() {
            return Map.of();
        }
    }

    public record EditView(OperatorProfile operator, List<HubRef> hubs, Map<String, String> partners,
            OperatorProfileService.Form form, FormErrors errors, String saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance operators(ListView view);

        static native TemplateInstance edit(EditView view);

        static native TemplateInstance create(NewView view);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        Map<Long, String> names = new java.util.HashMap<>();
        profiles.myHubs().forEach(h -> names.put(h.id(), h.name()));
        return Templates.operators(new ListView(operatorService.operators(), names, saved));
    }

    @GET
    @Path("new")
    public TemplateInstance newProfile() {
        return Templates.create(newView(new OperatorProfileService.Form("", "", "", "", Set.of(), Set.of(), false,
                "0"), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam OperatorForm form) {
        OperatorProfileService.Form fields = form.fields();
        forms.onInvalid(errors -> Templates.create(newView(fields, errors)));
        profiles.create(fields);
        return Response.seeOther(URI.create(RotaLinks.rotaOperators() + "?saved=created")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("saved") String saved) {
        OperatorProfile operator = operator(id);
        return Templates.edit(view(operator, formOf(operator), new FormErrors(), saved));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @BeanParam OperatorForm form) {
        OperatorProfile operator = operator(id);
        OperatorProfileService.Form fields = form.fields();
        forms.onInvalid(errors -> Templates.edit(view(operator, fields, errors, null)));
        profiles.update(id, fields);
        return Response.seeOther(URI.create(RotaLinks.rotaOperators() + "?saved=" + id)).build();
    }

    /** Ends the operator's calendar feed: its address stops working at once (audited). */
    @POST
    @Path("{id}/feed/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeFeed(@PathParam("id") long id) {
        operator(id);
        feeds.revokeBySupervisor(id);
        return Response.seeOther(URI.create(RotaLinks.rotaOperator(id) + "?saved=feed-revoked")).build();
    }

    /** Makes the profile inactive (someone who has left: not rostered, no feed) or active again (audited). */
    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setActive(@PathParam("id") long id, @RestForm("active") String choice) {
        OperatorProfile operator = operator(id);
        String active = RotaInputs.value(choice);
        if (!active.equals("yes") && !active.equals("no")) {
            return Response.status(400).entity(Templates.edit(view(operator, formOf(operator),
                    new FormErrors().add("active", "Choose whether the profile is active"), null))).build();
        }
        feeds.setActive(id, active.equals("yes"));
        return Response.seeOther(URI.create(RotaLinks.rotaOperator(id) + "?saved=" + (active.equals("yes") ? "activated"
                : "deactivated"))).build();
    }

    private static OperatorProfileService.Form formOf(OperatorProfile operator) {
        Set<String> hubs = new TreeSet<>();
        operator.trainedHubs.forEach(h -> hubs.add(h.toString()));
        return new OperatorProfileService.Form("", operator.siaLicence, operator.siaExpires.toString(),
                Integer.toString(operator.contractedHours), hubs, operator.clearances.keySet(),
                operator.canSupervise, Integer.toString(operator.version));
    }

    private EditView view(OperatorProfile operator, OperatorProfileService.Form form, FormErrors errors, String saved) {
        return new EditView(operator, profiles.myHubs(), profiles.clearablePartners(), form, errors, saved);
    }

    private NewView newView(OperatorProfileService.Form form, FormErrors errors) {
        List<Choice> people = profiles.peopleWithoutProfile().stream()
                .map(p -> new Choice(p.id().toString(), p.name() + " (" + p.email() + ")")).toList();
        return new NewView(people, profiles.myHubs(), profiles.clearablePartners(), form, errors);
    }

    /** The profile, once the caller's partner is known to run hubs. */
    private OperatorProfile operator(long id) {
        profiles.myHubs();
        return operatorService.operator(id);
    }
}
