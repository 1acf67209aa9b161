package org.cctvportal.evidence;

import static org.cctvportal.evidence.PackageFixture.OFFICER;
import static org.cctvportal.evidence.PackageFixture.number;
import static org.cctvportal.evidence.PackageFixture.send;
import static org.cctvportal.evidence.PackageFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Object storage down while a package is made: its job fails with the reason, and there is no package, no register
 * entry, no object, and the request's clock still runs; a package's job taken up again after a restart.
 */
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
        JsonPath failed = PackageFixture.made(send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar,
                "reason", "Own images"), footage.redacted()));
        LocalStackResource.stack().resumeObjectStorage();

        assertEquals("FAILED", failed.getString("status"));
        assertTrue(failed.getString("message").startsWith("The evidence store is not available just now, so the"
                + " package was not made"), failed.getString("message"));
        assertEquals(1, number("select count(*) from notification where source_key = 'JOB_ENDED:job:"
                + failed.getString("id") + "'"), "the officer is told the package was not made");

        assertEquals(before, number("select count(*) from disclosure_package"));
        assertEquals(0, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'",
                footage.item()));
        assertEquals("OPEN", text("select status from subject_access_request where id = ?", sar));
        assertEquals(objects, packageObjects(), "no zip left in the bucket");
        String id = PackageFixture.sent(send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar,
                "reason", "Own images"), footage.redacted()));
        assertEquals("RESPONDED", text("select status from subject_access_request where id = ?", sar));
        assertEquals(objects + 1, packageObjects(), "sent again, the package is made once");
        assertEquals(1, number("select count(*) from disclosure_package where id = ?::uuid", id));
    }

    /**
     * The runner dies after the first of two files (the database refuses its record of the second): taken up again,
     * the package is made from its first file, holds both files, records each file's custody once, and leaves one
     * object, the dead attempt's (here one left behind as a killed process would) removed.
     */
    @Test
    void aPackageTakenUpAgainAfterARestartHoldsEveryFileOnceAndLeavesOneObject() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        String recipient = PackageFixture.unique("Force");
        JsonPath stopped;
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_stop_package() returns trigger language plpgsql as $$"
                    + " begin if new.kind = 'disclosure-package' and new.done = 2 and exists (select 1 from"
                    + " disclosure_package_request r where r.id::text = new.subject_id and r.recipient = '"
                    + recipient + "') then raise exception 'stopped'; end if; return new; end $$");
            sql.execute("create trigger test_stop_package before update on portal_job for each row"
                    + " execute function test_stop_package()");
            try {
                stopped = PackageFixture.made(send(OFFICER, Map.of("kind", "POLICE", "reference", "43260277777",
                        "recipient", recipient, "reason", "Prevention and detection of crime"), footage.master(),
                        footage.redacted()));
            } finally {
                sql.execute("drop trigger test_stop_package on portal_job");
                sql.execute("drop function test_stop_package()");
            }
        }
        assertEquals("FAILED", stopped.getString("status"));
        assertEquals(1, stopped.getLong("done"), "the first file was done when the runner stopped");
        assertEquals(2, stopped.getLong("total"));
        String id = stopped.getString("subjectId");
        assertEquals(0, number("select count(*) from disclosure_package where id = ?::uuid", id));
        String prefix = "thames-valley/tv-oxford-city/packages/" + id + "-";
        minio.putObject(PutObjectArgs.builder().bucket(storage.evidenceBucket()).object(prefix + "1")
                .data(new byte[] { 'P', 'K' }, 2).contentType("application/zip").build());
        JobWait.abandoned(PackageFixture.OXFORD, stopped.getString("id"));

        JsonPath finished = JobWait.ended(DemoUsers.token(OFFICER), stopped.getString("id"));

        assertEquals("DONE", finished.getString("status"), finished.getString("message"));
        assertEquals(2, finished.getLong("done"));
        assertTrue(finished.getString("result").startsWith("/evidence/packages/" + id), finished.getString("result"));
        assertEquals(2, number("select count(*) from disclosure_package_file where package_id = ?::uuid", id));
        assertEquals(1, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'"
                + " and file_id = ?::uuid", footage.item(), footage.master()));
        assertEquals(1, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'"
                + " and file_id = ?::uuid", footage.item(), footage.redacted()));
        assertEquals(List.of(prefix + "2"), objects(prefix), "the dead attempt's object is gone");
        Map<String, byte[]> entries = EvidenceVaultTest.unzip(PackageFixture.download(OFFICER, id));
        assertEquals(footage.masterSha(), EvidenceApiSupport.sha256(entries.get("files/01-master.mp4")));
        assertEquals(footage.redactedSha(), EvidenceApiSupport.sha256(entries.get("files/02-blurred.mp4")));
    }

    private List<String> objects(String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        for (var result : minio.listObjects(ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix(prefix).recursive(true).build())) {
            names.add(result.get().objectName());
        }
        return names;
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
