package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * The operator's manager moves a partner's bookings from one of its hubs to another from a chosen day, from the hub
 * administration area; after the move the browser is sent on to its result, which lists every booking moved with its
 * new reference (so a reload shows the result again rather than posting the form twice).
 */
@Path("/hubs/moves")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HubMovePages {

    @Inject
    HubMoves moves;

    @Inject
    HubAdministration administration;

    @Inject
    FormRedisplay forms;

    @Inject
    HubMoveOutcome outcome;

    /** The move form: the partners and hubs to choose from, what was typed and what was wrong with it. */
    public record FormView(List<Choice> partners, List<Choice> hubs, Map<String, String> values, FormErrors errors) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance moved(HubMoves.Result result);
    }

    @GET
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance form() {
        return Templates.form(view(Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response move(MultivaluedMap<String, String> form) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator moves bookings between its hubs");
        }
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> Templates.form(view(values, errors)));
        FormErrors errors = new FormErrors();
        LocalDate from = FormFields.date("from", "date the bookings move from", true, values.get("from-day"),
                values.get("from-month"), values.get("from-year"), errors);
        Long source = FormFields.id(values.get("source"), "source", "Select the hub the partner is served by now",
                errors);
        Long target = FormFields.id(values.get("target"), "target", "Select the hub the bookings move to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HubMoves.Result result = moves.move(new HubMoves.Move(values.get("partner"), source, target, from));
        return Response.seeOther(URI.create(HubMoveOutcome.link(result))).build();
    }

    @GET
    @Path("done")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance moved(@QueryParam("partner") String partner, @QueryParam("source") String source,
            @QueryParam("target") String target, @QueryParam("from") String from,
            @QueryParam("moved") String moved) {
        return Templates.moved(outcome.read(partner, source, target, from, moved));
    }

    private FormView view(Map<String, String> values, FormErrors errors) {
        if (!administration.runsHubs()) {
            throw new NotFoundException("Only a monitoring operator moves bookings between its hubs");
        }
        List<Choice> partners = moves.movablePartners().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        List<Choice> hubs = moves.operatedHubs().stream().map(h -> new Choice(h.id.toString(), h.name)).toList();
        return new FormView(partners, hubs, values, errors);
    }
}
