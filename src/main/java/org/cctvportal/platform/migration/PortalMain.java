package org.cctvportal.platform.migration;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The portal's entry point. With {@code portal.migrate-only=true} it is the migration step: Flyway has migrated the
 * schema at start as the owner ({@code quarkus.flyway.migrate-at-start} follows the flag in production), and the run
 * ends there with exit code 0, so the owner's password lives only in that short run (a Kubernetes Job, or the demo
 * launcher's first run). With {@code portal.cds-training=true} it is the build's training start for the class data
 * sharing archive (docs/operations.md, "The JVM and its heap"): started in the production profile with no database,
 * Keycloak or object storage to reach, it lets the start's background work begin, then ends with exit code 0, and the
 * JVM writes every class the start loaded to the archive as it exits. Otherwise it serves until it is stopped,
 * without migrating in production.
 */
@QuarkusMain
public class PortalMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(PortalMain.class);
    private static final long TRAINING_SETTLE_MILLIS = 3_000;

    @ConfigProperty(name = "portal.migrate-only", defaultValue = "false")
    boolean migrateOnly;

    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean migrated;

    @ConfigProperty(name = "portal.cds-training", defaultValue = "false")
    boolean training;

    @ConfigProperty(name = "portal.cds-training.class-log")
    Optional<String> classLog;

    @ConfigProperty(name = "portal.cds-training.class-list")
    Optional<String> classList;

    @Override
    public int run(String... args) {
        if (migrateOnly) {
            if (!migrated) {
                LOG.error("portal.migrate-only is set but quarkus.flyway.migrate-at-start is false: nothing was migrated");
                return 1;
            }
            LOG.info("Migrations applied as the schema owner; the migration step ends here");
            return 0;
        }
        if (training) {
            // The object storage check's first attempt and the redaction tools' check run on threads of their own
            // just after the start; their classes belong in the archive too.
            try {
                Thread.sleep(TRAINING_SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int linked = TrainingLinks.linkLoaded(classLog.map(Path::of).orElse(null),
                    classList.map(Path::of).orElse(null), PortalMain.class.getClassLoader());
            LOG.infof("Training start done (%d loaded classes linked for the archive); the JVM writes the class data"
                    + " sharing archive as it exits", linked);
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
