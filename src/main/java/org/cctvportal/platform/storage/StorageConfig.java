package org.cctvportal.platform.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Object storage: MinIO in production, any S3-compatible server (S3Proxy on the local stack). */
@ConfigMapping(prefix = "portal.storage")
public interface StorageConfig {

    /** URL of the S3 endpoint, for example https://minio.example.org or http://127.0.0.1:8280. */
    String endpoint();

    /** Access key of the portal's storage account (least privilege: its own buckets only). */
    String accessKey();

    /** Secret key of the portal's storage account; supply it from a secret store, never a file in the repository. */
    String secretKey();

    /** Region sent in signatures; MinIO and S3Proxy accept us-east-1. */
    String region();

    /** Bucket holding evidence masters and derivatives (object lock enabled in production). */
    String evidenceBucket();

    /** Bucket holding uploaded import files while they are checked. */
    String importsBucket();

    /**
     * Object lock mode of the retention the portal sets on evidence objects until their review date, where the server
     * supports object lock: GOVERNANCE (an account holding s3:BypassGovernanceRetention can shorten it) or COMPLIANCE
     * (nobody can). Match the evidence bucket's default retention mode.
     */
    @WithDefault("GOVERNANCE")
    ObjectLockMode objectLockMode();

    /** Age at which the multipart sweep aborts an incomplete multipart upload and frees its parts. */
    @WithDefault("1d")
    Duration abandonedUploadAfter();

    /**
     * How often a replica retries aborting the parts of its own uploads that failed while object storage was away,
     * so they go as soon as it is back rather than at the next day's sweep.
     */
    Duration abortRetryEvery();

    /** Interval of the multipart sweep; the same on every replica. */
    @WithDefault("1h")
    Duration multipartSweepEvery();
}
