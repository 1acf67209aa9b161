package org.cctvportal.monitoring;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tariffs as JSON with the pages' roles, rules and messages: every partner reads them, the operator's managers set
 * one; and a month's statements as the PDF the statement page downloads.
 */
@Path("/api/v1")
@Authenticated
@Tag(name = "Monitoring")
public class TariffApi {

    @Inject
    TariffService tariffs;

    @Inject
    StatementPages statementPages;

    /** A tariff: rates in pence per unit-hour of its basis, from a London local day until the next of its kind. */
    public record TariffJson(long id, String customerKind, String basis, String effectiveFrom, int dayPence,
            int nightPence, int weekendPence, String setBy) {
        static TariffJson of(Tariff t) {
            return new TariffJson(t.id, t.customerKind.name(), t.basis.name(), t.effectiveFrom.toString(),
                    t.dayPence, t.nightPence, t.weekendPence, t.setBy);
        }
    }

    @GET
    @Path("tariffs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The partnership's tariffs (COUNCIL, BUSINESS, POLICE), newest first per kind; day is Monday"
            + " to Friday 07:00-19:00, night Monday to Friday 19:00-07:00, weekend Saturday and Sunday, UK time")
    public List<TariffJson> list() {
        return tariffs.all().stream().map(TariffJson::of).toList();
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Set a tariff from today or later (the operator's managers); one for the same kind and day"
            + " is replaced. Rates in whole pence; basis CAMERA_HOUR or CONSOLE_HOUR; effectiveFrom an ISO date")
    public Response set(TariffForm.Input input) {
        tariffs.requireOperator();
        Tariff tariff = tariffs.set(tariffs.read(TariffForm.values(input)));
        return Response.created(URI.create("/api/v1/tariffs")).entity(TariffJson.of(tariff)).build();
    }

    @DELETE
    @Path("tariffs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_MANAGER)
    @Operation(summary = "Withdraw a tariff that has not started yet (the operator's managers): 204; a tariff in force"
            + " or past cannot be deleted (400, with why)")
    public Response delete(@PathParam("id") Long id) {
        tariffs.withdraw(id);
        return Response.noContent().build();
    }

    @GET
    @Path("statements.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PARTNER_MANAGER, Roles.PARTNER_VIEWER, Roles.HUB_SUPERVISOR, Roles.PARTNERSHIP_ADMIN,
        Roles.PCC_ANALYST })
    @Operation(summary = "A month's statements as PDF (?month=2027-01), as /api/v1/statements reads them; with"
            + " ?partner= that partner's statement alone")
    public Response statementsPdf(@QueryParam("month") String month, @QueryParam("partner") String partner) {
        return statementPages.pdfOf(statementPages.view(month), partner);
    }
}
