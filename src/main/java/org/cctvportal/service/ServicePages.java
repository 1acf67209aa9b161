package org.cctvportal.service;

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
import java.util.UUID;
import org.cctvportal.people.PeopleService;
import org.cctvportal.people.PersonRef;
import org.cctvportal.people.PersonForm;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.Links;

/**
 * The service operator's console: the partnerships with their counts, the form that opens one, and a partnership's
 * page (its timeline, its admins, suspend and reopen). For platform admins only.
 */
@Path("/platform/partnerships")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ServicePages {

    @Inject
    ServiceConsole console;

    @Inject
    FormRedisplay forms;

    public record ListView(List<ServiceConsole.Row> rows) {
    }

    public record OpenView(OpenForm form, FormErrors errors) {
    }

    /** A partnership's page, with the form whose input was refused (which one, and its messages) if any. */
    public record DetailView(ServiceConsole.Detail detail, String done, String who, String refusedForm,
            FormErrors errors, PersonForm invite, String reason) {

        public FormErrors inviteErrors() {
            return "invite".equals(refusedForm) ? errors : new FormErrors();
        }

        public FormErrors reasonErrors() {
            return "invite".equals(refusedForm) ? new FormErrors() : errors;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance open(OpenView view);

        static native TemplateInstance partnership(DetailView view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(new ListView(console.partnerships()));
    }

    @GET
    @Path("new")
    public TemplateInstance openForm() {
        return Templates.open(new OpenView(new OpenForm(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam OpenForm form) {
        forms.onInvalid(errors -> Templates.open(new OpenView(form, errors)));
        ServiceConsole.Opened opened = console.open(form);
        return done(opened.partnershipId(), outcome(opened.invited()), form.email);
    }

    @GET
    @Path("{id}")
    public TemplateInstance partnership(@PathParam("id") String id, @QueryParam("done") String done,
            @QueryParam("who") String who) {
        return page(id, done, who, null, new FormErrors(), new PersonForm(), null);
    }

    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("id") String id, @BeanParam ReasonForm form) {
        forms.onInvalid(errors -> page(id, null, null, "suspend", errors, new PersonForm(), form.reason));
        console.suspend(id, form);
        return done(id, "suspended", null);
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") String id, @BeanParam ReasonForm form) {
        forms.onInvalid(errors -> page(id, null, null, "reopen", errors, new PersonForm(), form.reason));
        console.reopen(id, form);
        return done(id, "reopened", null);
    }

    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") String id, @BeanParam PersonForm form) {
        forms.onInvalid(errors -> page(id, null, null, "invite", errors, form, null));
        PeopleService.Invited invited = console.invite(id, form);
        return done(id, outcome(invited), form.email);
    }

    @POST
    @Path("{id}/admins/{person}/deactivate")
    public Response deactivate(@PathParam("id") String id, @PathParam("person") UUID person) {
        PersonRef done = console.deactivate(id, person);
        return done(id, "deactivated", done.email());
    }

    @POST
    @Path("{id}/admins/{person}/reactivate")
    public Response reactivate(@PathParam("id") String id, @PathParam("person") UUID person) {
        PersonRef done = console.reactivate(id, person);
        return done(id, "reactivated", done.email());
    }

    @POST
    @Path("{id}/admins/{person}/resend")
    public Response resend(@PathParam("id") String id, @PathParam("person") UUID person) {
        PeopleService.Invited invited = console.resend(id, person);
        return done(id, outcome(invited), PersonRef.of(invited.person()).email());
    }

    private TemplateInstance page(String id, String done, String who, String refusedForm, FormErrors errors,
            PersonForm invite, String reason) {
        return Templates.partnership(new DetailView(console.partnership(id), done, who, refusedForm, errors, invite,
                reason));
    }

    /** What an invitation's banner says: sent, adopted, not sent, or waiting for the sign-in service. */
    static String outcome(PeopleService.Invited invited) {
        if (invited == null) {
            return "pending";
        }
        return invited.adopted() ? "adopted" : invited.mailSent() ? "invited" : "not-sent";
    }

    private static Response done(String id, String what, String who) {
        return Response.seeOther(URI.create(ServiceLinks.partnership(id) + "?done=" + what
                + (who == null ? "" : "&who=" + Links.encode(who)))).build();
    }
}
