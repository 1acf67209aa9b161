package org.cctvportal.rota;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cctvportal.platform.web.ApiBodies;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A hub's shifts for its supervisors: a week read, shifts made one by one or from a pattern, operators put on and
 * taken off within the rota's rules, and a week filled automatically; the same services and messages as the pages.
 */
@Path("/api/v1/rota")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RotaPages.SUPERVISOR)
@Tag(name = "Rota")
public class ShiftApi {

    @Inject
    ShiftService shifts;

    @Inject
    RotaWeeks weeks;

    @Inject
    AssignmentService assignments;

    /** An operator on a shift. */
    public record OnShift(long id, String name) {
    }

    /** A shift: times in UTC, its label in London time; open is how many positions are still to fill. */
    public record ShiftJson(long id, long hubId, Instant startsAt, Instant endsAt, String label, String role,
            int positions, int open, List<OnShift> operators, int version) {
        static ShiftJson of(ShiftService.ShiftRow row) {
            RotaShift s = row.shift();
            return new ShiftJson(s.id, s.hubId, s.startsAt, s.endsAt, s.label(), s.role.name(), s.positions,
                    row.open(), row.operators().stream().map(o -> new OnShift(o.id, o.fullName)).toList(), s.version);
        }
    }

    /** A hub's week from Monday (London time). */
    public record WeekJson(long hubId, LocalDate monday, List<ShiftJson> shifts) {
    }

    public record Made(int shifts, List<ShiftJson> made) {
    }

    /** How many open positions an automatic fill took. */
    public record Filled(int filled, WeekJson week) {
    }

    @GET
    @Path("hubs/{id}/shifts")
    @Operation(summary = "A week of shifts at one of the caller's hubs",
            description = "The shifts starting in the week (London time) that holds the given day, this week by"
                    + " default, each with its operators and open positions")
    public WeekJson week(@PathParam("id") long hubId,
            @Parameter(description = "Any day of the week, as 2027-05-03") @QueryParam("week") String week) {
        shifts.myHub(hubId);
        if (week != null && !week.isBlank() && RotaInputs.date(week) == null) {
            throw new InvalidInputException(new FormErrors().add("week", "Enter the week as a date, such as 2027-05-03"));
        }
        return weekOf(hubId, weeks.monday(week));
    }

    @GET
    @Path("shifts/{id}")
    @Operation(summary = "One shift at one of the caller's hubs, with its operators")
    public ShiftJson shift(@PathParam("id") long id) {
        return json(id);
    }

    @POST
    @Path("hubs/{id}/shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make one shift at one of the caller's hubs",
            description = "A shift lasts at most 16 hours and has 1 to 200 positions; 400 names each field at fault")
    @RequestBody(content = @Content(schema = @Schema(implementation = ShiftInputs.ShiftInput.class)))
    public Response create(@PathParam("id") long hubId, JsonNode body) {
        shifts.myHub(hubId);
        FormErrors errors = new FormErrors();
        ShiftInputs.Fields f = ShiftInputs.fields(ApiBodies.of(body), errors);
        errors.throwIfAny();
        RotaShift made = shifts.addShift(hubId, f.startsAt(), f.endsAt(), f.role(), f.positions());
        return Response.created(URI.create("/api/v1/rota/shifts/" + made.id)).entity(json(made.id)).build();
    }

    @POST
    @Path("hubs/{id}/template")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lay a shift pattern over a run of days at one of the caller's hubs",
            description = "Makes the pattern's shift on every day from first to last (at most 62 days), leaving a"
                    + " shift already there as it is; positions are 1 to the hub's consoles")
    @RequestBody(content = @Content(schema = @Schema(implementation = ShiftInputs.PatternInput.class)))
    public Made template(@PathParam("id") long hubId, JsonNode body) {
        shifts.myHub(hubId);
        JsonNode in = ApiBodies.of(body);
        TemplateForm.Pattern p = new TemplateForm(ApiBodies.text(in, "template"), ApiBodies.text(in, "first"),
                ApiBodies.text(in, "last"), ApiBodies.text(in, "role"), ApiBodies.text(in, "positions")).pattern();
        List<RotaShift> made = shifts.applyTemplate(hubId, p.template(), p.first(), p.last(), p.role(),
                p.positions());
        return new Made(made.size(), made.stream().map(s -> json(s.id)).toList());
    }

    @POST
    @Path("hubs/{id}/auto-fill")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill a week's open positions at one of the caller's hubs within the rota's rules",
            description = "Operators trained for the hub are put on open positions only where no rule (licence,"
                    + " clearance, rest, weekly hours, overlap) is broken; answers how many it filled and the week")
    @RequestBody(content = @Content(schema = @Schema(implementation = ShiftInputs.WeekInput.class)))
    public Filled autoFill(@PathParam("id") long hubId, JsonNode body) {
        shifts.myHub(hubId);
        LocalDate day = RotaInputs.date(ApiBodies.text(ApiBodies.of(body), "week"));
        if (day == null) {
            throw new InvalidInputException(new FormErrors().add("week", "Choose the week to fill"));
        }
        LocalDate monday = weeks.monday(day.toString());
        int filled = weeks.fill(hubId, monday);
        return new Filled(filled, weekOf(hubId, monday));
    }

    @POST
    @Path("shifts/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an operator on a shift",
            description = "Refused with 400, naming the rule, when the operator's licence, clearance, rest, weekly"
                    + " hours or another shift forbids it, or the shift is full")
    @RequestBody(content = @Content(schema = @Schema(implementation = ShiftInputs.OperatorChoice.class)))
    public ShiftJson assign(@PathParam("id") long shiftId, JsonNode body) {
        assignments.assign(shiftId, operator(shiftId, body));
        return json(shiftId);
    }

    @POST
    @Path("shifts/{id}/unassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an operator off a shift")
    @RequestBody(content = @Content(schema = @Schema(implementation = ShiftInputs.OperatorChoice.class)))
    public ShiftJson unassign(@PathParam("id") long shiftId, JsonNode body) {
        assignments.unassign(shiftId, operator(shiftId, body));
        return json(shiftId);
    }

    private long operator(long shiftId, JsonNode body) {
        shifts.myHub(shifts.shift(shiftId).hubId);
        long operator = RotaInputs.number(ApiBodies.text(ApiBodies.of(body), "operatorId"));
        if (operator < 1) {
            throw new InvalidInputException(new FormErrors().add("operatorId", "Choose an operator"));
        }
        return operator;
    }

    private WeekJson weekOf(long hubId, LocalDate monday) {
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        return new WeekJson(hubId, monday, shifts.shifts(hubId, from, to).stream().map(ShiftJson::of).toList());
    }

    private ShiftJson json(long id) {
        return json(shifts, id);
    }

    /** A shift of the caller's hubs as the API shows it, with its operators. */
    static ShiftJson json(ShiftService shifts, long id) {
        RotaShift shift = shifts.shift(id);
        shifts.myHub(shift.hubId);
        return shifts.shifts(shift.hubId, shift.startsAt, shift.startsAt.plusNanos(1000)).stream()
                .filter(r -> r.shift().id.equals(shift.id)).findFirst().map(ShiftJson::of).orElseThrow();
    }

}
