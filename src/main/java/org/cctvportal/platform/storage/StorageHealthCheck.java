package org.cctvportal.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the start's check of object storage has passed ({@link ObjectStorage#checked()}: the buckets made,
 * the evidence bucket's object lock known) and while every bucket of the portal exists on the object storage server.
 * Says where legal hold and retention are kept: in object storage as well (object lock) or in the database only (a server without object lock).
 */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    @Inject
    MinioClient client;

    @Inject
    ObjectStorage storage;

    @Inject
    StorageConfig config;

    @Inject
    ObjectLock objectLock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Object storage")
                .withData("endpoint", config.endpoint());
        if (!storage.checked()) {
            return response.down().withData("start-up check", storage.problem()).build();
        }
        try {
            for (String bucket : storage.buckets()) {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    return response.down().withData("missing bucket", bucket).build();
                }
            }
            return withHoldMode(response).up().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private HealthCheckResponseBuilder withHoldMode(HealthCheckResponseBuilder response) {
        return switch (objectLock.mode()) {
            case OBJECT_LOCK -> response.withData("legal hold", "object lock (" + config.objectLockMode()
                    + ") and database");
            case DATABASE_ONLY -> response.withData("legal hold", "database only: the server has no object lock");
            case UNKNOWN -> response.withData("legal hold", "unknown yet");
        };
    }
}
