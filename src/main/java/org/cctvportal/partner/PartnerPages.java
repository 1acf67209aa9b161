package org.cctvportal.partner;

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
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The partnership's partner directory: the PCC office lists, inspects and admits partners, and its admins manage what
 * each partner is (name, kind, status, funding end) with a reason.
 */
@Path("/partners")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
public class PartnerPages {

    @Inject
    PartnerService partners;

    @Inject
    FormRedisplay forms;

    /** The form's values, its messages and the choices it offers. */
    public record FormView(PartnerForm form, FormErrors errors, PartnerKind[] kinds, PartnerStatus[] statuses) {
        static FormView of(PartnerForm form, FormErrors errors) {
            return new FormView(form, errors, PartnerKind.values(), PartnerStatus.values());
        }
    }

    /** The manage-partner page: the partner, the form, its messages and choices, and the changes made so far. */
    public record ManageView(Partner partner, GovernanceForm form, FormErrors errors, PartnerKind[] kinds,
            PartnerStatus[] statuses, List<AuditEvent> history, boolean saved) {
        static ManageView of(Partner partner, GovernanceForm form, FormErrors errors, List<AuditEvent> history,
                boolean saved) {
            return new ManageView(partner, form, errors, PartnerKind.values(), PartnerStatus.values(), history, saved);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Partner> partners, String admitted);

        static native TemplateInstance detail(Partner partner);

        static native TemplateInstance admit(FormView view);

        static native TemplateInstance manage(ManageView view);
    }

    @GET
    public TemplateInstance list(@QueryParam("admitted") String admitted) {
        return Templates.list(partners.directory(), admitted);
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance admitForm() {
        PartnerForm form = new PartnerForm();
        form.status = PartnerStatus.ONBOARDING.name();
        return Templates.admit(FormView.of(form, new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response admit(@BeanParam PartnerForm form) {
        forms.onInvalid(errors -> Templates.admit(FormView.of(form, errors)));
        Partner partner = partners.admit(form.parse());
        return Response.seeOther(URI.create(PartnerLinks.partners() + "?admitted=" + partner.id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id) {
        return Templates.detail(partners.inDirectory(id));
    }

    @GET
    @Path("{id}/manage")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance manageForm(@PathParam("id") String id, @QueryParam("saved") boolean saved) {
        Partner partner = partners.inDirectory(id);
        return Templates.manage(ManageView.of(partner, GovernanceForm.of(partner), new FormErrors(),
                partners.history(id), saved));
    }

    @POST
    @Path("{id}/manage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response manage(@PathParam("id") String id, @BeanParam GovernanceForm form) {
        forms.onInvalid(errors -> Templates.manage(ManageView.of(partners.inDirectory(id), form, errors,
                partners.history(id), false)));
        partners.govern(id, form.parse());
        return Response.seeOther(URI.create(PartnerLinks.managePartner(id) + "?saved=true")).build();
    }
}
