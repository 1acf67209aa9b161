package org.cctvportal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.storage.ObjectLock;
import org.cctvportal.platform.storage.ObjectLockMode;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.ObjectLockS3;
import org.junit.jupiter.api.Test;

/**
 * The supported path: against a server with object lock, an item's legal hold and evidential retention reach each of
 * its objects as S3 object lock requests (legal hold on and off, retention through the review date in the configured
 * mode, never shortened). The server is a tiny real HTTP server recording what it receives; the fallback on S3Proxy,
 * which has no object lock, is in {@link ObjectLockFallbackTest}.
 */
class EvidenceObjectLockTest {

    private static final String BUCKET = "cctv-evidence";
    private static final String A = "thames-valley/tv-oxford-city/7/aaaa";
    private static final String B = "thames-valley/tv-oxford-city/7/bbbb";

    @Test
    void aHeldEvidentialItemLocksEveryObjectThroughItsReviewDate() throws Exception {
        try (ObjectLockS3 s3 = new ObjectLockS3(true)) {
            EvidenceLocks locks = locks(s3, ObjectLockMode.COMPLIANCE);
            assertEquals(ObjectLock.Mode.OBJECT_LOCK, locks.objectLock.mode());
            s3.requests.clear();

            // Review on 31 March 2027 (BST from the 28th): locked until the end of that day in London.
            locks.apply(new EvidenceLocks.State(7, true, LocalDate.of(2027, 3, 31), List.of(A, B)));

            List<String> lines = s3.requests.stream().map(ObjectLockS3.Request::line).toList();
            assertEquals(List.of("PUT /" + BUCKET + "/" + A + "?legal-hold=", "GET /" + BUCKET + "/" + A
                    + "?retention=", "PUT /" + BUCKET + "/" + A + "?retention=", "PUT /" + BUCKET + "/" + B
                    + "?legal-hold=", "GET /" + BUCKET + "/" + B + "?retention=", "PUT /" + BUCKET + "/" + B
                    + "?retention="), lines);
            assertTrue(s3.requests.get(0).body().contains("<Status>ON</Status>"), s3.requests.get(0).body());
            String retention = s3.requests.get(2).body();
            assertTrue(retention.contains("<Mode>COMPLIANCE</Mode>"), retention);
            assertTrue(retention.contains("<RetainUntilDate>2027-03-31T23:00:00"), retention);
            assertEquals(Optional.of(true), locks.objectLock.held(A));
        }
    }

    @Test
    void aReleasedHoldIsLiftedAndARetentionIsNeverShortened() throws Exception {
        try (ObjectLockS3 s3 = new ObjectLockS3(true)) {
            EvidenceLocks locks = locks(s3, ObjectLockMode.GOVERNANCE);
            s3.retention("/" + BUCKET + "/" + A, "GOVERNANCE", "2028-01-01T00:00:00Z");
            locks.apply(new EvidenceLocks.State(7, true, null, List.of(A)));
            s3.requests.clear();

            locks.apply(new EvidenceLocks.State(7, false, LocalDate.of(2027, 6, 1), List.of(A)));

            List<String> lines = s3.requests.stream().map(ObjectLockS3.Request::line).toList();
            assertEquals(List.of("PUT /" + BUCKET + "/" + A + "?legal-hold=", "GET /" + BUCKET + "/" + A
                    + "?retention="), lines, "the longer lock already there stays as it is");
            assertTrue(s3.requests.get(0).body().contains("<Status>OFF</Status>"), s3.requests.get(0).body());
            assertEquals(Optional.of(false), locks.objectLock.held(A));
        }
    }

    @Test
    void aServerWithoutObjectLockIsDetectedAndSentNothingMore() throws Exception {
        try (ObjectLockS3 s3 = new ObjectLockS3(false)) {
            EvidenceLocks locks = locks(s3, ObjectLockMode.GOVERNANCE);
            assertEquals(ObjectLock.Mode.DATABASE_ONLY, locks.objectLock.mode());
            assertFalse(locks.objectLock.legalHold(A, true));
            locks.apply(new EvidenceLocks.State(7, true, LocalDate.of(2027, 3, 31), List.of(A)));
            assertEquals(Optional.empty(), locks.objectLock.held(A));
            assertEquals(List.of("GET /" + BUCKET + "?object-lock="), s3.requests.stream()
                    .map(ObjectLockS3.Request::line).toList(), "asked once at detection, nothing since");
        }
    }

    @Test
    void theSweepsGuardReadsTheObjectsOwnLegalHold() throws Exception {
        try (ObjectLockS3 s3 = new ObjectLockS3(true)) {
            HoldGuard guard = new HoldGuard();
            guard.objectLock = locks(s3, ObjectLockMode.GOVERNANCE).objectLock;
            assertFalse(guard.heldInStorage(A));
            guard.objectLock.legalHold(A, true);
            assertTrue(guard.heldInStorage(A), "held in storage, whatever the rows say");
            assertTrue(s3.requests.stream().anyMatch(r -> r.line().equals("GET /" + BUCKET + "/" + A
                    + "?legal-hold=")));
            assertEquals(7L, HoldGuard.itemOf(A));
            assertEquals(null, HoldGuard.itemOf("elsewhere/" + A));
        }
        // The server gone: a hold that cannot be read counts as held, so nothing is removed on a guess.
        HoldGuard guard = new HoldGuard();
        try (ObjectLockS3 s3 = new ObjectLockS3(true)) {
            guard.objectLock = locks(s3, ObjectLockMode.GOVERNANCE).objectLock;
            guard.objectLock.mode();
        }
        assertTrue(guard.heldInStorage(B));
    }

    @Test
    void whileObjectLockIsNotKnownEvidenceIsNotChangedAndTheSweepsKeepEverything() throws Exception {
        ObjectLockS3 stopped = new ObjectLockS3(true);
        EvidenceLocks locks = locks(stopped, ObjectLockMode.GOVERNANCE);
        stopped.close();
        assertEquals(ObjectLock.Mode.UNKNOWN, locks.objectLock.mode());
        org.junit.jupiter.api.Assertions.assertThrows(ObjectLock.NotChecked.class, locks::requireKnown);
        HoldGuard guard = new HoldGuard();
        guard.objectLock = locks.objectLock;
        assertTrue(guard.heldInStorage(A), "not known whether storage holds it, so it is kept");
    }

    private static EvidenceLocks locks(ObjectLockS3 s3, ObjectLockMode mode) {
        MinioClient client = MinioClient.builder().endpoint(s3.endpoint()).region("us-east-1")
                .credentials("portal", "portal-secret").build();
        EvidenceLocks locks = new EvidenceLocks();
        locks.objectLock = ObjectLock.of(client, config(s3.endpoint(), mode));
        return locks;
    }

    private static StorageConfig config(String endpoint, ObjectLockMode mode) {
        Map<String, Object> values = Map.of("endpoint", endpoint, "region", "us-east-1", "accessKey", "portal",
                "secretKey", "portal-secret", "evidenceBucket", BUCKET, "importsBucket", "cctv-imports",
                "objectLockMode", mode, "abandonedUploadAfter", Duration.ofDays(1),
                "multipartSweepEvery", Duration.ofHours(1));
        return (StorageConfig) Proxy.newProxyInstance(StorageConfig.class.getClassLoader(),
                new Class<?>[] {StorageConfig.class}, (proxy, method, args) -> values.get(method.getName()));
    }
}
