package org.cctvportal.estate;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.LargeBodyRoute;

/**
 * An estate import's form (and the API's upload, the file alone) may be as large as its file limit, with room for the
 * form around the file.
 */
@ApplicationScoped
public class ImportBodyLimit {

    /** Room for the multipart framing and the other fields of the import form around the file itself. */
    static final long IMPORT_FORM_OVERHEAD = 64 * 1024;

    @Produces
    @Singleton
    @Unremovable
    LargeBodyRoute importForm(EstateImportConfig imports) {
        return new LargeBodyRoute("POST", Pattern.compile("/estate/import/?|/api/v1/imports/?"),
                imports.importMaxBytes() + IMPORT_FORM_OVERHEAD);
    }
}
