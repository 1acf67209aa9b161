package org.cctvportal.estate;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.tenancy.TenantContext;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.Htmx;
import org.cctvportal.platform.web.FormRedisplay;
import org.cctvportal.platform.web.MapConfig;

/** The camera list with its filters, each camera's page with its history, and the forms that add and change them. */
@Path("/cameras")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CameraPages {

    static final Set<String> DATES = Set.of("installDate", "nextMaintenance");

    @Inject
    SiteService siteService;

    @Inject
    RecorderService recorderService;

    @Inject
    CameraService cameraService;

    @Inject
    EstateChanges estateChanges;

    @Inject
    ReferenceService reference;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    FormRedisplay forms;

    @Inject
    Clock clock;

    @Inject
    MapConfig mapConfig;

    @Inject
    CameraClusters clusters;

    /** The list, its filters' options, and whether the caller may add cameras. */
    public record ListView(CameraQuery query, CameraSearch.Result result, List<ListFilters.Option> sites,
            List<ListFilters.Option> makers, CameraType[] types, CameraStatus[] statuses, boolean canEdit, LocalDate today,
            String created) {
        static final List<Choice> COLUMNS = List.of(new Choice("tag", "Asset tag"), new Choice("site", "Site"),
                new Choice("maker", "Manufacturer"), new Choice("type", "Type"), new Choice("status", "Status"),
                new Choice("maintenance", "Next maintenance"));

        /** The sortable columns: sort key and heading. */
        public List<Choice> columns() {
            return COLUMNS;
        }
    }

    /** One camera with its switch-off record and its change history. */
    public record DetailView(Camera camera, List<CameraStatusChange> statusChanges, AuditService.History history,
            boolean canEdit, LocalDate today, boolean saved) {
        /** The page's address up to the history's page number, for the history's pager. */
        public String historyLink() {
            return EstateLinks.camera(camera.id) + "?history=";
        }
    }

    /** The camera form: what was typed, its messages and the choices it offers. */
    public record FormView(Long id, Integer version, Map<String, String> values, FormErrors errors, List<Choice> sites,
            List<Choice> makers, List<Choice> recorders, List<Choice> types, List<Choice> statuses,
            List<Choice> connections) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    /**
     * The map: a small estate's located cameras as markers for the script and as a list that needs neither script nor
     * tiles; a large one's fetched per view from {@code source}, counted by the server, within the extent.
     */
    public record MapView(List<Camera> cameras, String markers, CameraClusters.Extent extent, String source,
            String tileUrl, String attribution) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance list$results(ListView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance map(MapView view);
    }

    @GET
    public Response list(@BeanParam CameraQuery query, @QueryParam("created") String created,
            @Context HttpHeaders headers) {
        // The list, the sites and the makers read in no transaction (the PCC office's list of every partner reads in
        // its own read-only one): each read takes a connection from the pool, as a rule the one the thread had
        // before, the request's tenant already written on it, and no commit is sent.
        ListView view = new ListView(query, cameraService.search(query),
                ListFilters.sites(tenant.requirePartner(), query.site),
                ListFilters.makers(tenant.partnershipId(), query.maker), CameraType.values(), CameraStatus.values(),
                user.hasRole(Roles.PARTNER_MANAGER), LocalDate.now(clock), created);
        if (Htmx.isPartial(headers)) {
            // The address bar follows the filters, so a filtered list can be bookmarked, shared and gone back to.
            return Response.ok(Templates.list$results(view).render(), Htmx.HTML).header("Vary", "HX-Request")
                    .header("HX-Push-Url", query.url(EstateLinks.cameras())).build();
        }
        return Response.ok(Templates.list(view).render(), Htmx.HTML).header("Vary", "HX-Request").build();
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance createForm() {
        return Templates.form(formView(null, null, Map.of("status", CameraStatus.LIVE.label()), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response create(MultivaluedMap<String, String> form) {
        forms.onInvalid(errors -> Templates.form(formView(null, null, FormValues.echo(form), errors)));
        Camera camera = cameraService.createCamera(FormValues.toRaw(form, CameraRules.FIELDS, DATES));
        return Response.seeOther(URI.create(EstateLinks.camera(camera.id) + "?saved=true")).build();
    }

    @GET
    @Path("map")
    public TemplateInstance map() {
        CameraClusters.Extent extent = clusters.extent();
        List<Camera> cameras = extent.listed() ? cameraService.mappedCameras() : List.of();
        return Templates.map(new MapView(cameras, CameraMarkers.json(CameraMarkers.markers(cameras)), extent,
                extent.listed() ? "" : EstateLinks.cameraMapView(), mapConfig.tileUrl(), mapConfig.attribution()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") boolean saved,
            @QueryParam("history") String historyPage) {
        Camera camera = cameraService.camera(id);
        return Templates.detail(new DetailView(camera, cameraService.statusChanges(camera),
                estateChanges.historyShown("camera", id, historyPage), user.hasRole(Roles.PARTNER_MANAGER), LocalDate.now(clock), saved));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Camera camera = cameraService.camera(id);
        return Templates.form(formView(camera.id, camera.version,
                FormValues.forForm(CameraRules.values(camera), DATES), new FormErrors()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Integer version = FormValues.version(form);
        forms.onInvalid(errors -> Templates.form(formView(id, version, FormValues.echo(form), errors)))
                .onConflict(errors -> {
                    Camera current = cameraService.camera(id);
                    return Templates.form(formView(id, current.version,
                            FormValues.forForm(CameraRules.values(current), DATES), errors));
                });
        cameraService.updateCamera(id, FormValues.toRaw(form, CameraRules.FIELDS, DATES), version);
        return Response.seeOther(URI.create(EstateLinks.camera(id) + "?saved=true")).build();
    }

    private FormView formView(Long id, Integer version, Map<String, String> values, FormErrors errors) {
        return new FormView(id, version, values, errors, EstateChoices.sites(siteService.sites()),
                EstateChoices.makers(reference.manufacturers()), EstateChoices.recorders(recorderService.recorders()),
                EstateChoices.of(CameraType.class), EstateChoices.of(CameraStatus.class),
                EstateChoices.of(ConnectionType.class));
    }
}
