package org.cctvportal.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * The evidence vault's pages. The owning partner's managers and evidence officers, the operator who captured an item
 * and a police force it is shared with reach items; the partnership's staff see counts only. Uploads arrive as the
 * raw request body (see {@link EvidenceFiles}); everything else is a small form.
 */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidencePages {

    static final String MANAGER = "partner-manager";
    static final String OFFICER = "evidence-officer";
    static final String OPERATOR = "operator";
    static final String AUDITOR = "auditor";

    @Inject
    EvidenceService evidence;

    @Inject
    EvidencePartners evidencePartners;

    @Inject
    EvidenceDecisions decisions;

    @Inject
    EvidenceExports exports;

    @Inject
    EvidenceVerification verifier;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceConfig config;

    @Inject
    CurrentUser user;

    @Inject
    CaptureAccess captureAccess;

    @Inject
    EvidenceIntegrity integrity;

    /** The items the caller reaches, or (for the partnership's staff) the counts. */
    public record ListView(List<EvidenceService.Reached> items, List<EvidencePartners.Counts> counts,
            boolean showsCounts, boolean showsItems, boolean canCreate, List<EvidenceIntegrity.Alert> alerts) {
    }

    /** The new-item form. */
    public record NewView(Map<String, String> values, FormErrors errors, List<Choice> categories,
            List<Choice> partners, boolean forOtherPartner) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** One item; errors and values belong to the form named by {@code form}. */
    public record DetailView(EvidenceService.Detail detail, List<Choice> police, String form, FormErrors errors,
            Map<String, String> values, String saved) {
        public EvidenceItem item() {
            return detail.item();
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public FormErrors errorsOf(String name) {
            return name.equals(form) ? errors : new FormErrors();
        }

        public boolean manages() {
            return detail.reach().manages();
        }

        public boolean mayUpload() {
            return detail.reach().mayUpload() && detail.item().isOpen();
        }

        public String partner(String id) {
            return detail.partnerNames().getOrDefault(id, id);
        }
    }

    /** The upload page. */
    public record UploadView(EvidenceItem item, List<EvidenceFile> masters, String limit, String formats) {
    }

    /** The custody log, and the outcome of a verification when one was just run. */
    public record CustodyView(EvidenceItem item, List<CustodyEvent> events,
            EvidenceVerification.Verification verification, boolean seesItem, boolean verifies) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance create(NewView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance upload(UploadView view);

        static native TemplateInstance custody(CustodyView view);
    }

    @GET
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR, "partnership-admin", "pcc-analyst" })
    public TemplateInstance list() {
        boolean counts = user.hasRole("partnership-admin") || user.hasRole("pcc-analyst");
        boolean creates = user.hasRole(MANAGER) || user.hasRole(OFFICER) || user.hasRole(OPERATOR);
        boolean reaches = creates || user.hasRole(AUDITOR);
        boolean alerts = user.hasRole(MANAGER) || user.hasRole(OFFICER) || user.hasRole(AUDITOR);
        return Templates.list(new ListView(reaches ? evidence.items() : List.of(),
                counts ? evidencePartners.counts() : List.of(), counts, reaches, creates,
                alerts ? integrity.alerts(50) : List.of()));
    }

    @GET
    @Path("new")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance newItem() {
        return Templates.create(newView(Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> values = echo(form);
        try {
            return seeOther(EvidenceLinks.evidenceItem(evidence.create(values).id) + "?saved=created");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.create(newView(values, e.errors()))).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance detail(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("saved") String saved) {
        return Templates.detail(detailView(evidence.view(id), "", new FormErrors(), Map.of(), saved));
    }

    @GET
    @Path("{id}/upload")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance upload(@PathParam("id") long id) {
        EvidenceService.Detail detail = evidence.view(id);
        return Templates.upload(new UploadView(detail.item(), detail.files().stream()
                .filter(f -> f.kind == EvidenceFile.Kind.MASTER && f.isStored()).toList(),
                UploadLimits.describe(config.maxFileBytes()), String.join(", ", config.acceptedFormats().stream()
                        .map(Enum::name).sorted().toList())));
    }

    /** The upload page's script sends the file here as the raw body, with the form token in its header. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    @Blocking
    public Response uploadFile(@PathParam("id") long id, @HeaderParam("X-CSRF-TOKEN") String token,
            @jakarta.ws.rs.BeanParam EvidenceFiles.UploadParams params, InputStream body) {
        if (token == null || token.isBlank()) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("status", 400, "message",
                    "Upload the file from the upload page, which sends the form token")).build();
        }
        return EvidenceFiles.upload(uploads, id, params, body, EvidenceLinks.evidenceItem(id) + "?saved=uploaded");
    }

    @POST
    @Path("{id}/files/{fileId}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response copy(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        try {
            uploads.workingCopy(id, EvidenceFiles.uuid(fileId));
            return seeOther(EvidenceLinks.evidenceItem(id) + "?saved=copied");
        } catch (UploadRefused e) {
            return invalid(id, "copy-" + fileId, new FormErrors().add("button", e.getMessage()), Map.of());
        }
    }

    @POST
    @Path("{id}/files/{fileId}/download")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_HTML })
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response download(@PathParam("id") long id, @PathParam("fileId") String fileId,
            MultivaluedMap<String, String> form) {
        try {
            EvidenceExports.Outgoing outgoing = exports.download(id, EvidenceFiles.uuid(fileId),
                    form.getFirst("download-" + fileId + "-reason"));
            return EvidenceFiles.attachment(exports, outgoing.file());
        } catch (InvalidInputException e) {
            return invalid(id, "download-" + fileId, e.errors(), echo(form));
        }
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response share(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, "share", form, () -> decisions.share(id, form.getFirst("share-recipient"),
                form.getFirst("share-expires"), form.getFirst("share-reason")));
    }

    @POST
    @Path("{id}/shares/{shareId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response revoke(@PathParam("id") long id, @PathParam("shareId") long shareId) {
        decisions.revoke(id, shareId);
        return seeOther(EvidenceLinks.evidenceItem(id) + "?saved=revoked");
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response hold(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        boolean hold = !"release".equals(form.getFirst("action"));
        try {
            EvidenceItem item = decisions.hold(id, hold, form.getFirst("hold-reason"));
            String saved = item.releasePending() ? "release-requested" : "hold";
            return seeOther(EvidenceLinks.evidenceItem(id) + "?saved=" + saved + "#hold");
        } catch (InvalidInputException e) {
            return invalid(id, "hold", e.errors(), echo(form));
        }
    }

    @POST
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response retention(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, "retention", form, () -> decisions.retention(id,
                "yes".equals(form.getFirst("retention-evidential")), form.getFirst("retention-reviewDate")));
    }

    @POST
    @Path("{id}/dispose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response dispose(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, "dispose", form, () -> decisions.dispose(id, form.getFirst("dispose-reason")));
    }

    @POST
    @Path("{id}/capture-access/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response endCaptureAccess(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return act(id, "capture", form, () -> captureAccess.end(id, form.getFirst("capture-reason")));
    }

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance custody(@PathParam("id") long id) {
        EvidenceService.Reached reached = evidence.find(id);
        return Templates.custody(new CustodyView(reached.item(), evidence.custodyLog(id), null,
                reached.reach().seesFiles(), reached.reach() != Reach.RECIPIENT));
    }

    @POST
    @Path("{id}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR, AUDITOR })
    public TemplateInstance verify(@PathParam("id") long id) {
        EvidenceVerification.Verification verification = verifier.verify(id);
        EvidenceService.Reached reached = evidence.find(id);
        return Templates.custody(new CustodyView(reached.item(), evidence.custodyLog(id), verification,
                reached.reach().seesFiles(), true));
    }

    @POST
    @Path("{id}/bundle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response bundle(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        try {
            EvidenceExports.Bundle bundle = exports.bundle(id, form.getFirst("bundle-reason"));
            StreamingOutput zip = out -> exports.writeBundle(bundle, out);
            return Response.ok(zip, "application/zip")
                    .header("Content-Disposition", FileNames.contentDisposition(bundle.fileName())).build();
        } catch (InvalidInputException e) {
            return invalid(id, "bundle", e.errors(), echo(form));
        }
    }

    private Response act(long id, String name, MultivaluedMap<String, String> form,
            java.util.function.Supplier<?> action) {
        try {
            action.get();
            return seeOther(EvidenceLinks.evidenceItem(id) + "?saved=" + name + "#" + name);
        } catch (InvalidInputException e) {
            return invalid(id, name, e.errors(), echo(form));
        }
    }

    /** The services name fields plainly; on the page each form's fields carry the form's name, so ids are unique. */
    private Response invalid(long id, String form, FormErrors plain, Map<String, String> values) {
        FormErrors errors = new FormErrors();
        plain.list().forEach(error -> errors.add(form + "-" + error.field(), error.message()));
        return Response.status(400).entity(Templates.detail(detailView(evidence.view(id), form, errors, values,
                null))).build();
    }

    private DetailView detailView(EvidenceService.Detail detail, String form, FormErrors errors,
            Map<String, String> values, String saved) {
        List<Choice> police = detail.reach().manages() ? evidencePartners.policeForces().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList() : List.of();
        return new DetailView(detail, police, form, errors, values, saved);
    }

    private NewView newView(Map<String, String> values, FormErrors errors) {
        boolean other = !user.hasRole(MANAGER) && !user.hasRole(OFFICER);
        return new NewView(values, errors, Arrays.stream(EvidenceItem.Category.values())
                .map(c -> new Choice(c.name(), c.label())).toList(),
                other ? evidencePartners.captureFor() : List.of(), other);
    }

    static Map<String, String> echo(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> values.put(key, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
