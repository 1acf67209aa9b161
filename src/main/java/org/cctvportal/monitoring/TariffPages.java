package org.cctvportal.monitoring;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.Choice;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.FormRedisplay;

/**
 * The partnership's tariffs and the hours of each band, for everyone in it; the operator's managers set a tariff
 * from a date (any other partner's managers find no form).
 */
@Path("/tariffs")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TariffPages {

    @Inject
    TariffService tariffs;

    @Inject
    FormRedisplay forms;

    /** The tariffs, newest first per kind, the bands' hours, and whether the caller may set one. */
    public record ListView(List<Tariff> tariffs, List<PricingBands.Band> bands, boolean maySet, boolean saved,
            boolean deleted, java.time.LocalDate today) {
        /** Whether the caller may withdraw the tariff: the operator's manager, before the tariff starts. */
        public boolean deletable(Tariff tariff) {
            return maySet && tariff.effectiveFrom.isAfter(today);
        }
    }

    /** A tariff about to be deleted, whether it has started (then it cannot be), and what was wrong. */
    public record DeleteView(Tariff tariff, boolean started, String refusal, FormErrors errors) {
    }

    /** The form, with what was typed and its errors. */
    public record FormView(Map<String, String> values, FormErrors errors, List<Choice> kinds, List<Choice> bases) {
        public String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance delete(DeleteView view);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        return Templates.list(new ListView(tariffs.all(), List.of(PricingBands.Band.values()), tariffs.maySet(),
                "1".equals(saved), "deleted".equals(saved), tariffs.today()));
    }

    @GET
    @Path("{id}/delete")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance confirmDelete(@PathParam("id") Long id) {
        return Templates.delete(deleteView(tariffs.forOperator(id), new FormErrors()));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response delete(@PathParam("id") Long id) {
        Tariff tariff = tariffs.forOperator(id);
        forms.onInvalid(errors -> Templates.delete(deleteView(tariff, errors)));
        tariffs.withdraw(id);
        return Response.seeOther(URI.create(MonitoringLinks.tariffs() + "?saved=deleted")).build();
    }

    private DeleteView deleteView(Tariff tariff, FormErrors errors) {
        return new DeleteView(tariff, tariffs.started(tariff), TariffService.refusal(tariff), errors);
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public TemplateInstance newTariff() {
        tariffs.requireOperator();
        return Templates.form(form(Map.of("basis", Tariff.Basis.CAMERA_HOUR.name()), new FormErrors()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    public Response set(MultivaluedMap<String, String> form) {
        tariffs.requireOperator();
        Map<String, String> values = BookingFormPages.echo(form);
        forms.onInvalid(errors -> Templates.form(form(values, errors)));
        tariffs.set(tariffs.read(values));
        return Response.seeOther(URI.create(MonitoringLinks.tariffs() + "?saved=1")).build();
    }

    private static FormView form(Map<String, String> values, FormErrors errors) {
        return new FormView(values, errors, Arrays.stream(CustomerKind.values())
                .map(k -> new Choice(k.name(), k.label())).toList(), Arrays.stream(Tariff.Basis.values())
                .map(b -> new Choice(b.name(), b.label())).toList());
    }
}
