package org.cctvportal.rota;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An operator's own rota: their shifts for six weeks, offering one (to anyone or a named colleague), taking a
 * colleague's offer or an open position, their requests and where each stands, and their calendar feed's address.
 */
@Path("/rota")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.OPERATOR, RotaPages.SUPERVISOR })
public class RotaMinePages {

    static final Duration AHEAD = Duration.ofDays(42);

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    SwapService swaps;

    @Inject
    RotaFeeds feeds;

    @Inject
    FormRedisplay forms;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    public record MineView(OperatorProfile me, List<RotaShift> shifts, Map<Long, String> hubNames,
            List<OperatorProfile> colleagues, List<ShiftService.ShiftRow> open, List<SwapService.SwapRow> offers,
            List<SwapService.SwapRow> requests, String feedUrl, FormErrors errors, String failed, String saved) {

        public boolean failedOn(String kind, Long id) {
            return failed != null && failed.equals(kind + "-" + id);
        }

        public String message() {
            return errors.list().isEmpty() ? "" : errors.list().get(0).message();
        }

        /** Whether the row the failed form was on is on the page, to carry the message next to it. */
        public boolean failedShown() {
            return failed != null && (shifts.stream().anyMatch(s -> failedOn("shift", s.id))
                    || open.stream().anyMatch(r -> failedOn("open", r.shift().id))
                    || offers.stream().anyMatch(r -> failedOn("offer", r.swap().id))
                    || requests.stream().anyMatch(r -> failedOn("request", r.swap().id)));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(MineView view);
    }

    @GET
    @Path("mine")
    public TemplateInstance mine(@QueryParam("saved") String saved) {
        return Templates.mine(view(null, new FormErrors(), null, saved));
    }

    @POST
    @Path("shifts/{id}/offer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offer(@PathParam("id") long shiftId, @RestForm("colleague") String chosen) {
        return act("shift-" + shiftId, "offered", me -> {
            String colleague = value(chosen);
            Long to = null;
            if (!colleague.isEmpty() && !colleague.equals("anyone")) {
                try {
                    to = Long.parseLong(colleague);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(new FormErrors().add("colleague", "Choose a colleague or anyone"));
                }
            }
            swaps.offer(shiftId, me, to);
        });
    }

    @POST
    @Path("shifts/{id}/ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") long shiftId) {
        return act("open-" + shiftId, "asked", me -> swaps.askForOpen(shiftId, me));
    }

    @POST
    @Path("swaps/{id}/take")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(@PathParam("id") long swapId) {
        return act("offer-" + swapId, "taken", me -> swaps.take(swapId, me));
    }

    @POST
    @Path("swaps/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") long swapId) {
        return act("request-" + swapId, "withdrawn", me -> swaps.withdraw(swapId, me));
    }

    /** A new feed address, shown once on the page (the portal keeps only its hash). */
    @POST
    @Path("mine/feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueFeed() {
        forms.onInvalid(errors -> Templates.mine(view(null, errors, "feed", null)));
        String secret = feeds.issue(required());
        String url = uri.getBaseUriBuilder().path("rota/feed/" + secret + ".ics").build().toString();
        return Response.ok(Templates.mine(view(url, new FormErrors(), null, "feed-issued"))).build();
    }

    @POST
    @Path("mine/feed/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeFeed() {
        feeds.revoke(required());
        return Response.seeOther(URI.create(RotaLinks.myShifts() + "?saved=feed-revoked")).build();
    }

    interface Action {
        void run(OperatorProfile me);
    }

    private Response act(String failed, String saved, Action action) {
        forms.onInvalid(errors -> Templates.mine(view(null, errors, failed, null)));
        action.run(required());
        return Response.seeOther(URI.create(RotaLinks.myShifts() + "?saved=" + saved)).build();
    }

    private OperatorProfile required() {
        return operatorService.requireMe();
    }

    private MineView view(String feedUrl, FormErrors errors, String failed, String saved) {
        OperatorProfile me = operatorService.me().orElse(null);
        Map<Long, String> names = new HashMap<>();
        for (HubRef hub : shiftService.myHubs()) {
            names.put(hub.id(), hub.name());
        }
        if (me == null) {
            return new MineView(null, List.of(), names, List.of(), List.of(), List.of(), List.of(), null, errors,
                    failed, saved);
        }
        Instant now = clock.instant();
        List<ShiftService.ShiftRow> open = new ArrayList<>();
        for (Long hubId : me.trainedHubs) {
            if (names.containsKey(hubId)) {
                shiftService.shifts(hubId, now, now.plus(AHEAD)).stream().filter(r -> r.open() > 0
                        && r.operators().stream().noneMatch(o -> o.id.equals(me.id))).forEach(open::add);
            }
        }
        open.sort(java.util.Comparator.comparing(r -> r.shift().startsAt));
        List<OperatorProfile> colleagues = operatorService.operators().stream().filter(o -> !o.id.equals(me.id))
                .toList();
        return new MineView(me, shiftService.shiftsOf(me.id, now.minus(Duration.ofDays(1)), now.plus(AHEAD)), names,
                colleagues, open, swaps.offeredTo(me, names), swaps.of(me, names), feedUrl, errors, failed, saved);
    }

    private static String value(String value) {
        return value == null ? "" : value.trim();
    }
}
