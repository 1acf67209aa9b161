package org.cctvportal.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.partner.Partnerships;
import org.cctvportal.people.PeopleService;
import org.cctvportal.people.PersonForm;
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service operator's console as an API: the same platform admins, the same checks and outcomes. */
@Path("/api/v1/platform/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Platform")
public class ServiceApi {

    @Inject
    ServiceConsole console;

    /** A partnership in the list: counts only. */
    public record PartnershipJson(String id, String name, String region, String status, String pccOffice,
            long partners, long people, long cameras) {
        static PartnershipJson of(ServiceConsole.Row r) {
            return new PartnershipJson(r.partnership().id, r.partnership().name, r.partnership().region,
                    r.partnership().status, r.office(), r.partners(), r.people(), r.cameras());
        }
    }

    /** A partnership admin as the console shows them. */
    public record AdminJson(UUID id, String email, String firstName, String lastName, String state,
            boolean invitationSent) {
        static AdminJson of(PersonRef p) {
            return new AdminJson(p.id(), p.email(), p.firstName(), p.lastName(), p.state().name(),
                    p.invitationSent());
        }
    }

    public record ChangeJson(String action, String summary, String reason, String changedBy, Instant changedAt) {
        static ChangeJson of(Partnerships.Change c) {
            return new ChangeJson(c.action(), c.summary(), c.reason(), c.changedBy(), c.changedAt());
        }
    }

    public record DetailJson(String id, String name, String region, String status, String pccOfficeId,
            String pccOffice, List<AdminJson> admins, List<ChangeJson> timeline) {
        static DetailJson of(ServiceConsole.Detail d) {
            return new DetailJson(d.partnership().id, d.partnership().name, d.partnership().region,
                    d.partnership().status, d.office().id, d.office().name,
                    d.admins().stream().map(AdminJson::of).toList(),
                    d.timeline().stream().map(ChangeJson::of).toList());
        }
    }

    public record OpenInput(String name, String region, String officeName, String firstName, String lastName,
            String email) {
    }

    public record ReasonInput(String reason) {
    }

    public record AdminInput(String firstName, String lastName, String email) {
    }

    /** The typed body keeps Jackson's checks (a control character in any text is a 400 naming the property). */
    private static ReasonForm reason(ReasonInput body) {
        ReasonForm form = new ReasonForm();
        form.reason = body == null ? null : body.reason();
        return form;
    }

    @GET
    @Operation(summary = "Every partnership on the service, with its status and counts of partners, people and"
            + " cameras (never a record)")
    public ApiPaging.Page<PartnershipJson> list(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(console.partnerships()).map(PartnershipJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a partnership with its PCC office (live from now) and invite its first partnership"
            + " admin; Keycloak away leaves the admin pending, finished with POST .../admins/{person}/invitation")
    @RequestBody(content = @Content(schema = @Schema(implementation = OpenInput.class)))
    public Response open(OpenInput body) {
        OpenForm form = new OpenForm();
        if (body != null) {
            form.name = body.name();
            form.region = body.region();
            form.officeName = body.officeName();
            form.firstName = body.firstName();
            form.lastName = body.lastName();
            form.email = body.email();
        }
        ServiceConsole.Opened opened = console.open(form);
        return Response.created(URI.create("/api/v1/platform/partnerships/" + opened.partnershipId()))
                .entity(DetailJson.of(console.partnership(opened.partnershipId()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A partnership: its PCC office, its partnership admins and its timeline")
    public DetailJson get(@PathParam("id") String id) {
        return DetailJson.of(console.partnership(id));
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend the partnership, with a reason: its people read but change nothing")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonInput.class)))
    public DetailJson suspend(@PathParam("id") String id, ReasonInput body) {
        console.suspend(id, reason(body));
        return get(id);
    }

    @POST
    @Path("{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a suspended partnership, with a reason")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonInput.class)))
    public DetailJson reopen(@PathParam("id") String id, ReasonInput body) {
        console.reopen(id, reason(body));
        return get(id);
    }

    @POST
    @Path("{id}/admins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite another partnership admin to the partnership's PCC office")
    @RequestBody(content = @Content(schema = @Schema(implementation = AdminInput.class)))
    public DetailJson invite(@PathParam("id") String id, AdminInput body) {
        PersonForm form = new PersonForm();
        if (body != null) {
            form.firstName = body.firstName();
            form.lastName = body.lastName();
            form.email = body.email();
        }
        console.invite(id, form);
        return get(id);
    }

    @POST
    @Path("{id}/admins/{person}/deactivate")
    @Operation(summary = "Deactivate a partnership admin: their account is disabled and signed out")
    public AdminJson deactivate(@PathParam("id") String id, @PathParam("person") UUID person) {
        return AdminJson.of(console.deactivate(id, person));
    }

    @POST
    @Path("{id}/admins/{person}/reactivate")
    @Operation(summary = "Reactivate a deactivated partnership admin")
    public AdminJson reactivate(@PathParam("id") String id, @PathParam("person") UUID person) {
        return AdminJson.of(console.reactivate(id, person));
    }

    @POST
    @Path("{id}/admins/{person}/invitation")
    @Operation(summary = "Send a partnership admin's invitation again, or finish one Keycloak's absence interrupted")
    public AdminJson resend(@PathParam("id") String id, @PathParam("person") UUID person) {
        PeopleService.Invited invited = console.resend(id, person);
        return AdminJson.of(PersonRef.of(invited.person()));
    }
}
