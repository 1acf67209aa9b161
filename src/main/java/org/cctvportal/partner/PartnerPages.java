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

    @Inject
    PartnerPhases phases;

    /** The form's values, its messages and the choices it offers. */
    public record FormView(PartnerForm form, FormErrors errors, PartnerKind[] kinds, PartnerStatus[] statuses) {
        static FormView of(PartnerForm form, FormErrors errors) {
            return new FormView(form, errors, PartnerKind.values(),
                    PartnerForm.ADMITTED_AS.toArray(PartnerStatus[]::new));
        }
    }

    /**
     * The manage-partner page: the partner, what it is (the governance form, its phase shown, not chosen), the phase
     * form with the phases it may move to, the messages of whichever form was sent, the timeline and the changes.
     */
    public record ManageView(Partner partner, GovernanceForm form, PhaseForm phaseForm, FormErrors errors,
            PartnerKind[] kinds, PartnerStatus[] statuses, List<PartnerStatus> next,
            List<PartnerPhases.PhaseChange> timeline, List<AuditEvent> history, boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Partner> partners, String admitted);

        static native TemplateInstance detail(Partner partner, List<PartnerPhases.PhaseChange> timeline);

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
        return Templates.detail(partners.inDirectory(id), phases.timeline(id));
    }

    @GET
    @Path("{id}/manage")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public TemplateInstance manageForm(@PathParam("id") String id, @QueryParam("saved") boolean saved) {
        Partner partner = partners.inDirectory(id);
        return manage(partner, GovernanceForm.of(partner), PhaseForm.today(phases.today()), new FormErrors(), saved);
    }

    @POST
    @Path("{id}/manage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response manage(@PathParam("id") String id, @BeanParam GovernanceForm form) {
        forms.onInvalid(errors -> manage(partners.inDirectory(id), form, PhaseForm.today(phases.today()), errors,
                false));
        partners.govern(id, form.parse());
        return Response.seeOther(URI.create(PartnerLinks.managePartner(id) + "?saved=true")).build();
    }

    @POST
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response changePhase(@PathParam("id") String id, @BeanParam PhaseForm form) {
        forms.onInvalid(errors -> {
            Partner partner = partners.inDirectory(id);
            return manage(partner, GovernanceForm.of(partner), form, errors, false);
        });
        phases.change(id, form);
        return Response.seeOther(URI.create(PartnerLinks.managePartner(id) + "?saved=true")).build();
    }

    private TemplateInstance manage(Partner partner, GovernanceForm form, PhaseForm phaseForm, FormErrors errors,
            boolean saved) {
        return Templates.manage(new ManageView(partner, form, phaseForm, errors, PartnerKind.values(),
                new PartnerStatus[0], phases.next(partner), phases.timeline(partner.id), partners.history(partner.id),
                saved));
    }
}
