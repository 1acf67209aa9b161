package org.cctvportal.partner;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.cctvportal.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.cctvportal.platform.web.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partners and the caller's identity as JSON, with the same roles and tenancy as the pages. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerApi {

    @Inject
    PartnerService partners;

    @Inject
    CurrentUser user;

    @Inject
    PartnerPhases phases;

    /**
     * A change of phase: {@code phase} (PROPOSED, ONBOARDING, LIVE, SUSPENDED, WITHDRAWN), {@code effectiveDate} (ISO,
     * today or earlier; today when left out) and {@code reason}, required.
     */
    public record PhaseInput(String phase, String effectiveDate, String reason) {
        PhaseForm toForm(LocalDate today) {
            PhaseForm form = PhaseForm.today(today);
            form.phase = phase;
            if (effectiveDate != null) {
                String[] date = PartnerFields.isoParts(effectiveDate);
                form.effectiveDay = date[0];
                form.effectiveMonth = date[1];
                form.effectiveYear = date[2];
            }
            form.reason = reason;
            return form;
        }
    }

    /** A partner as the API shows it. */
    public record PartnerJson(String id, String partnershipId, String name, PartnerKind kind, PartnerStatus status,
            String icoRegistration, String dpContactName, String dpContactEmail, LocalDate fundingEndDate) {
        static PartnerJson of(Partner p) {
            return new PartnerJson(p.id, p.partnershipId, p.name, p.kind, p.status, p.icoRegistration,
                    p.dpContactName, p.dpContactEmail, p.fundingEndDate);
        }
    }

    /** A new partner as sent to the API; {@code fundingEndDate} is an ISO date (YYYY-MM-DD). */
    public record PartnerInput(String name, String kind, String status, String icoRegistration,
            String dpContactName, String dpContactEmail, String fundingEndDate) {
        PartnerForm toForm() {
            PartnerForm form = new PartnerForm();
            form.name = name;
            form.kind = kind;
            form.status = status;
            form.icoRegistration = icoRegistration;
            form.dpContactName = dpContactName;
            form.dpContactEmail = dpContactEmail;
            String[] date = PartnerFields.isoParts(fundingEndDate);
            form.fundingEndDay = date[0];
            form.fundingEndMonth = date[1];
            form.fundingEndYear = date[2];
            return form;
        }
    }

    /**
     * The own profile as sent to the API: only these three fields. A field left out stays as it is; null or blank
     * clears it. Any other field (name, kind, status, fundingEndDate above all) is refused with 400 naming it.
     */
    public record ProfileInput(String icoRegistration, String dpContactName, String dpContactEmail) {
    }

    /**
     * What a partner is, as the partnership admin changes it: a field left out stays as it is ({@code fundingEndDate}
     * "" removes the date); {@code reason} is required and kept in the audit trail.
     */
    public record GovernanceInput(String name, String kind, String status, String fundingEndDate, String reason) {
        GovernanceForm toForm(Partner current) {
            GovernanceForm form = GovernanceForm.of(current);
            form.name = name == null ? form.name : name;
            form.kind = kind == null ? form.kind : kind;
            form.status = status == null ? form.status : status;
            if (fundingEndDate != null) {
                String[] date = PartnerFields.isoParts(fundingEndDate);
                form.fundingEndDay = date[0];
                form.fundingEndMonth = date[1];
                form.fundingEndYear = date[2];
            }
            form.reason = reason;
            return form;
        }
    }

    /** Who the caller is, as the portal sees their token. */
    public record Me(String username, String partnerId, String partnershipId, List<String> roles) {
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "The caller: username, partner, partnership and roles")
    public Me me() {
        return new Me(user.username(), user.partnerId(), user.partnershipId(), List.copyOf(user.roles()));
    }

    @GET
    @Path("partners")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    @Operation(summary = "The partners of the caller's partnership")
    public List<PartnerJson> list() {
        return partners.directory().stream().map(PartnerJson::of).toList();
    }

    @GET
    @Path("partners/{id}")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    @Operation(summary = "One partner of the caller's partnership (404 for any other)")
    public PartnerJson get(@PathParam("id") String id) {
        return PartnerJson.of(partners.inDirectory(id));
    }

    @POST
    @Path("partners")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Admit a partner to the caller's partnership")
    public Response admit(PartnerInput input) {
        Partner partner = partners.admit((input == null ? new PartnerForm() : input.toForm()).parse());
        return Response.created(URI.create("/api/v1/partners/" + partner.id)).entity(PartnerJson.of(partner)).build();
    }

    @GET
    @Path("profile")
    @Authenticated
    @Operation(summary = "The caller's own partner")
    public PartnerJson profile() {
        return PartnerJson.of(partners.own());
    }

    @PUT
    @Path("profile")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
    @Operation(summary = "Update the caller's own partner profile (ICO registration and data-protection contact only)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProfileInput.class)))
    public PartnerJson updateProfile(JsonNode input) {
        return PartnerJson.of(partners.updateOwn(ProfileForm.of(input).parse()));
    }

    @PUT
    @Path("partners/{id}/governance")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Change what a partner of the caller's partnership is (name, kind, status, funding end),"
            + " with a reason")
    public PartnerJson govern(@PathParam("id") String id, GovernanceInput input) {
        GovernanceInput change = input == null ? new GovernanceInput(null, null, null, null, null) : input;
        partners.govern(id, change.toForm(partners.inDirectory(id)).parse());
        return PartnerJson.of(partners.inDirectory(id));
    }

    @GET
    @Path("partners/{id}/phases")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    @Operation(summary = "A partner's timeline of phases, oldest first, the first written at its admission")
    public List<PartnerPhases.PhaseChange> timeline(@PathParam("id") String id) {
        return phases.timeline(id);
    }

    @PUT
    @Path("partners/{id}/phase")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Move a partner of the caller's partnership to another phase, with a reason and the date it"
            + " takes effect (today or earlier)")
    public PartnerJson changePhase(@PathParam("id") String id, PhaseInput input) {
        PhaseInput change = input == null ? new PhaseInput(null, null, null) : input;
        phases.change(id, change.toForm(phases.today()));
        return PartnerJson.of(partners.inDirectory(id));
    }
}
