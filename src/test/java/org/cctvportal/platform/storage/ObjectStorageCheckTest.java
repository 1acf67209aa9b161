package org.cctvportal.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.cctvportal.support.ObjectLockS3;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Object storage is checked beside the start, not on its way: until the check has passed the instance is not ready
 * and evidence cannot be changed. Against an S3 endpoint that does not answer (a real server, stopped).
 */
class ObjectStorageCheckTest {

    @Test
    void untilObjectStorageAnswersTheInstanceIsNotReadyAndEvidenceIsNotChanged() throws Exception {
        String endpoint;
        try (ObjectLockS3 stopped = new ObjectLockS3(true)) {
            endpoint = stopped.endpoint();
        }
        StorageConfig config = config(endpoint);
        MinioClient client = MinioClient.builder().endpoint(endpoint).region("us-east-1")
                .credentials("portal", "portal-secret").build();
        ObjectStorage storage = new ObjectStorage();
        storage.config = config;
        ObjectLock lock = ObjectLock.of(client, config);

        assertFalse(storage.check(client, lock), "nothing answered, so the check has not passed");
        assertFalse(storage.checked());
        assertFalse(storage.awaitChecked(Duration.ofMillis(50)));
        assertTrue(storage.problem().contains("cctv-evidence"), storage.problem());

        StorageHealthCheck readiness = new StorageHealthCheck();
        readiness.client = client;
        readiness.storage = storage;
        readiness.config = config;
        readiness.objectLock = lock;
        HealthCheckResponse response = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(storage.problem(), response.getData().orElseThrow().get("start-up check"));

        ObjectLock.NotChecked refused = assertThrows(ObjectLock.NotChecked.class, lock::known);
        assertEquals("The evidence store has not been checked yet, so nothing was changed: try again in a minute",
                refused.reason());
        assertEquals(ObjectLock.Mode.UNKNOWN, lock.mode());
    }

    @Test
    void aServerThatAnswersSettlesTheModeForEvidenceWrites() throws Exception {
        try (ObjectLockS3 s3 = new ObjectLockS3(false)) {
            MinioClient client = MinioClient.builder().endpoint(s3.endpoint()).region("us-east-1")
                    .credentials("portal", "portal-secret").build();
            ObjectLock lock = ObjectLock.of(client, config(s3.endpoint()));
            assertEquals(ObjectLock.Mode.DATABASE_ONLY, lock.known());
        }
    }

    private static StorageConfig config(String endpoint) {
        Map<String, Object> values = Map.of("endpoint", endpoint, "region", "us-east-1", "accessKey", "portal",
                "secretKey", "portal-secret", "evidenceBucket", "cctv-evidence", "importsBucket", "cctv-imports",
                "objectLockMode", ObjectLockMode.GOVERNANCE, "abandonedUploadAfter", Duration.ofDays(1),
                "multipartSweepEvery", Duration.ofHours(1));
        return (StorageConfig) Proxy.newProxyInstance(StorageConfig.class.getClassLoader(),
                new Class<?>[] {StorageConfig.class}, (proxy, method, args) -> values.get(method.getName()));
    }
}
