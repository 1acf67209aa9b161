package org.cctvportal.evidence;

import static org.cctvportal.evidence.PackageFixture.OFFICER;
import static org.cctvportal.evidence.PackageFixture.number;
import static org.cctvportal.evidence.PackageFixture.send;
import static org.cctvportal.evidence.PackageFixture.text;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Object storage down while a package is written: no package, no register entry, the request's clock still runs. */
@QuarkusTest
class DisclosurePackageFaultTest {

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @AfterEach
    void objectStorageIsBack() {
        LocalStackResource.stack().resumeObjectStorage();
    }

    @Test
    void objectStorageDownLeavesNoPackageNoRegisterEntryAndTheClockRunning() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        String reference = PackageFixture.unique("SAR");
        long sar = PackageFixture.request(reference);
        long before = number("select count(*) from disclosure_package");
        long objects = packageObjects();

        LocalStackResource.stack().suspendObjectStorage();
        send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason", "Own images"),
                footage.redacted()).then().statusCode(400)
                .body(containsString("The evidence store is not available just now, so the package was not made"));
        LocalStackResource.stack().resumeObjectStorage();

        assertEquals(before, number("select count(*) from disclosure_package"));
        assertEquals(0, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'",
                footage.item()));
        assertEquals("OPEN", text("select status from subject_access_request where id = ?", sar));
        assertEquals(objects, packageObjects(), "no zip left in the bucket");
        send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason", "Own images"),
                footage.redacted()).then().statusCode(303);
    }

    private long packageObjects() throws Exception {
        long count = 0;
        for (var result : minio.listObjects(ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix("thames-valley/tv-oxford-city/packages/").recursive(true).build())) {
            result.get();
            count++;
        }
        return count;
    }
}
