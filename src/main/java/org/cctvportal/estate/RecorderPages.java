package org.cctvportal.estate;

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
import jakarta.ws.rs.QueryParam;
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
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.CurrentUser;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/** The partner's recorders and servers: list, detail with the cameras recording to each, and their forms. */
@Path("/recorders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RecorderPages {

    static final Set<String> DATES = Set.of("lastPatched");

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
    Clock clock;

    @Inject
    FormRedisplay forms;

    /** The recorders, with today's date for the end-of-support marks. */
    public record ListView(List<Recorder> recorders, boolean canEdit, LocalDate today) {
    }

    /** A recorder with the cameras recording to it and its change history. */
    public record DetailView(Recorder recorder, List<Camera> cameras, AuditService.History history, boolean canEdit,
            LocalDate today, boolean saved) {
        /** The page's address up to the history's page number, for the history's pager. */
        public String historyLink() {
            return EstateLinks.recorder(recorder.id) + "?history=";
        }
    }

    /** The recorder form: what was typed, its messages and its choices. */
    public record FormView(Long id, Integer version, Map<String, String> values, FormErrors errors,
            List<Choice> kinds, List<Choice> sites, List<Choice> makers, List<Choice> systems,
            List<Choice> exposures) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance form(FormView view);
    }

    @GET
    public TemplateInstance list(@QueryParam("exposure") String exposure) {
        NetworkExposure only = Labelled.parse(NetworkExposure.class, exposure);
        List<Recorder> recorders = recorderService.recorders();
        if (only != null) {
            // The dashboard's internet-facing recorders link here.
            recorders = recorders.stream().filter(r -> r.exposure == only).toList();
        }
        return Templates.list(new ListView(recorders, user.hasRole(Roles.PARTNER_MANAGER), LocalDate.now(clock)));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance createForm() {
        return Templates.form(formView(null, null, Map.of(), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response create(MultivaluedMap<String, String> form) {
        forms.onInvalid(errors -> Templates.form(formView(null, null, FormValues.echo(form), errors)));
        Recorder recorder = recorderService.createRecorder(FormValues.toRaw(form, RecorderRules.FIELDS, DATES));
        return Response.seeOther(URI.create(EstateLinks.recorder(recorder.id) + "?saved=true")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("saved") boolean saved,
            @QueryParam("history") String historyPage) {
        Recorder recorder = recorderService.recorder(id);
        return Templates.detail(new DetailView(recorder, cameraService.camerasOn(recorder),
                estateChanges.historyShown("recorder", id, historyPage),
                user.hasRole(Roles.PARTNER_MANAGER), LocalDate.now(clock), saved));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Recorder recorder = recorderService.recorder(id);
        return Templates.form(formView(recorder.id, recorder.version,
                FormValues.forForm(RecorderRules.values(recorder), DATES), new FormErrors()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Integer version = FormValues.version(form);
        forms.onInvalid(errors -> Templates.form(formView(id, version, FormValues.echo(form), errors)))
                .onConflict(errors -> {
                    Recorder current = recorderService.recorder(id);
                    return Templates.form(formView(id, current.version,
                            FormValues.forForm(RecorderRules.values(current), DATES), errors));
                });
        recorderService.updateRecorder(id, FormValues.toRaw(form, RecorderRules.FIELDS, DATES), version);
        return Response.seeOther(URI.create(EstateLinks.recorder(id) + "?saved=true")).build();
    }

    private FormView formView(Long id, Integer version, Map<String, String> values, FormErrors errors) {
        return new FormView(id, version, values, errors, EstateChoices.of(RecorderKind.class),
                EstateChoices.sites(siteService.sites()), EstateChoices.makers(reference.manufacturers()),
                EstateChoices.operatingSystems(reference.operatingSystems()),
                EstateChoices.of(NetworkExposure.class));
    }
}
