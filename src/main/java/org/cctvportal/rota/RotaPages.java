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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.InvalidInputException;
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
    RotaWeeks weeks;

    @Inject
    AssignmentService assignments;

    @Inject
    FormRedisplay forms;

    public record WeekView(HubRef hub, LocalDate monday, List<ShiftService.ShiftRow> shifts,
            WeekGrid.Grid grid, List<CoverageService.Gap> gaps, List<ProfileBreaks.Broken> broken,
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
        return Templates.week(weeks.view(hubId, weeks.monday(week), new FormErrors(), 0, Map.of(), saved));
    }

    @POST
    @Path("hubs/{id}/template")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response template(@PathParam("id") long hubId, @BeanParam TemplateForm form) {
        Map<String, String> fields = form.fields();
        LocalDate first = RotaInputs.date(fields.get("first"));
        forms.onInvalid(errors -> Templates.week(weeks.view(hubId, weeks.monday(first == null ? null
                : first.toString()), errors, 0, fields, null)));
        TemplateForm.Pattern pattern = form.pattern();
        int made = shiftService.applyTemplate(hubId, pattern.template(), pattern.first(), pattern.last(),
                pattern.role(), pattern.positions()).size();
        return Response.seeOther(URI.create(RotaLinks.rotaWeek(hubId, weeks.monday(first.toString()))
                + "&saved=template-" + made)).build();
    }

    @POST
    @Path("hubs/{id}/auto-fill")
    @RolesAllowed(SUPERVISOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoFill(@PathParam("id") long hubId, @RestForm String week) {
        LocalDate monday = RotaInputs.date(RotaInputs.value(week));
        if (monday == null) {
            shiftService.myHub(hubId);
            return Response.status(400).entity(Templates.week(weeks.view(hubId, weeks.monday(null),
                    new FormErrors().add("week", "Choose the week to fill"), 0, Map.of(), null))).build();
        }
        monday = weeks.monday(monday.toString());
        int filled = weeks.fill(hubId, monday);
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
        LocalDate monday = weeks.monday(shift.firstDay().toString());
        forms.onInvalid(errors -> Templates.week(weeks.view(shift.hubId, monday, errors, shiftId, Map.of(), null)));
        long operator = RotaInputs.number(RotaInputs.value(operatorId));
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
}
