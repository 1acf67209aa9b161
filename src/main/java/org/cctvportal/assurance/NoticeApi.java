package org.cctvportal.assurance;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import org.cctvportal.platform.security.Roles;
import org.cctvportal.platform.web.ApiBodies;
import org.cctvportal.platform.web.ApiPaging;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Switch-off notices for the PCC office: every partner's, the cameras each is about, and acknowledging one. */
@Path("/api/v1/assurance/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNERSHIP_ADMIN, Roles.PCC_ANALYST })
@Tag(name = "Assurance")
public class NoticeApi {

    @Inject
    SwitchOffNoticeService notices;

    /** What the PCC office will do about the notice (required, at most the form's length). */
    public record AcknowledgeInput(String note) {
    }

    @GET
    @Operation(summary = "The partnership's switch-off notices, open ones first, then the newest; paged",
            description = "Cameras taken offline or removed, funding lapsing, a hub's service ending; the newest "
                    + SwitchOffNoticeService.LIMIT + " notices")
    public ApiPaging.Page<SwitchOffNoticeService.Row> list(@BeanParam ApiPaging paging,
            @Parameter(description = "open: only notices not yet acknowledged") @QueryParam("status") String status) {
        ApiPaging.Request page = paging.request();
        boolean openOnly = "open".equalsIgnoreCase(status == null ? "" : status.strip());
        if (!openOnly && status != null && !status.isBlank()) {
            throw new InvalidInputException(new FormErrors().add("status", "status must be open or left out"));
        }
        List<SwitchOffNoticeService.Row> rows = notices.partnership(SwitchOffNoticeService.LIMIT).stream()
                .filter(r -> !openOnly || !r.acknowledged()).toList();
        return page.slice(rows);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One notice with the cameras it is about and where they are")
    public SwitchOffNoticeService.Detail notice(@PathParam("id") long id) {
        return notices.detail(id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Acknowledge a notice for the PCC office, with a note saying what it will do",
            description = "A missing or too long note, or a notice already acknowledged, is refused with 400 and"
                    + " nothing changes")
    @RequestBody(content = @Content(schema = @Schema(implementation = AcknowledgeInput.class)))
    public SwitchOffNoticeService.Detail acknowledge(@PathParam("id") long id, JsonNode body) {
        notices.detail(id);
        notices.acknowledge(id, ApiBodies.textOrNull(body, "note"));
        return notices.detail(id);
    }
}
