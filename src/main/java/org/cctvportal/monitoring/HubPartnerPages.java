package org.cctvportal.monitoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Who a hub serves: its operator's manager proposes a partner and may end a service; the partnership admin agrees
 * a proposal, and only then may the partner book there.
 */
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HubPartnerPages {

    static final String[] READERS = { Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN };

    @Inject
    HubService hubs;

    @Inject
    HubServing serving;

    @Inject
    HubAdministration administration;

    @Inject
    BookingsAhead ahead;

    @Inject
    BookingService bookings;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    /** A proposal with the partner's name as far as the caller may read it. */
    public record Proposed(String partnerId, String partnerName, HubServing.Proposal proposal) {
    }

    /** The hub's served partners and proposals; the operator may propose, the partnership admin agree. */
    public record PartnersView(Hub hub, Map<String, String> served, List<Proposed> proposed,
            Map<String, String> proposable, boolean operates, boolean agrees, FormErrors errors) {
    }

    /** Ending a service: the partner, its bookings still to be watched there, what was typed. */
    public record EndView(Hub hub, String partnerId, String partnerName, List<BookingsAhead.Ahead> left,
            String reason, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(PartnersView view);

        static native TemplateInstance end(EndView view);
    }

    @GET
    @Path("{id}/partners")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNERSHIP_ADMIN })
    public TemplateInstance partners(@PathParam("id") long id) {
        return Templates.partners(view(id, new FormErrors()));
    }

    @POST
    @Path("{id}/partners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response propose(@PathParam("id") long id, @RestForm String partner) {
        forms.onInvalid(errors -> Templates.partners(view(id, errors)));
        serving.propose(id, partner == null ? null : partner.strip());
        return Response.seeOther(URI.create(MonitoringLinks.hubPartners(id) + "?saved=proposed")).build();
    }

    @POST
    @Path("{id}/partners/{partner}/agree")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    public Response agree(@PathParam("id") long id, @PathParam("partner") String partner) {
        serving.agree(id, partner);
        return Response.seeOther(URI.create(MonitoringLinks.hubPartners(id) + "?saved=agreed")).build();
    }

    @GET
    @Path("{id}/partners/{partner}/end")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance confirmEnd(@PathParam("id") long id, @PathParam("partner") String partner) {
        return Templates.end(endView(id, partner, "", new FormErrors()));
    }

    @POST
    @Path("{id}/partners/{partner}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response end(@PathParam("id") long id, @PathParam("partner") String partner, @RestForm String reason) {
        forms.onInvalid(errors -> Templates.end(endView(id, partner, reason == null ? "" : reason, errors)));
        serving.end(id, partner, reason);
        return Response.seeOther(URI.create(MonitoringLinks.hubPartners(id) + "?saved=ended")).build();
    }

    private PartnersView view(long id, FormErrors errors) {
        Hub hub = hubs.hub(id);
        boolean operates = hubs.operates(hub) && user.hasRole(Roles.PARTNER_MANAGER);
        boolean agrees = user.hasRole(Roles.PARTNERSHIP_ADMIN);
        if (!operates && !agrees) {
            throw new jakarta.ws.rs.NotFoundException("No such hub");
        }
        Map<String, String> names = operates ? hubs.partnerNamesAsOperator() : hubs.servedPartnerNames(
                new java.util.TreeSet<>(serving.proposals(hub.id).stream().map(HubServing.Proposal::partnerId)
                        .toList()));
        List<Proposed> proposed = serving.proposals(hub.id).stream().map(p -> new Proposed(p.partnerId(),
                names.getOrDefault(p.partnerId(), p.partnerId()), p)).toList();
        return new PartnersView(hub, hubs.servedPartnerNames(hub), proposed,
                operates ? serving.proposable(hub) : Map.of(), operates, agrees, errors);
    }

    private EndView endView(long id, String partner, String reason, FormErrors errors) {
        Hub hub = administration.operated(id);
        if (!hub.serves(partner)) {
            throw new jakarta.ws.rs.NotFoundException("The hub does not serve this partner");
        }
        String name = hubs.partnerNamesAsOperator().getOrDefault(partner, partner);
        return new EndView(hub, partner, name, ahead.stillToWatch(hub.id, bookings.today()).stream()
                .filter(a -> a.partnerId().equals(partner)).toList(), reason, errors);
    }
}
