package org.cctvportal.monitoring;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hub administration as JSON, with the same roles, rules and messages as the pages (the input is read by the same
 * form readers): open and change a hub, set a staffing plan, close a hub, propose, agree and end the partners a hub
 * serves, and move a partner's bookings from one hub to another.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Monitoring")
public class HubAdminApi {

    @Inject
    HubAdministration administration;

    @Inject
    StaffingPlans plans;

    @Inject
    HubServing serving;

    @Inject
    BookingService bookings;

    @Inject
    HubMoves moves;

    /** A hub to open or change: local times "HH:mm" (both or neither), opensOn an ISO date. */
    public record HubInput(String name, String address, Integer consoles, Integer camerasPerOperator,
            String openFrom, String openUntil, String openingNote, String opensOn, Integer version) {
    }

    /** A staffing plan: consoles for each day and night, Monday first, from an ISO date. */
    public record StaffingInput(String effectiveFrom, List<Integer> days, List<Integer> nights,
            Boolean acceptOverCapacity, String reason) {
    }

    /** When a hub closes and why; and why a hub stops serving a partner. */
    public record ClosureInput(String closesOn, String reason) {
    }

    /** The partner to propose. */
    public record ProposalInput(String partner) {
    }

    /** Whose bookings move, from which hub to which, from which ISO date. */
    public record MoveInput(String partner, Long sourceHub, Long targetHub, String from) {
    }

    /** Why the service ends. */
    public record EndInput(String reason) {
    }

    @POST
    @Path("hubs")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Open a hub of the caller's operator partner")
    public Response open(HubInput input) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator opens hubs");
        }
        Hub hub = administration.open(HubForm.read(HubApiInputs.values(input)));
        return Response.created(URI.create("/api/v1/hubs/" + hub.id)).entity(MonitoringApi.HubJson.of(hub)).build();
    }

    @PUT
    @Path("hubs/{id}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Change a hub the caller's partner operates (send the version read)")
    public MonitoringApi.HubJson update(@PathParam("id") long id, HubInput input) {
        administration.operated(id);
        int version = input == null || input.version() == null ? -1 : input.version();
        return MonitoringApi.HubJson.of(administration.update(id, HubForm.read(HubApiInputs.values(input)), version));
    }

    @POST
    @Path("hubs/{id}/staffing")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.HUB_SUPERVISOR })
    @Operation(summary = "Set the hub's staffing plan from a date; refused with the nights it leaves over capacity")
    public Map<String, Object> staff(@PathParam("id") long id, StaffingInput input) {
        Hub hub = administration.operated(id);
        List<LocalDate> nights = plans.change(hub.id, StaffingPlanForm.read(HubApiInputs.values(input), hub.consoles,
                bookings.today()));
        return Map.of("hubId", hub.id, "nightsOverCapacity", nights);
    }

    @POST
    @Path("hubs/{id}/closure")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Close the hub from a date, once no booking is left to watch from that day")
    public MonitoringApi.HubJson close(@PathParam("id") long id, ClosureInput input) {
        administration.operated(id);
        FormErrors errors = new FormErrors();
        LocalDate on = date(input == null ? null : input.closesOn(), "closesOn", errors);
        String reason = input == null || input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            errors.add("reason", "Enter why the hub closes: the partners it serves read it on their notice");
        }
        errors.throwIfAny();
        return MonitoringApi.HubJson.of(administration.close(id, on, reason));
    }

    @POST
    @Path("hubs/{id}/proposals")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Propose that the hub serve a partner; the partnership admin agrees")
    public Response propose(@PathParam("id") long id, ProposalInput input) {
        serving.propose(id, input == null ? null : input.partner());
        return Response.noContent().build();
    }

    @POST
    @Path("hubs/{id}/proposals/{partner}/agreement")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Agree that the hub serve the proposed partner, who may book there from now on")
    public Response agree(@PathParam("id") long id, @PathParam("partner") String partner) {
        serving.agree(id, partner);
        return Response.noContent().build();
    }

    @POST
    @Path("hubs/{id}/partners/{partner}/end")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Stop serving a partner: its bookings still to be watched there are cancelled")
    public Map<String, Object> end(@PathParam("id") long id, @PathParam("partner") String partner, EndInput input) {
        return Map.of("cancelledBookings", serving.end(id, partner, input == null ? null : input.reason()));
    }

    @POST
    @Path("hubs/moves")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Move a partner's bookings from one of the caller's hubs to another from a date, all or"
            + " nothing; the target must already serve the partner")
    public Map<String, Object> move(MoveInput input) {
        FormErrors errors = new FormErrors();
        LocalDate from = null;
        try {
            from = LocalDate.parse(input == null || input.from() == null ? "" : input.from().strip());
        } catch (DateTimeParseException e) {
            errors.add("from", "Enter the date the bookings move from as an ISO date, for example 2027-03-31");
        }
        errors.throwIfAny();
        HubMoves.Result result = moves.move(new HubMoves.Move(input.partner(), input.sourceHub(), input.targetHub(),
                from));
        return Map.of("partner", result.partnerId(), "sourceHub", result.source().id, "targetHub",
                result.target().id, "from", result.from().toString(), "moved", result.moved());
    }

    private static LocalDate date(String iso, String field, FormErrors errors) {
        try {
            return LocalDate.parse(iso == null ? "" : iso.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter the date the hub closes as an ISO date, for example 2027-03-31");
            return null;
        }
    }
}
