package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidencePages.MANAGER;
import static org.cctvportal.evidence.EvidencePages.OFFICER;
import static org.cctvportal.evidence.EvidencePages.OPERATOR;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An item's files: the upload page and the upload itself (the raw request body, see {@link EvidenceFiles}), working
 * copies, downloads with a reason, and the whole item as a bundle.
 */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidenceFilePages {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceExports exports;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceConfig config;

    @Inject
    ItemPage page;

    @GET
    @Path("{id}/upload")
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public TemplateInstance upload(@PathParam("id") long id) {
        EvidenceService.Detail detail = evidence.view(id);
        if (!detail.reach().mayUpload()) {
            // The force a share reaches, or the auditor, sees the item but adds nothing to it: no form to fill in vain.
            throw new jakarta.ws.rs.ForbiddenException("Only the owning partner's evidence staff or the operator who"
                    + " captured it can add files");
        }
        return EvidenceTemplates.upload(new EvidencePages.UploadView(detail.item(), detail.files().stream()
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
            @BeanParam EvidenceFiles.UploadParams params, InputStream body) {
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
            return ItemPage.seeOther(EvidenceLinks.evidenceItem(id) + "?saved=copied");
        } catch (UploadRefused e) {
            return page.invalid(id, "copy-" + fileId, new FormErrors().add("button", e.getMessage()), Map.of());
        }
    }

    @POST
    @Path("{id}/files/{fileId}/download")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_HTML })
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response download(@PathParam("id") long id, @PathParam("fileId") String fileId,
            MultivaluedMap<String, String> form) {
        page.onInvalid(id, "download-" + fileId, ItemPage.echo(form));
        EvidenceExports.Outgoing outgoing = exports.download(id, EvidenceFiles.uuid(fileId),
                form.getFirst("download-" + fileId + "-reason"));
        return EvidenceFiles.attachment(exports, outgoing.file());
    }

    @POST
    @Path("{id}/bundle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    @RolesAllowed({ MANAGER, OFFICER, OPERATOR })
    public Response bundle(@PathParam("id") long id, @RestForm("bundle-reason") String reason) {
        page.onInvalid(id, "bundle", FormFields.echo("bundle-reason", reason));
        EvidenceExports.Bundle bundle = exports.bundle(id, reason);
        StreamingOutput zip = out -> exports.writeBundle(bundle, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", FileNames.contentDisposition(bundle.fileName())).build();
    }
}
