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

    /** A partner as the API shows it. */
    public record PartnerJson(String id, String partnershipId, String name, PartnerKind kind, PartnerStatus status,
            String icoRegistration, String dpContactName, String dpContactEmail, LocalDate fundingEndDate) {
        static PartnerJson of(Partner p) {
            return new PartnerJson(p.id, p.partnershipId, p.name, p.kind, p.status, p.icoRegistration,
                    p.dpContactName, p.dpContactEmail, p.fundingEndDate);
        }
    }

    /** A partner's profile as sent to the API; {@code fundingEndDate} is an ISO date (YYYY-MM-DD). */
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
            if (fundingEndDate != null && !fundingEndDate.isBlank()) {
                String[] parts = fundingEndDate.trim().split("-", -1);
                form.fundingEndYear = parts[0];
                form.fundingEndMonth = parts.length == 3 ? parts[1] : null;
                form.fundingEndDay = parts.length == 3 ? parts[2] : null;
            }
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
    @RolesAllowed({ "partnership-admin", "pcc-analyst" })
    @Operation(summary = "The partners of the caller's partnership")
    public List<PartnerJson> list() {
        return partners.directory().stream().map(PartnerJson::of).toList();
    }

    @GET
    @Path("partners/{id}")
    @RolesAllowed({ "partnership-admin", "pcc-analyst" })
    @Operation(summary = "One partner of the caller's partnership (404 for any other)")
    public PartnerJson get(@PathParam("id") String id) {
        return PartnerJson.of(partners.inDirectory(id));
    }

    @POST
    @Path("partners")
    @RolesAllowed("partnership-admin")
    @Operation(summary = "Admit a partner to the caller's partnership")
    public Response admit(PartnerInput input) {
        Partner partner = partners.admit(input == null ? new PartnerForm() : input.toForm());
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
    @RolesAllowed({ "partner-manager", "partnership-admin" })
    @Operation(summary = "Update the caller's own partner profile")
    public PartnerJson updateProfile(PartnerInput input) {
        return PartnerJson.of(partners.updateOwn(input == null ? new PartnerForm() : input.toForm()));
    }
}
