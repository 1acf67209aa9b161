package org.cctvportal.evidence;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.web.ApiPaging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evidence vault as JSON: the same reach, roles and custody events as the pages. */
@Path("/api/v1/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ EvidencePages.MANAGER, EvidencePages.OFFICER, EvidencePages.OPERATOR })
public class EvidenceApi {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceDecisions decisions;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceExports exports;

    @Inject
    EvidenceVerification verifier;

    @Inject
    CaptureAccess captureAccess;

    @Inject
    Clock clock;

    /** An item in lists. */
    public record ItemJson(long id, String reference, String partner, String title, String category,
            Instant incidentStart, Instant incidentEnd, String policeReference, String status, LocalDate retainUntil,
            boolean evidential, LocalDate reviewDate, boolean legalHold, String capturedBy, String access,
            ReleaseJson pendingRelease) {
        static ItemJson of(EvidenceItem i, Reach reach) {
            return new ItemJson(i.id, i.reference(), i.partnerId, i.title, i.category.name(), i.incidentStart,
                    i.incidentEnd, i.policeReference, i.status.name(), i.retainUntil, i.evidential, i.reviewDate,
                    i.legalHold, i.capturedBy, reach.name(), i.releasePending() ? new ReleaseJson(
                            i.releaseRequestedBy, i.releaseRequestedAt, i.releaseReason) : null);
        }
    }

    /** A release of the legal hold asked for and waiting for its confirmation (the item is still held). */
    public record ReleaseJson(String requestedBy, Instant requestedAt, String reason) {
    }

    /** An item with its description, cameras, files and (for the owner) shares. */
    public record DetailJson(ItemJson item, String description, List<String> cameras,
            List<EvidenceFiles.FileJson> files, List<ShareJson> shares) {
    }

    /** A request that needs only a reason (download, link, bundle). */
    public record ReasonJson(String reason) {
    }

    /**
     * A legal hold to place ({@code hold} true) or release, with the reason for either. A release is asked for by one
     * person and confirmed by a second sending the same; placing the hold again cancels a release not yet confirmed.
     */
    public record HoldJson(Boolean hold, String reason) {
    }

    /** Evidential with a review date (ISO, in the future), or back to the default retention. */
    public record RetentionJson(Boolean evidential, String reviewDate) {
    }

    /** A share to make. */
    public record ShareRequest(String recipient, String expires, String reason) {
    }

    @GET
    @RolesAllowed({ EvidencePages.MANAGER, EvidencePages.OFFICER, EvidencePages.OPERATOR, EvidencePages.AUDITOR })
    @Operation(summary = "The evidence items the caller may see, newest incident first, paged")
    public ApiPaging.Page<ItemJson> list(@BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        return page.slice(evidence.items()).map(r -> ItemJson.of(r.item(), r.reach()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, String> body) {
        EvidenceItem item = evidence.create(NewItemForm.of(body));
        return Response.created(URI.create("/api/v1/evidence/" + item.id)).entity(ItemJson.of(item, Reach.OWNER))
                .build();
    }

    @GET
    @Path("{id}")
    public DetailJson detail(@PathParam("id") long id) {
        EvidenceService.Detail d = evidence.view(id);
        return new DetailJson(ItemJson.of(d.item(), d.reach()), d.item().description,
                d.cameras().stream().map(c -> c.assetTag).toList(),
                d.files().stream().map(EvidenceFiles.FileJson::of).toList(),
                ShareJson.of(d, clock.instant()));
    }

    @GET
    @Path("{id}/files")
    public List<EvidenceFiles.FileJson> files(@PathParam("id") long id) {
        return evidence.view(id).files().stream().map(EvidenceFiles.FileJson::of).toList();
    }

    /** The file is the request body (any length, streamed); kind, label and derivedFrom in the query. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Response upload(@PathParam("id") long id, @BeanParam EvidenceFiles.UploadParams params, InputStream body) {
        return EvidenceFiles.upload(uploads, id, params, body, "/api/v1/evidence/" + id);
    }

    @POST
    @Path("{id}/files/{fileId}/copy")
    public Response copy(@PathParam("id") long id, @PathParam("fileId") String fileId) {
        try {
            EvidenceFile copy = uploads.workingCopy(id, EvidenceFiles.uuid(fileId));
            return Response.status(201).entity(EvidenceFiles.FileJson.of(copy)).build();
        } catch (UploadRefused e) {
            return EvidenceFiles.refused(e);
        }
    }

    @POST
    @Path("{id}/files/{fileId}/download")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    public Response download(@PathParam("id") long id, @PathParam("fileId") String fileId, ReasonJson body) {
        UUID file = EvidenceFiles.uuid(fileId);
        return EvidenceFiles.attachment(exports, exports.download(id, file, reason(body)).file());
    }

    @POST
    @Path("{id}/files/{fileId}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceExports.Link link(@PathParam("id") long id, @PathParam("fileId") String fileId, ReasonJson body) {
        return exports.link(id, EvidenceFiles.uuid(fileId), reason(body));
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("id") long id, ShareRequest body) {
        ShareRequest request = body == null ? new ShareRequest(null, null, null) : body;
        EvidenceShare share = decisions.share(id, request.recipient(), request.expires(), request.reason());
        return Response.status(201).entity(ShareJson.of(share, evidence.view(id).outlasting(), clock.instant()))
                .build();
    }

    @POST
    @Path("{id}/shares/{shareId}/revoke")
    public ShareJson revoke(@PathParam("id") long id, @PathParam("shareId") long shareId) {
        return ShareJson.of(decisions.revoke(id, shareId), List.of(), clock.instant());
    }

    @POST
    @Path("{id}/dispose")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemJson dispose(@PathParam("id") long id, ReasonJson body) {
        return ItemJson.of(decisions.dispose(id, reason(body)), Reach.OWNER);
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(@PathParam("id") long id, HoldJson body) {
        boolean hold = body == null || body.hold() == null || body.hold();
        EvidenceItem item = decisions.hold(id, hold, body == null ? null : body.reason());
        // 202: the release is asked for, and the item stays held until a second person (or the cooling-off) confirms.
        return Response.status(item.releasePending() ? 202 : 200).entity(ItemJson.of(item, Reach.OWNER)).build();
    }

    @POST
    @Path("{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemJson retention(@PathParam("id") long id, RetentionJson body) {
        boolean evidential = body != null && Boolean.TRUE.equals(body.evidential());
        return ItemJson.of(decisions.retention(id, evidential, body == null ? null : body.reviewDate()),
                Reach.OWNER);
    }

    /** Ends the access of the operator who captured the item; the owning partner's evidence staff only. */
    @POST
    @Path("{id}/capture-access/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemJson endCaptureAccess(@PathParam("id") long id, ReasonJson body) {
        return ItemJson.of(captureAccess.end(id, reason(body)), Reach.OWNER);
    }

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ EvidencePages.MANAGER, EvidencePages.OFFICER, EvidencePages.OPERATOR, EvidencePages.AUDITOR })
    @Operation(summary = "An item's custody log in the chain's order (oldest first), paged", description = "Every"
            + " event the caller reaches: the owner's whole chain, a recipient's own events and the share made to it."
            + " Each event carries its sequence number and the SHA-256 hash chaining it to the one before.")
    public ApiPaging.Page<Map<String, Object>> custody(@PathParam("id") long id, @BeanParam ApiPaging paging) {
        ApiPaging.Request asked = paging.request();
        EvidenceService.CustodyPage page = evidence.custodyPage(id, asked.page(), asked.size());
        return new ApiPaging.Page<>(page.events().stream().map(EvidenceExports::event).toList(), page.page(),
                page.pageSize(), page.total());
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({ EvidencePages.MANAGER, EvidencePages.OFFICER, EvidencePages.OPERATOR, EvidencePages.AUDITOR })
    public EvidenceVerification.Verification verify(@PathParam("id") long id) {
        return verifier.verify(id);
    }

    @POST
    @Path("{id}/bundle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ "application/zip", MediaType.APPLICATION_JSON })
    public Response bundle(@PathParam("id") long id, ReasonJson body) {
        EvidenceExports.Bundle bundle = exports.bundle(id, reason(body));
        StreamingOutput zip = out -> exports.writeBundle(bundle, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", FileNames.contentDisposition(bundle.fileName())).build();
    }

    private static String reason(ReasonJson body) {
        return body == null ? null : body.reason();
    }
}
