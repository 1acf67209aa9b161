package org.cctvportal.assurance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CsvDownload;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/** The code-of-practice self-assessment: the partner's own (its manager edits it) and the partnership's summary. */
@Path("/assurance/code-of-practice")
@Produces(MediaType.TEXT_HTML)
public class CodeOfPracticePages {


    @Inject
    CodeOfPracticeService codeOfPractice;

    @Inject
    CurrentUser user;

    @Inject
    FormRedisplay forms;

    public record OwnView(List<CodeOfPracticeService.Line> lines, boolean canEdit, Integer saved) {
    }

    public record EditView(Principle principle, Map<String, String> values, FormErrors errors, List<Choice> statuses) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    public record PartnershipView(List<CodeOfPracticeService.PartnerSummary> partners,
            Map<String, List<CodeOfPracticeService.PartnerLine>> lines) {
        public List<CodeOfPracticeService.PartnerLine> linesOf(String partnerId) {
            return lines.getOrDefault(partnerId, List.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance own(OwnView view);

        static native TemplateInstance edit(EditView view);

        static native TemplateInstance partnership(PartnershipView view);
    }

    @GET
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    public TemplateInstance own(@QueryParam("saved") Integer saved) {
        return Templates.own(new OwnView(codeOfPractice.own(), user.hasRole(Roles.PARTNER_MANAGER), saved));
    }

    @GET
    @Path("{principle}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance edit(@PathParam("principle") int number) {
        CodeOfPracticeService.Line line = codeOfPractice.own().stream().filter(l -> l.principle().number() == number)
                .findFirst().orElseThrow(NotFoundException::new);
        Map<String, String> values = new HashMap<>();
        values.put("status", line.status().name());
        values.put("evidence", line.evidence() == null ? "" : line.evidence());
        if (line.reviewDate() != null) {
            values.put("review-day", Integer.toString(line.reviewDate().getDayOfMonth()));
            values.put("review-month", Integer.toString(line.reviewDate().getMonthValue()));
            values.put("review-year", Integer.toString(line.reviewDate().getYear()));
        }
        return Templates.edit(new EditView(line.principle(), values, new FormErrors(), statuses()));
    }

    @POST
    @Path("{principle}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response assess(@PathParam("principle") int number, @BeanParam AssuranceForms.AssessmentForm form) {
        Principle principle = Principle.numbered(number).orElseThrow(NotFoundException::new);
        forms.onInvalid(errors -> Templates.edit(new EditView(principle, form.values(), errors, statuses())));
        codeOfPractice.assess(number, form);
        return Response.seeOther(URI.create(AssuranceLinks.codeOfPractice() + "?saved=" + number)).build();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.AUDITOR })
    public Response export() {
        return CsvDownload.download("code-of-practice.csv", List.of("principle", "title", "principle_text", "status",
                "evidence", "review_date"), codeOfPractice.own().stream().map(l -> CsvDownload.row(l.principle().number(),
                        l.principle().title(), l.principle().text(), l.status().label(), l.evidence(),
                        l.reviewDate())).toList());
    }

    @GET
    @Path("partnership")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    public TemplateInstance partnership() {
        return Templates.partnership(new PartnershipView(codeOfPractice.partnership(), codeOfPractice
                .partnershipLines().stream()
                .collect(Collectors.groupingBy(CodeOfPracticeService.PartnerLine::partnerId))));
    }

    @GET
    @Path("partnership/export")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
    public Response partnershipExport() {
        return CsvDownload.download("code-of-practice-partnership.csv", List.of("partner", "principle", "title", "status",
                "evidence", "review_date"), codeOfPractice.partnershipLines().stream().map(l -> CsvDownload.row(
                        l.partnerName(), l.principle().number(), l.principle().title(), l.status().label(),
                        l.evidence(), l.reviewDate())).toList());
    }

    private static List<Choice> statuses() {
        return Arrays.stream(CopStatus.values()).map(s -> new Choice(s.name(), s.label())).toList();
    }
}
