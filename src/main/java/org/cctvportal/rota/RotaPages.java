package org.cctvportal.rota;

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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The rota pages: the hub supervisor's week per hub (shifts, operators, open positions, nights, coverage gaps for the
 * next 14 days, templates, auto-fill, assign and unassign).
 */
@Path("/rota")
@Produces(MediaType.TEXT_HTML)
public class RotaPages {

    static final String SUPERVISOR = Roles.HUB_SUPERVISOR;

    @Inject
    ShiftService shiftService;

    @Inject
    WeekGrid weekGrid;

    @Inject
    AssignmentService assignments;

    @Inject
    CoverageService coverage;

    @Inject
    FormRedisplay forms;

    @Inject
    Clock clock;

    public record WeekView(HubRef hub, LocalDate monday, List<ShiftService.ShiftRow> shifts,
            WeekGrid.Grid grid, List<CoverageService.Gap> gaps,
            FormErrors errors, long failedShift, Map<String, String> form, String saved) {

        public LocalDate previous() {
            return monday.minusWeeks(1);
        }

        public LocalDate next() {
            return monday.plusWeeks(1);
        }

        public ShiftService.Template[] templates() {
            return ShiftService.Template.values();
        }

        public RotaShift.Role[] roles() {
            return RotaShift.Role.values();
        }

        public String field(String name) {
            return form.getOrDefault(name, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hubs(List<HubRef> hubs);

        static native TemplateInstance week(WeekView view);
    }

    @GET
    @RolesAllowed(SUPERVISOR)
    public TemplateInstance hubs() {
        return Templates.hubs(shiftService.myHubs());
    }

    @GET
    @Path("hubs/{id}")
    @RolesAllowed(SUPERVISOR)
    public TemplateInstance week(@PathParam("id") long hubId, @QueryParam("week") String week,
            @QueryParam("saved") String saved) {
        return Templates.week(view(hubId, monday(week, clock), new FormErrors(), 0, Map.of(), saved));
    }

    @POST
    @Path("hubs/{id}/template")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response template(@PathParam("id") long hubId, @BeanParam TemplateForm form) {
        Map<String, String> fields = form.fields();
        LocalDate first = date(fields.get("first"));
        forms.onInvalid(errors -> Templates.week(view(hubId,
                monday(first == null ? null : first.toString(), clock), errors,
                0, fields, null)));
        FormErrors errors = new FormErrors();
        ShiftService.Template template = choice(ShiftService.Template.class, fields.get("template"));
        RotaShift.Role role = choice(RotaShift.Role.class, fields.get("role"));
        if (template == null) {
            errors.add("template", "Choose a pattern");
        }
        if (role == null) {
            errors.add("role", "Choose a role");
        }
        LocalDate last = date(fields.get("last"));
        if (first == null) {
            errors.add("first", "Enter the first day as a date, for example 2027-03-01");
        }
        if (last == null) {
            errors.add("last", "Enter the last day as a date, for example 2027-03-07");
        }
        int positions = number(fields.get("positions"));
        if (positions < 1) {
            errors.add("positions", "Enter the positions as a whole number, 1 or more");
        }
        errors.throwIfAny();
        int made = shiftService.applyTemplate(hubId, template, first, last, role, positions).size();
        return Response.seeOther(URI.create(RotaLinks.rotaWeek(hubId, monday(first.toString(), clock))
                + "&saved=template-"
                + made)).build();
    }

    @POST
    @Path("hubs/{id}/auto-fill")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoFill(@PathParam("id") long hubId, @RestForm String week) {
        LocalDate monday = date(value(week));
        if (monday == null) {
            shiftService.myHub(hubId);
            return Response.status(400).entity(Templates.week(view(hubId, monday(null, clock),
                    new FormErrors().add("week", "Choose the week to fill"), 0, Map.of(), null))).build();
        }
        monday = monday(monday.toString(), clock);
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        int filled = assignments.autoFill(hubId, from, to);
        return Response.seeOther(URI.create(RotaLinks.rotaWeek(hubId, monday) + "&saved=filled-" + filled)).build();
    }

    @POST
    @Path("shifts/{id}/assign")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") long shiftId, @RestForm String operatorId) {
        return change(shiftId, operatorId, true);
    }

    @POST
    @Path("shifts/{id}/unassign")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@PathParam("id") long shiftId, @RestForm String operatorId) {
        return change(shiftId, operatorId, false);
    }

    private Response change(long shiftId, String operatorId, boolean assign) {
        RotaShift shift = shiftService.shift(shiftId);
        LocalDate monday = monday(shift.firstDay().toString(), clock);
        forms.onInvalid(errors -> Templates.week(view(shift.hubId, monday, errors, shiftId, Map.of(), null)));
        long operator = number(value(operatorId));
        if (operator < 1) {
            throw new InvalidInputException(new FormErrors().add("operatorId", "Choose an operator"));
        }
        if (assign) {
            assignments.assign(shiftId, operator);
        } else {
            assignments.unassign(shiftId, operator);
        }
        return Response.seeOther(URI.create(RotaLinks.rotaWeek(shift.hubId, monday) + "&saved="
                + (assign ? "assigned" : "unassigned"))).build();
    }

    private WeekView view(long hubId, LocalDate monday, FormErrors errors, long failedShift, Map<String, String> form,
            String saved) {
        HubRef hub = shiftService.myHub(hubId);
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        List<ShiftService.ShiftRow> shifts = shiftService.shifts(hubId, from, to);
        Instant now = clock.instant();
        return new WeekView(hub, monday, shifts, weekGrid.week(hubId, monday, shifts),
                coverage.gaps(hubId, now, now.plus(Duration.ofDays(14))), errors, failedShift, form, saved);
    }

    static LocalDate monday(String week, Clock clock) {
        LocalDate day = date(week);
        if (day == null) {
            day = LocalDate.now(clock.withZone(LondonTime.ZONE));
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String value(String value) {
        return value == null ? "" : value.trim();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
