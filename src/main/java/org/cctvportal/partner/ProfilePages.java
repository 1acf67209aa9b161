package org.cctvportal.partner;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * A partner's own profile: everyone at the partner reads it; its managers (and the PCC office's admins) edit its ICO
 * registration and data-protection contact. What the partner is (name, kind, status, funding end) is not edited here.
 */
@Path("/profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfilePages {

    @Inject
    PartnerService partners;

    @Inject
    FormRedisplay forms;

    /** The profile form: the partner as it is (for its name), the form's values and its messages. */
    public record EditView(Partner partner, ProfileForm form, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Partner partner, boolean saved);

        static native TemplateInstance edit(EditView view);
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") boolean saved) {
        return Templates.show(partners.own(), saved);
    }

    @GET
    @Path("edit")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
    public TemplateInstance editForm() {
        Partner partner = partners.own();
        return Templates.edit(new EditView(partner, ProfileForm.of(partner), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
    public Response save(@BeanParam ProfileForm form) {
        forms.onInvalid(errors -> Templates.edit(new EditView(partners.own(), form, errors)));
        partners.updateOwn(form.parse());
        return Response.seeOther(URI.create(PartnerLinks.profile() + "?saved=true")).build();
    }
}
