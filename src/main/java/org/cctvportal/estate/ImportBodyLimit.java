package org.cctvportal.estate;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.LargeBodyRoute;

/** An estate import's form (and the API's upload) may be as large as its file limit, with room for the form around the file. */
@ApplicationScoped
public class ImportBodyLimit {

    /** The API's upload (the file alone as the body): the same limit as the page's. */
    @Produces
    @Singleton
    @Unremovable
    LargeBodyRoute importApi(EstateImportConfig imports) {
        return new LargeBodyRoute("POST", Pattern.compile("/api/v1/imports/?"),
                imports.importMaxBytes() + IMPORT_FORM_OVERHEAD);
    }

    /** Room for the multipart framing and the other fields of the import form around the file itself. */
    static final long IMPORT_FORM_OVERHEAD = 64 * 1024;

    @Produces
    @Singleton
    @Unremovable
    LargeBodyRoute importForm(EstateImportConfig imports) {
        return new LargeBodyRoute("POST", Pattern.compile("/estate/import/?"),
                imports.importMaxBytes() + IMPORT_FORM_OVERHEAD);
    }
}
