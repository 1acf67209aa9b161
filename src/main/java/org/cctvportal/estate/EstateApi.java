package org.cctvportal.estate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.estate.EstateJson.CameraInput;
import org.cctvportal.estate.EstateJson.CameraJson;
import org.cctvportal.estate.EstateJson.RecorderInput;
import org.cctvportal.estate.EstateJson.RecorderJson;
import org.cctvportal.estate.EstateJson.SiteInput;
import org.cctvportal.estate.EstateJson.SiteJson;
import org.cctvportal.platform.audit.AuditApi;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.ApiPaging.Page;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's estate as JSON: the same roles, tenancy and validation as the pages. In an update, a field left out
 * (or null) keeps its value and an empty string clears it; {@code version} guards against lost updates (409).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Estate")
public class EstateApi {

    @Inject
    SiteService siteService;

    @Inject
    RecorderService recorderService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateChanges estateChanges;

    @GET
    @Path("cameras")
    @Operation(summary = "The caller's cameras, filtered (q, site, maker, type, status), sorted and paged")
    public Page<CameraJson> cameras(@BeanParam CameraQuery query) {
        ApiPaging.Request asked = ApiPaging.of(query.page, query.size, CameraQuery.DEFAULT_SIZE);
        CameraSearch.Result result = cameraService.search(query);
        // The pages show the last page for one past it; the API answers it empty, as every other list does.
        List<CameraJson> items = result.page() < asked.page() ? List.of()
                : result.cameras().stream().map(CameraJson::of).toList();
        return new Page<>(items, asked.page(), asked.size(), result.total());
    }

    @GET
    @Path("cameras/{id}")
    @Operation(summary = "One camera of the caller's estate (404 for any other)")
    public CameraJson camera(@PathParam("id") long id) {
        return CameraJson.of(cameraService.camera(id));
    }

    @GET
    @Path("cameras/{id}/history")
    @Operation(summary = "A camera's change history from the audit trail, newest first, field by field, paged")
    public ApiPaging.Page<AuditApi.AuditEventJson> cameraHistory(@PathParam("id") long id,
            @BeanParam ApiPaging paging) {
        cameraService.camera(id);
        return history("camera", id, paging);
    }

    @GET
    @Path("sites/{id}/history")
    @Operation(summary = "A site's change history from the audit trail, newest first, field by field, paged")
    public ApiPaging.Page<AuditApi.AuditEventJson> siteHistory(@PathParam("id") long id,
            @BeanParam ApiPaging paging) {
        siteService.site(id);
        return history("site", id, paging);
    }

    @GET
    @Path("recorders/{id}/history")
    @Operation(summary = "A recorder's or server's change history from the audit trail, newest first, field by"
            + " field, paged")
    public ApiPaging.Page<AuditApi.AuditEventJson> recorderHistory(@PathParam("id") long id,
            @BeanParam ApiPaging paging) {
        recorderService.recorder(id);
        return history("recorder", id, paging);
    }

    private ApiPaging.Page<AuditApi.AuditEventJson> history(String kind, long id, ApiPaging paging) {
        ApiPaging.Request asked = paging.request();
        AuditService.History page = estateChanges.history(kind, id, asked.page(), asked.size());
        return new ApiPaging.Page<>(page.events().stream().map(AuditApi.AuditEventJson::of).toList(), page.page(),
                page.pageSize(), page.total());
    }

    @POST
    @Path("cameras")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Add a camera; taking one offline or decommissioning it needs statusReason")
    public Response createCamera(CameraInput input) {
        Camera camera = cameraService.createCamera(required(input).raw());
        return Response.created(URI.create("/api/v1/cameras/" + camera.id)).entity(CameraJson.of(camera)).build();
    }

    @PUT
    @Path("cameras/{id}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Change a camera")
    public CameraJson updateCamera(@PathParam("id") long id, CameraInput input) {
        return CameraJson.of(cameraService.updateCamera(id, required(input).raw(), input.version()));
    }

    @GET
    @Path("sites")
    @Operation(summary = "The caller's sites, filtered by text (q) and kind, paged")
    public Page<SiteJson> sites(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        List<SiteJson> all = siteService.sites().stream()
                .filter(s -> q == null || s.name.toLowerCase().contains(q.toLowerCase().strip()))
                .filter(s -> kind == null || kind.isBlank() || s.kind == Labelled.parse(SiteKind.class, kind))
                .map(SiteJson::of).toList();
        return page.slice(all);
    }

    @GET
    @Path("sites/{id}")
    @Operation(summary = "One site of the caller's estate")
    public SiteJson site(@PathParam("id") long id) {
        return SiteJson.of(siteService.site(id));
    }

    @POST
    @Path("sites")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Add a site")
    public Response createSite(SiteInput input) {
        Site site = siteService.createSite(required(input).raw());
        return Response.created(URI.create("/api/v1/sites/" + site.id)).entity(SiteJson.of(site)).build();
    }

    @PUT
    @Path("sites/{id}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Change a site")
    public SiteJson updateSite(@PathParam("id") long id, SiteInput input) {
        return SiteJson.of(siteService.updateSite(id, required(input).raw(), input.version()));
    }

    @GET
    @Path("recorders")
    @Operation(summary = "The caller's recorders and servers, filtered by kind and network exposure, paged")
    public Page<RecorderJson> recorders(@QueryParam("kind") String kind, @QueryParam("exposure") String exposure,
            @BeanParam ApiPaging paging) {
        ApiPaging.Request page = paging.request();
        List<RecorderJson> all = recorderService.recorders().stream()
                .filter(r -> kind == null || kind.isBlank() || r.kind == Labelled.parse(RecorderKind.class, kind))
                .filter(r -> exposure == null || exposure.isBlank()
                        || r.exposure == Labelled.parse(NetworkExposure.class, exposure))
                .map(RecorderJson::of).toList();
        return page.slice(all);
    }

    @GET
    @Path("recorders/{id}")
    @Operation(summary = "One recorder or server of the caller's estate")
    public RecorderJson recorder(@PathParam("id") long id) {
        return RecorderJson.of(recorderService.recorder(id));
    }

    @POST
    @Path("recorders")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Add a recorder or server")
    public Response createRecorder(RecorderInput input) {
        Recorder recorder = recorderService.createRecorder(required(input).raw());
        return Response.created(URI.create("/api/v1/recorders/" + recorder.id)).entity(RecorderJson.of(recorder))
                .build();
    }

    @PUT
    @Path("recorders/{id}")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Change a recorder or server")
    public RecorderJson updateRecorder(@PathParam("id") long id, RecorderInput input) {
        return RecorderJson.of(recorderService.updateRecorder(id, required(input).raw(), input.version()));
    }

    private static <T> T required(T input) {
        if (input == null) {
            throw new InvalidInputException(new FormErrors().add("body", "Send the record as a JSON object"));
        }
        return input;
    }
}
