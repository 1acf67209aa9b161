package org.cctvportal.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when every bucket of the portal exists on the object storage server. */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    @Inject
    MinioClient client;

    @Inject
    ObjectStorage storage;

    @Inject
    StorageConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Object storage")
                .withData("endpoint", config.endpoint());
        try {
            for (String bucket : storage.buckets()) {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    return response.down().withData("missing bucket", bucket).build();
                }
            }
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
