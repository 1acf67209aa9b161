package org.cctvportal.platform.storage;

import io.minio.DisableObjectLegalHoldArgs;
import io.minio.EnableObjectLegalHoldArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.GetObjectRetentionArgs;
import io.minio.IsObjectLegalHoldEnabledArgs;
import io.minio.MinioClient;
import io.minio.SetObjectRetentionArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Retention;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The S3 object lock requests the portal sends for one bucket: legal hold on and off, retention until a date, and
 * the reads that tell whether a server and bucket support object lock and whether an object is held. Plain, so a
 * test can point it at any S3 endpoint.
 */
public class ObjectLockRequests {

    /** Answers of a server or bucket without object lock (S3Proxy's filesystem backend, a bucket made without it). */
    private static final Set<String> UNSUPPORTED = Set.of("ObjectLockConfigurationNotFoundError", "NotImplemented",
            "InvalidRequest", "InvalidBucketState", "MethodNotAllowed", "NoSuchObjectLockConfiguration");

    private final MinioClient client;
    private final String bucket;
    private final ObjectLockMode mode;
    private final ZoneId zone;

    public ObjectLockRequests(MinioClient client, String bucket, ObjectLockMode mode, ZoneId zone) {
        this.client = client;
        this.bucket = bucket;
        this.mode = mode;
        this.zone = zone;
    }

    /** True when the bucket has object lock enabled; false when the server or bucket has none; throws if unreachable. */
    public boolean supported() throws Exception {
        try {
            client.getObjectLockConfiguration(GetObjectLockConfigurationArgs.builder().bucket(bucket).build());
            return true;
        } catch (ErrorResponseException e) {
            if (e.errorResponse() != null && UNSUPPORTED.contains(e.errorResponse().code())) {
                return false;
            }
            throw e;
        }
    }

    public void hold(String key) throws Exception {
        client.enableObjectLegalHold(EnableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
    }

    public void release(String key) throws Exception {
        client.disableObjectLegalHold(DisableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
    }

    public boolean held(String key) throws Exception {
        return client.isObjectLegalHoldEnabled(IsObjectLegalHoldEnabledArgs.builder().bucket(bucket).object(key)
                .build());
    }

    /**
     * Locks the object until the end of {@code lastDay} (in the portal's zone) in the configured mode. A retention
     * already reaching that far is left alone: a lock can be lengthened, never shortened by the portal.
     */
    public void retainThrough(String key, LocalDate lastDay) throws Exception {
        ZonedDateTime until = lastDay.plusDays(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC);
        Retention current = retention(key);
        if (current != null && current.retainUntilDate() != null && !current.retainUntilDate().isBefore(until)) {
            return;
        }
        client.setObjectRetention(SetObjectRetentionArgs.builder().bucket(bucket).object(key)
                .config(new Retention(mode.s3(), until)).build());
    }

    private Retention retention(String key) throws Exception {
        try {
            return client.getObjectRetention(GetObjectRetentionArgs.builder().bucket(bucket).object(key).build());
        } catch (ErrorResponseException e) {
            if (e.errorResponse() != null && "NoSuchObjectLockConfiguration".equals(e.errorResponse().code())) {
                return null;
            }
            throw e;
        }
    }
}
