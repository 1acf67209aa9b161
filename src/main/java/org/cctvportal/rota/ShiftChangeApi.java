package org.cctvportal.rota;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cctvportal.platform.web.ApiBodies;
import org.cctvportal.platform.web.FormErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supervisor changes or cancels a shift still to come at one of the caller's hubs. A change is read back in its own
 * transaction, so the answer shows the shift as changed.
 */
@Path("/api/v1/rota")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RotaPages.SUPERVISOR)
@Tag(name = "Rota")
public class ShiftChangeApi {

    @Inject
    ShiftService shifts;

    @Inject
    ShiftChanges changes;

    /** The whole shift as it should be: times as UK local times ("2027-05-04T07:00"), and the version read. */
    public record ChangeInput(String startsAt, String endsAt, String role, Integer positions, Integer version) {
    }

    /** A cancelled shift and the operators taken off it. */
    public record Cancelled(long id, List<String> takenOff) {
    }

    @PUT
    @Path("shifts/{id}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a shift still to come",
            description = "Its times and role change only while no operator is on it (take them off first); its"
                    + " positions never drop below the operators on it; version must be the one read. 400 names"
                    + " each field at fault, and nothing changes")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChangeInput.class)))
    public ShiftApi.ShiftJson change(@PathParam("id") long id, JsonNode body) {
        shifts.myHub(shifts.shift(id).hubId);
        JsonNode in = ApiBodies.of(body);
        FormErrors errors = new FormErrors();
        ShiftInputs.Fields f = ShiftInputs.fields(in, errors);
        int version = RotaInputs.number(ApiBodies.text(in, "version"));
        if (version < 0) {
            errors.add("version", "Send the version of the shift you read");
        }
        errors.throwIfAny();
        changes.change(id, new ShiftChanges.Change(f.startsAt(), f.endsAt(), f.role(), f.positions(),
                version));
        return ShiftApi.json(shifts, id);
    }

    @DELETE
    @Path("shifts/{id}")
    @Operation(summary = "Cancel a shift still to come",
            description = "Its operators are taken off it and its swap requests end; answers who was taken off")
    public Cancelled cancel(@PathParam("id") long id) {
        return new Cancelled(id, changes.cancel(id));
    }
}
