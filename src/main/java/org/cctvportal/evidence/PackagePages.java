package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidencePages.MANAGER;
import static org.cctvportal.evidence.EvidencePages.OFFICER;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * Disclosure packages: the partner's sent packages, the form that makes and sends one, one package with its
 * manifest, and its zip to download. The partner's managers and evidence officers only.
 */
@Path("/evidence/packages")
@Produces(MediaType.TEXT_HTML)
public class PackagePages {

    @Inject
    DisclosurePackages packages;

    @Inject
    PackageReads reads;

    @Inject
    FormRedisplay forms;

    @Inject
    PackageShares shares;

    @Inject
    org.cctvportal.platform.jobs.Jobs jobs;

    public record ListView(List<DisclosurePackage> packages) {
    }

    public record FormView(PackageReads.Choices choices, List<Choice> kinds, Map<String, String> values,
            Set<String> ticked, FormErrors errors) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public List<Choice> requests() {
            return choices.requests().stream().map(r -> new Choice(String.valueOf(r.id()), r.reference() + ", "
                    + r.requester() + " (due " + org.cctvportal.platform.web.Formats.day(r.deadline()) + ")"))
                    .toList();
        }

        public boolean isTicked(Object id) {
            return ticked.contains(String.valueOf(id));
        }
    }

    /**
     * One package; {@code link} is a share link just issued (shown this once), {@code errors} the share form's,
     * {@code job} the page of the job that made it (when the caller may see it).
     */
    public record DetailView(PackageReads.Detail detail, boolean sent, String link, Instant linkExpires,
            Map<String, String> values, FormErrors errors, String job) {
        public DisclosurePackage pkg() {
            return detail.pkg();
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance detail(DetailView view);
    }

    @GET
    @RolesAllowed({ MANAGER, OFFICER })
    public TemplateInstance list() {
        return Templates.list(new ListView(reads.list()));
    }

    @GET
    @Path("new")
    @RolesAllowed({ MANAGER, OFFICER })
    public TemplateInstance form(@QueryParam("request") String request) {
        Map<String, String> values = request == null ? Map.of()
                : Map.of("kind", DisclosurePackage.RequestKind.SUBJECT_ACCESS.name(), "request", request);
        return Templates.form(formView(values, Set.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER })
    public Response send(@BeanParam PackageForm form) {
        forms.onInvalid(errors -> Templates.form(formView(form.values(), form.ticked(), errors)));
        org.cctvportal.platform.jobs.Job making = packages.request(form);
        return ItemPage.seeOther(org.cctvportal.platform.jobs.JobLinks.job(making.id));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MANAGER, OFFICER })
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("sent") String sent) {
        UUID packageId = EvidenceFiles.uuid(id);
        return Templates.detail(new DetailView(reads.find(packageId), "yes".equals(sent), null, null,
                Map.of(), new FormErrors(), madeBy(packageId)));
    }

    /** Issues a share link until the end of the chosen day; the page shows its secret this once. */
    @POST
    @Path("{id}/share")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER })
    public TemplateInstance share(@PathParam("id") String id, @RestForm("share-day") String day,
            @RestForm("share-month") String month, @RestForm("share-year") String year, @Context UriInfo uri) {
        UUID packageId = EvidenceFiles.uuid(id);
        forms.onInvalid(errors -> Templates.detail(new DetailView(reads.find(packageId), false, null, null,
                FormFields.echo("share-day", day, "share-month", month, "share-year", year), errors,
                madeBy(packageId))));
        PackageShares.Issued issued = shares.issue(packageId, day, month, year);
        return Templates.detail(new DetailView(reads.find(packageId), false, uri.getBaseUriBuilder()
                .path(PackageLink.PATH).path(issued.secret()).build().toString(), issued.expiresAt(), Map.of(),
                new FormErrors(), madeBy(packageId)));
    }

    @GET
    @Path("{id}/download")
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    @RolesAllowed({ MANAGER, OFFICER })
    public Response download(@PathParam("id") String id) {
        DisclosurePackage p = reads.find(EvidenceFiles.uuid(id)).pkg();
        StreamingOutput zip = out -> {
            try (InputStream in = reads.open(p)) {
                in.transferTo(out);
            }
        };
        return Response.ok(zip, "application/zip").header("Content-Length", p.sizeBytes)
                .header("Content-Disposition", FileNames.contentDisposition(p.fileName())).build();
    }

    /** The page of the job that made the package, for its sender and the partner's managers; null for others. */
    private String madeBy(UUID packageId) {
        return jobs.latestFor(DisclosurePackageJob.KIND, String.valueOf(packageId))
                .map(job -> org.cctvportal.platform.jobs.JobLinks.job(job.id)).orElse(null);
    }

    private FormView formView(Map<String, String> values, Set<String> ticked, FormErrors errors) {
        return new FormView(reads.choices(), Arrays.stream(DisclosurePackage.RequestKind.values())
                .map(k -> new Choice(k.name(), k.label())).toList(), values, ticked, errors);
    }
}
