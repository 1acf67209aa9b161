package org.cctvportal.estate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.cctvportal.platform.audit.AuditEvent;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The stale-import job against the real database and S3 server: it reaches every partner's stale imports, each
 * under that partner's own tenancy, marks them discarded with one audit event each, removes their files, leaves
 * recent and committed imports alone, and does nothing more when run again.
 */
@QuarkusTest
class StaleImportsTest {

    @Inject
    StaleImports job;

    @Inject
    UnattendedWork scheduled;

    @Inject
    MinioClient storage;

    @Inject
    StorageConfig config;

    @Test
    void staleImportsOfEveryPartnerAreDiscardedOnceWithTheirFiles() throws Exception {
        Instant old = TestClock.now().minus(Duration.ofDays(3));
        EstateImport oxford = stored("tv-oxford-city", "thames-valley", EstateImport.Status.PREVIEWED, old);
        EstateImport bristol = stored("as-bristol", "avon-somerset", EstateImport.Status.PREVIEWED, old);
        EstateImport recent = stored("tv-oxford-city", "thames-valley", EstateImport.Status.PREVIEWED,
                TestClock.now().minus(Duration.ofHours(1)));
        EstateImport committed = stored("tv-cherwell", "thames-valley", EstateImport.Status.COMMITTED, old);

        job.discardAll();
        job.discardAll();

        assertDiscarded("tv-oxford-city", "thames-valley", oxford);
        assertDiscarded("as-bristol", "avon-somerset", bristol);
        assertKept("tv-oxford-city", "thames-valley", recent, EstateImport.Status.PREVIEWED);
        assertKept("tv-cherwell", "thames-valley", committed, EstateImport.Status.COMMITTED);
    }

    @Test
    void theRetentionReadsAsPeopleSayIt() {
        assertEquals("2 days", StaleImports.describe(Duration.parse("P2D")));
        assertEquals("36 hours", StaleImports.describe(Duration.ofHours(36)));
        assertEquals("1 day", StaleImports.describe(Duration.ofDays(1)));
        assertEquals("90 minutes", StaleImports.describe(Duration.ofMinutes(90)));
    }

    private EstateImport stored(String partner, String partnership, EstateImport.Status status, Instant createdAt)
            throws Exception {
        byte[] bytes = "asset_tag,site\nT-1,Somewhere\n".getBytes();
        EstateImport upload = new EstateImport();
        upload.id = UUID.randomUUID();
        upload.subject = EstateImport.Subject.CAMERAS;
        upload.format = EstateImport.Format.CSV;
        upload.fileName = "cameras.csv";
        upload.objectKey = partner + "/" + upload.id;
        upload.sha256 = EstateImportService.sha256(bytes);
        upload.sizeBytes = bytes.length;
        upload.status = status;
        upload.createdBy = "test";
        upload.createdAt = createdAt;
        storage.putObject(PutObjectArgs.builder().bucket(config.importsBucket()).object(upload.objectKey)
                .data(bytes, bytes.length).contentType("text/csv").build());
        scheduled.forPartner(partner, partnership, () -> {
            upload.persist();
            return null;
        });
        return upload;
    }

    private void assertDiscarded(String partner, String partnership, EstateImport upload) {
        scheduled.forPartner(partner, partnership, () -> {
            EstateImport found = EstateImport.findById(upload.id);
            assertEquals(EstateImport.Status.DISCARDED, found.status);
            assertEquals("Discarded: not committed within 2 days", found.outcome);
            var events = AuditEvent.<AuditEvent>list("entityType = 'estate_import' and entityId = ?1",
                    upload.id.toString());
            assertEquals(1, events.size(), "one audit event per discarded import, however often the job runs");
            assertEquals("estate.import-discarded", events.get(0).action);
            assertEquals("system", events.get(0).actor);
            return null;
        });
        assertThrows(Exception.class, () -> storage.statObject(StatObjectArgs.builder()
                .bucket(config.importsBucket()).object(upload.objectKey).build()));
    }

    private void assertKept(String partner, String partnership, EstateImport upload, EstateImport.Status status)
            throws Exception {
        scheduled.forPartner(partner, partnership, () -> {
            assertEquals(status, EstateImport.<EstateImport>findById(upload.id).status);
            return null;
        });
        storage.statObject(StatObjectArgs.builder().bucket(config.importsBucket()).object(upload.objectKey).build());
    }
}
