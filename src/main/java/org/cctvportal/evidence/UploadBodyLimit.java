package org.cctvportal.evidence;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.LargeBodyRoute;

/** A file uploaded into an evidence item, through the pages or the API, may be as large as the server allows. */
@ApplicationScoped
public class UploadBodyLimit {

    @Produces
    @Singleton
    @Unremovable
    LargeBodyRoute upload() {
        return new LargeBodyRoute("POST", Pattern.compile("/(api/v1/)?evidence/[^/]+/files/?"),
                LargeBodyRoute.SERVER_LIMIT);
    }
}
