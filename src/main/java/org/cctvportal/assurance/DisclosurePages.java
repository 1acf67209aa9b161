package org.cctvportal.assurance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.platform.web.FormRedisplay;

/** The disclosure register (read from the evidence vault) and subject access requests on their clock. */
@Path("/assurance/disclosures")
@Produces(MediaType.TEXT_HTML)
public class DisclosurePages {

    static final String MANAGER = Roles.PARTNER_MANAGER;
    static final String OFFICER = Roles.EVIDENCE_OFFICER;
    static final int LIMIT = 500;

    @Inject
    DisclosureService disclosures;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    public record RegisterView(List<DisclosureService.Disclosure> disclosures, List<SubjectAccessRequest> requests,
            LocalDate today, boolean canEdit, Map<String, String> values, FormErrors errors, boolean overdueOnly) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public long overdue() {
            return requests.stream().filter(r -> r.overdueOn(today)).count();
        }
    }

    public record RequestView(SubjectAccessRequest request, LocalDate today, boolean canEdit, String form,
            Map<String, String> values, FormErrors errors) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public FormErrors errorsOf(String name) {
            return name.equals(form) ? errors : new FormErrors();
        }

        public String extensionHint() {
            return "At most two months past the due date, no later than "
                    + request.latestExtension().format(new LondonTime().getDate());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(RegisterView view);

        static native TemplateInstance request(RequestView view);
    }

    @GET
    @RolesAllowed({ MANAGER, OFFICER, Roles.AUDITOR })
    public TemplateInstance register(@QueryParam("requests") String requests) {
        RegisterView all = registerView(Map.of(), new FormErrors());
        if (!"overdue".equalsIgnoreCase(requests == null ? "" : requests.strip())) {
            return Templates.register(all);
        }
        return Templates.register(new RegisterView(all.disclosures(), all.requests().stream()
                .filter(r -> r.overdueOn(all.today())).toList(), all.today(), all.canEdit(), all.values(),
                all.errors(), true));
    }

    @POST
    @Path("sars")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER })
    public Response receive(@BeanParam AssuranceForms.RequestForm form) {
        forms.onInvalid(errors -> Templates.register(registerView(form.values(), errors)));
        SubjectAccessRequest sar = disclosures.receive(form);
        return Response.seeOther(URI.create(AssuranceLinks.request(sar.id))).build();
    }

    @GET
    @Path("sars/{id}")
    @RolesAllowed({ MANAGER, OFFICER, Roles.AUDITOR })
    public TemplateInstance request(@PathParam("id") long id) {
        return Templates.request(requestView(id, "", Map.of(), new FormErrors()));
    }

    @POST
    @Path("sars/{id}/extend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER })
    public Response extend(@PathParam("id") long id, @BeanParam AssuranceForms.ExtensionForm form) {
        forms.onInvalid(errors -> Templates.request(requestView(id, "extend", form.values(), errors)));
        disclosures.extend(id, form);
        return Response.seeOther(URI.create(AssuranceLinks.request(id))).build();
    }

    @POST
    @Path("sars/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER })
    public Response close(@PathParam("id") long id, @FormParam("outcome") String outcome) {
        forms.onInvalid(errors -> Templates.request(requestView(id, "close", Map.of(), errors)));
        disclosures.close(id, outcome);
        return Response.seeOther(URI.create(AssuranceLinks.request(id))).build();
    }

    private RegisterView registerView(Map<String, String> values, FormErrors errors) {
        return new RegisterView(disclosures.register(LIMIT), disclosures.requests(), disclosures.today(), canEdit(),
                values, errors, false);
    }

    private RequestView requestView(long id, String form, Map<String, String> values, FormErrors errors) {
        SubjectAccessRequest sar = disclosures.request(id);
        return new RequestView(sar, disclosures.today(), canEdit(), form, values, errors);
    }

    private boolean canEdit() {
        return user.hasRole(MANAGER) || user.hasRole(OFFICER);
    }
}
