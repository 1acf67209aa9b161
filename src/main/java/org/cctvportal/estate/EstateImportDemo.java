package org.cctvportal.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * The demo's import job: Oxford's manager re-imported the first rows of the council's own camera export to check the
 * register, so the job runs at start like any other (checked, applied in chunks, DONE with "unchanged" rows) and its
 * page and the import's page show a finished import without changing the demo's figures. Idempotent: an import of
 * that file already there is left as it is.
 */
@ApplicationScoped
public class EstateImportDemo implements DemoSeed {

    static final String PARTNER = "tv-oxford-city";
    static final String PARTNERSHIP = "thames-valley";
    static final String FILE = "oxford-register-check.csv";
    static final String PERSON = "oxford.manager";
    private static final int ROWS = 6;

    @Inject
    UnattendedWork unattended;

    @Inject
    EstateImportService imports;

    @Inject
    EstateExport export;

    @Override
    public String name() {
        return "estate-import";
    }

    @Override
    public Set<String> after() {
        return Set.of("estate");
    }

    @Override
    public void seed() {
        unattended.forPartner(PARTNER, PARTNERSHIP, () -> {
            if (EstateImport.count("fileName", FILE) > 0) {
                return null;
            }
            String rows = export.csv(EstateImport.Subject.CAMERAS).lines().limit(ROWS + 1L)
                    .collect(Collectors.joining("\n", "", "\n"));
            EstateImport upload = imports.upload(EstateImport.Subject.CAMERAS, FILE,
                    rows.getBytes(StandardCharsets.UTF_8), PERSON);
            imports.startCommit(upload.id.toString(), PERSON, null);
            return null;
        });
    }
}
