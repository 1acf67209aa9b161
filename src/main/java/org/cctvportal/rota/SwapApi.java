package org.cctvportal.rota;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiBodies;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Swaps and open shifts: operators offer their place, take a colleague's offer, ask for an open position or withdraw;
 * a hub supervisor approves (every rule checked again) or declines. The same services and messages as the pages.
 */
@Path("/api/v1/rota")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rota")
public class SwapApi {

    static final String[] HUB_STAFF = { Roles.OPERATOR, RotaPages.SUPERVISOR };

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operators;

    @Inject
    SwapService swaps;

    @Inject
    SwapApprovalService approvals;

    @Inject
    CurrentUser user;

    /** A request: an offer of a giver's place (to anyone, or a named taker) or a taker's ask for an open position. */
    public record SwapJson(long id, long shiftId, String shift, String hub, String kind, String status,
            String giver, String taker, Instant requestedAt, Instant decidedAt, String decidedBy, String reason) {
        static SwapJson of(SwapService.SwapRow r) {
            RotaSwap w = r.swap();
            return new SwapJson(w.id, w.shiftId, r.shift().label(), r.hub(), w.kind.name(), w.status.name(),
                    r.giver(), r.taker(), w.requestedAt, w.decidedAt, w.decidedBy, w.reason);
        }
    }

    /** To whom an operator offers their place: a colleague's operator id, or none for anyone. */
    public record OfferInput(Long colleague) {
    }

    /** Why a supervisor declines (optional, at most 500 characters). */
    public record DeclineInput(String reason) {
    }

    @GET
    @Path("hubs/{id}/swaps")
    @RolesAllowed(RotaPages.SUPERVISOR)
    @Operation(summary = "The requests waiting at one of the caller's hubs",
            description = "Requests waiting for a supervisor first, then offers still waiting for a colleague, oldest"
                    + " first")
    public List<SwapJson> waiting(@PathParam("id") long hubId) {
        return approvals.waitingAt(hubId).stream().map(SwapJson::of).toList();
    }

    @POST
    @Path("swaps/{id}/approve")
    @RolesAllowed(RotaPages.SUPERVISOR)
    @Operation(summary = "Approve a waiting request; the rota changes only if every rule still holds",
            description = "The licence, clearance, rest, weekly hours and overlap rules are checked again against the"
                    + " rota as it is now; a broken one is a 400 naming it, and nothing changes")
    public SwapJson approve(@PathParam("id") long swapId) {
        approvals.swap(swapId);
        return one(approvals.approve(swapId, user.displayName()));
    }

    @POST
    @Path("swaps/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RotaPages.SUPERVISOR)
    @Operation(summary = "Decline a waiting request, with an optional reason the operator reads")
    @RequestBody(content = @Content(schema = @Schema(implementation = DeclineInput.class)))
    public SwapJson decline(@PathParam("id") long swapId, JsonNode body) {
        approvals.swap(swapId);
        return one(approvals.decline(swapId, user.displayName(), ApiBodies.textOrNull(body, "reason")));
    }

    @GET
    @Path("mine/swaps")
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "The caller's own requests and offers made to them, newest first; paged")
    public ApiPaging.Page<SwapJson> mine(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(swaps.of(operators.requireMe(), hubNames())).map(SwapJson::of);
    }

    @GET
    @Path("mine/offers")
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "Shifts colleagues offer to anyone at hubs the caller is trained for, still to come")
    public List<SwapJson> offers() {
        return swaps.offeredTo(operators.requireMe(), hubNames()).stream().map(SwapJson::of).toList();
    }

    @POST
    @Path("shifts/{id}/offer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "Offer the caller's place on a shift to a colleague, or to anyone",
            description = "A named colleague must meet every rule for the shift; the request then waits for a"
                    + " supervisor. Without one, any colleague trained for the hub may take it")
    @RequestBody(content = @Content(schema = @Schema(implementation = OfferInput.class)))
    public SwapJson offer(@PathParam("id") long shiftId, JsonNode body) {
        OperatorProfile me = operators.requireMe();
        String chosen = ApiBodies.text(body, "colleague");
        Long colleague = null;
        if (!chosen.isEmpty()) {
            try {
                colleague = Long.parseLong(chosen);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(new FormErrors().add("colleague", "Choose a colleague or anyone"));
            }
        }
        return one(swaps.offer(shiftId, me, colleague));
    }

    @POST
    @Path("shifts/{id}/ask")
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "Ask for an open position on a shift; it waits for a supervisor")
    public SwapJson ask(@PathParam("id") long shiftId) {
        return one(swaps.askForOpen(shiftId, operators.requireMe()));
    }

    @POST
    @Path("swaps/{id}/take")
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "Take a shift a colleague offered to anyone; it waits for a supervisor")
    public SwapJson take(@PathParam("id") long swapId) {
        return one(swaps.take(swapId, operators.requireMe()));
    }

    @POST
    @Path("swaps/{id}/withdraw")
    @RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
    @Operation(summary = "Withdraw one of the caller's own requests still waiting")
    public SwapJson withdraw(@PathParam("id") long swapId) {
        return one(swaps.withdraw(swapId, operators.requireMe()));
    }

    private SwapJson one(RotaSwap swap) {
        return SwapJson.of(swaps.rows(List.of(swap), hubNames()).get(0));
    }

    private Map<Long, String> hubNames() {
        Map<Long, String> names = new HashMap<>();
        for (HubRef hub : shiftService.myHubs()) {
            names.put(hub.id(), hub.name());
        }
        return names;
    }
}
