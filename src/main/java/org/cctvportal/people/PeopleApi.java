package org.cctvportal.people;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cctvportal.partner.Partner;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people pages' API: the same roles, partners and rules. Keycloak away answers 503, nothing half-done. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
@Tag(name = "People")
public class PeopleApi {

    @Inject
    PeopleService people;

    @Inject
    PeopleAccess access;

    /** A person as the API shows them. */
    public record PersonJson(UUID id, String partner, String email, String firstName, String lastName,
            List<String> roles, String state, boolean invitationSent, Instant invitedAt) {
        static PersonJson of(Person p) {
            return new PersonJson(p.id, p.partnerId, p.email, p.firstName, p.lastName, p.roles(), p.state.name(),
                    p.invitationSent, p.invitedAt);
        }
    }

    /** An invitation: {@code partner} defaults to the caller's own; roles are realm role names. */
    public record InviteInput(String partner, String email, String firstName, String lastName, List<String> roles) {
    }

    public record RolesInput(List<String> roles) {
    }

    @GET
    @Operation(summary = "The people of the caller's partner, or of a partner of the partnership for its admin; paged")
    public ApiPaging.Page<PersonJson> list(@QueryParam("partner") String partner, @BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(people.people(access.partner(partner))).map(PersonJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person the caller manages (404 for any other)")
    public PersonJson get(@PathParam("id") UUID id) {
        return PersonJson.of(access.person(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a person: a Keycloak account with the partner and roles given, and Keycloak's"
            + " \"set your password\" e-mail (invitationSent false when the mail server was away)")
    @RequestBody(content = @Content(schema = @Schema(implementation = InviteInput.class)))
    public Response invite(JsonNode body) {
        PersonForm form = PersonForm.of(body);
        Partner partner = access.partner(form.partner);
        PeopleService.Invited invited = people.invite(partner, form);
        return Response.created(URI.create("/api/v1/people/" + invited.person().id))
                .entity(PersonJson.of(invited.person())).build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a person's roles")
    @RequestBody(content = @Content(schema = @Schema(implementation = RolesInput.class)))
    public PersonJson changeRoles(@PathParam("id") UUID id, JsonNode body) {
        return PersonJson.of(people.changeRoles(id, PersonForm.of(body)));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Disable the person's account and end its sessions; their next request is refused")
    public PersonJson deactivate(@PathParam("id") UUID id) {
        return PersonJson.of(people.deactivate(id));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Enable a deactivated person's account again")
    public PersonJson reactivate(@PathParam("id") UUID id) {
        return PersonJson.of(people.reactivate(id));
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "Send the invitation e-mail again, or finish an invitation Keycloak's absence interrupted")
    public PersonJson resend(@PathParam("id") UUID id) {
        return PersonJson.of(people.resend(id).person());
    }
}
