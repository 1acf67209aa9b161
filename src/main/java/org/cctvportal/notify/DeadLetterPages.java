package org.cctvportal.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cctvportal.platform.security.Roles;

/** The partnership's undelivered e-mails, for its partnership admins. */
@Path("/notifications/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class DeadLetterPages {

    @Inject
    DeadLetters deadLetters;

    @Inject
    NotifyConfig config;

    public record View(List<DeadLetters.DeadLetter> letters, int maxAttempts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(View view);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(new View(deadLetters.list(), config.maxAttempts()));
    }
}
