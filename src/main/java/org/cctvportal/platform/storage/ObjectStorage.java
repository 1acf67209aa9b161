package org.cctvportal.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The MinIO client for the configured S3 endpoint, and the portal's buckets, created at start when missing. The plain
 * {@code io.minio:minio} client is used rather than the Quarkiverse extension, which pins the older 8.x client and
 * probes for Docker when its URL is missing.
 */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    @Inject
    StorageConfig config;

    @Produces
    @Singleton
    MinioClient minio() {
        return MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
    }

    /** The lower-level client, for what MinioClient does not offer: listing and aborting multipart uploads. */
    @Produces
    @Singleton
    MinioAsyncClient minioAsync() {
        return MinioAsyncClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).build();
    }

    /**
     * Before the scheduler starts (it starts at {@code PLATFORM_BEFORE}), so no job lists a bucket not yet made, and
     * before {@link ObjectLock} asks the evidence bucket whether it supports object lock.
     */
    void createBuckets(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 2) StartupEvent start,
            MinioClient client) {
        for (String bucket : buckets()) {
            try {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    LOG.infof("Created bucket %s at %s", bucket, config.endpoint());
                }
            } catch (Exception e) {
                // Not fatal: readiness reports storage down until the server answers.
                LOG.errorf("Object storage at %s is not usable yet (%s): %s", config.endpoint(), bucket,
                        e.getMessage());
            }
        }
    }

    public List<String> buckets() {
        return List.of(config.evidenceBucket(), config.importsBucket());
    }
}
