package org.cctvportal.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cctvportal.estate.EstateLinks;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.Htmx;

/**
 * The caller's findings, filtered and paged (HTMX swaps the results), and one finding, where a partner manager
 * accepts its risk with a justification until a date.
 */
@Path("/findings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FindingPages {

    static final String MANAGER = Roles.PARTNER_MANAGER;

    @Inject
    FindingService findings;

    @Inject
    RiskAcceptanceService acceptances;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    /** The findings list with its filters. */
    public record ListView(FindingQuery query, FindingPage page, List<Choice> severities, List<Choice> rules,
            List<Choice> actions, List<Choice> statuses) {
        /** The partner filter's choices: the partnership's partners, for the PCC office's list across partners. */
        public List<Choice> partners() {
            return page.partners().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
        }

        /** Replacements on this page with no approved product to price them. */
        public long unpriced() {
            return page.findings().stream().filter(f -> f.estimatedCost == null && f.action.isReplacement()).count();
        }
    }

    /** One finding, with the acceptance form when the caller may use it. */
    public record DetailView(Finding finding, boolean canAccept, Map<String, String> values, FormErrors errors,
            boolean accepted, String today, String latest, boolean ownAsset) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        /** The asset's page, for the partner's own findings; the PCC office sees another partner's as text. */
        public String assetLink() {
            if (!ownAsset) {
                return null;
            }
            return finding.isCamera() ? EstateLinks.camera(finding.assetId) : EstateLinks.recorder(finding.assetId);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance list$results(ListView view);

        static native TemplateInstance detail(DetailView view);
    }

    @GET
    public Response list(@BeanParam FindingQuery query, @Context HttpHeaders headers) {
        // For the PCC office the list and the page are rendered in the read-only read of every partner's findings,
        // so the layout's own reads (the header's unread count) use its connection rather than one each; a partner's
        // reads, in no transaction, each take a connection from the pool (as a rule the one the thread had before,
        // the request's tenant already written on it).
        return findings.pageRead(() -> {
            ListView view = new ListView(query, findings.list(query), choices(Severity.values()),
                    Arrays.stream(FindingRule.values()).map(r -> new Choice(r.name(), r.label())).toList(),
                    Arrays.stream(RecommendedAction.values()).map(a -> new Choice(a.name(), a.label())).toList(),
                    List.of(new Choice("OPEN", "Open"), new Choice("ACCEPTED", "Risk accepted"),
                            new Choice("CLOSED", "Closed"), new Choice("ALL", "All, closed included")));
            if (Htmx.isPartial(headers)) {
                return Response.ok(Templates.list$results(view).render(), Htmx.HTML).header("Vary", "HX-Request")
                        .header("HX-Push-Url", query.url(ComplianceLinks.findings())).build();
            }
            return Response.ok(Templates.list(view).render(), Htmx.HTML).header("Vary", "HX-Request").build();
        });
    }

    @GET
    @Path("{id}")
    public TemplateInstance finding(@PathParam("id") long id, @QueryParam("accepted") boolean accepted) {
        return Templates.detail(detail(findings.finding(id), Map.of(), new FormErrors(), accepted));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(MANAGER)
    public Response accept(@PathParam("id") long id, @BeanParam AcceptanceForm form) {
        forms.onInvalid(errors -> Templates.detail(detail(findings.finding(id), form.echo(), errors, false)));
        acceptances.accept(id, form.reason(), form.until());
        return Response.seeOther(URI.create(ComplianceLinks.finding(id) + "?accepted=true")).build();
    }

    private DetailView detail(Finding finding, Map<String, String> values, FormErrors errors, boolean accepted) {
        var today = findings.today();
        return new DetailView(finding, user.hasRole(MANAGER) && finding.canBeAccepted(), values, errors, accepted,
                today.format(LondonTimeFormats.DATE),
                today.plusMonths(RiskAcceptanceService.MAX_ACCEPTANCE_MONTHS).format(LondonTimeFormats.DATE),
                finding.partnerId.equals(user.partnerId()));
    }

    private static List<Choice> choices(Severity[] severities) {
        return Arrays.stream(severities).map(s -> new Choice(s.name(), s.label())).toList();
    }
}
