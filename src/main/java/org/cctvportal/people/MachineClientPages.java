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
import org.cctvportal.platform.web.Links;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner's machine clients, in its people area: the list with each one's last use, a registration, a new secret
 * (each shown once, on the page that answers the form, never in an address), a revocation; and the partnership
 * admin's setting for footage roles.
 */
@Path("/people/machine-clients")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARTNER_MANAGER)
public class MachineClientPages {

    @Inject
    MachineClientService clients;

    @Inject
    MachineClientAccess access;

    @Inject
    FormRedisplay forms;

    public record ListView(Partner partner, List<MachineClient> clients, boolean footageAllowed, String done,
            String who) {
    }

    public record NewView(Partner partner, MachineClientForm form, List<PeoplePages.RoleChoice> roles,
            FormErrors errors) {
    }

    public record SecretView(MachineClient client, String secret, String tokenUrl, boolean rotated) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance create(NewView view);

        static native TemplateInstance secret(SecretView view);

        static native TemplateInstance footage(boolean allowed, boolean saved);
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done, @QueryParam("who") String who) {
        return Templates.list(new ListView(access.own(), clients.clients(), access.footageAllowed(), done, who));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return newView(new MachineClientForm(), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance create(@BeanParam MachineClientForm form) {
        forms.onInvalid(errors -> newView(form, errors));
        MachineClientService.WithSecret made = clients.register(form);
        return Templates.secret(new SecretView(made.client(), made.secret(), access.tokenUrl(), false));
    }

    @POST
    @Path("{id}/secret")
    public TemplateInstance rotate(@PathParam("id") UUID id) {
        MachineClientService.WithSecret rotated = clients.rotate(id);
        return Templates.secret(new SecretView(rotated.client(), rotated.secret(), access.tokenUrl(), true));
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") UUID id) {
        MachineClient client = clients.revoke(id);
        String done = client.keycloakToRemove ? "revoked-pending" : "revoked";
        return Response.seeOther(URI.create(PeopleLinks.machineClients() + "?done=" + done + "&who="
                + Links.encode(client.name))).build();
    }

    @GET
    @Path("footage")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance footage(@QueryParam("saved") boolean saved) {
        return Templates.footage(access.footageAllowed(), saved);
    }

    @POST
    @Path("footage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response allowFootage(@RestForm("allowed") String allowed) {
        access.allowFootage("yes".equals(allowed));
        return Response.seeOther(URI.create(PeopleLinks.machineClientFootage() + "?saved=true")).build();
    }

    private TemplateInstance newView(MachineClientForm form, FormErrors errors) {
        Partner partner = access.own();
        boolean footage = access.footageAllowed();
        List<PeoplePages.RoleChoice> roles = access.grantable(partner).stream()
                .filter(role -> footage || !MachineClientForm.FOOTAGE_ROLES.contains(role))
                .map(role -> new PeoplePages.RoleChoice(role, RoleGrants.label(role), form.roles.contains(role)))
                .toList();
        return Templates.create(new NewView(partner, form, roles, errors));
    }
}
