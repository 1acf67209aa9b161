package org.cctvportal.people;

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
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * A partner's people: the list, an invitation, a change of roles, deactivation and reactivation, and the invitation
 * e-mail sent again. Partner managers manage their own partner's people; partnership admins any partner's of the
 * partnership, chosen on the page.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
public class PeoplePages {

    @Inject
    PeopleService people;

    @Inject
    PeopleAccess access;

    @Inject
    FormRedisplay forms;

    /** One person in the list, and whether the caller may change them. */
    public record Row(Person person, boolean manageable) {
    }

    /** The list: whose people, who else could be chosen, the people, and what was just done. */
    public record ListView(Partner partner, List<Partner> choosable, List<Row> rows, String done, String who) {
    }

    /** A role offered on a form, and whether it is chosen. */
    public record RoleChoice(String role, String label, boolean checked) {
    }

    public record InviteView(Partner partner, PersonForm form, List<RoleChoice> roles, FormErrors errors,
            String unavailable) {
    }

    public record RolesView(Person person, Partner partner, List<RoleChoice> roles, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance invite(InviteView view);

        static native TemplateInstance roles(RolesView view);
    }

    @GET
    public TemplateInstance list(@QueryParam("partner") String partnerId, @QueryParam("done") String done,
            @QueryParam("who") String who) {
        Partner partner = access.partner(partnerId);
        List<Row> rows = people.people(partner).stream()
                .map(person -> new Row(person, access.mayManage(partner, person))).toList();
        return Templates.list(new ListView(partner, access.choosable(), rows, done, who));
    }

    @GET
    @Path("invite")
    public TemplateInstance inviteForm(@QueryParam("partner") String partnerId) {
        Partner partner = access.partner(partnerId);
        PersonForm form = new PersonForm();
        form.partner = partner.id;
        return inviteView(partner, form, new FormErrors(), null);
    }

    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@BeanParam PersonForm form) {
        Partner partner = access.partner(form.partner);
        forms.onInvalid(errors -> inviteView(partner, form, errors, null));
        try {
            PeopleService.Invited invited = people.invite(partner, form);
            return done(partner, outcome(invited), invited.person().email);
        } catch (PeopleUnavailable e) {
            return Response.status(503).entity(inviteView(partner, form, new FormErrors(), e.reason())).build();
        }
    }

    @GET
    @Path("{id}/roles")
    public TemplateInstance rolesForm(@PathParam("id") UUID id) {
        Person person = access.manageable(id);
        return rolesView(person, person.roles(), new FormErrors());
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(@PathParam("id") UUID id, @BeanParam PersonForm form) {
        forms.onInvalid(errors -> rolesView(access.manageable(id), form.roles, errors));
        Person person = people.changeRoles(id, form);
        return done(access.partner(person.partnerId), "roles", person.email);
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@PathParam("id") UUID id) {
        Person person = people.deactivate(id);
        return done(access.partner(person.partnerId), "deactivated", person.email);
    }

    @POST
    @Path("{id}/reactivate")
    public Response reactivate(@PathParam("id") UUID id) {
        Person person = people.reactivate(id);
        return done(access.partner(person.partnerId), "reactivated", person.email);
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@PathParam("id") UUID id) {
        PeopleService.Invited invited = people.resend(id);
        return done(access.partner(invited.person().partnerId), outcome(invited), invited.person().email);
    }

    private TemplateInstance inviteView(Partner partner, PersonForm form, FormErrors errors, String unavailable) {
        return Templates.invite(new InviteView(partner, form, choices(partner, form.roles), errors, unavailable));
    }

    private TemplateInstance rolesView(Person person, List<String> chosen, FormErrors errors) {
        Partner partner = access.partner(person.partnerId);
        return Templates.roles(new RolesView(person, partner, choices(partner, chosen), errors));
    }

    private List<RoleChoice> choices(Partner partner, List<String> chosen) {
        return access.grantable(partner).stream()
                .map(role -> new RoleChoice(role, RoleGrants.label(role), chosen.contains(role))).toList();
    }

    /** What an invitation's banner says: sent, not sent (the mail server was away), or an account adopted. */
    static String outcome(PeopleService.Invited invited) {
        return invited.adopted() ? "adopted" : invited.mailSent() ? "invited" : "not-sent";
    }

    private static Response done(Partner partner, String what, String who) {
        return Response.seeOther(URI.create(PeopleLinks.people(partner.id) + "&done=" + what + "&who="
                + org.cctvportal.platform.web.Links.encode(who))).build();
    }
}
