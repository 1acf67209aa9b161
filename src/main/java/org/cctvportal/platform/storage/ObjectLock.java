package org.cctvportal.platform.storage;

import io.minio.MinioClient;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.Optional;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Whether the evidence bucket supports S3 object lock, found at start (and again while unknown), and the lock
 * requests when it does. Without it (S3Proxy on the local stack, a bucket made without object lock) legal hold and
 * retention live in the database alone, and every method here is a no-op the caller can tell apart.
 */
@ApplicationScoped
public class ObjectLock {

    private static final Logger LOG = Logger.getLogger(ObjectLock.class);

    /** How legal hold and retention are kept, as the readiness check reports it. */
    public enum Mode {
        OBJECT_LOCK, DATABASE_ONLY, UNKNOWN
    }

    @Inject
    MinioClient client;

    @Inject
    StorageConfig config;

    private volatile Mode mode = Mode.UNKNOWN;

    /** An object lock for a given client and configuration outside CDI, such as a test's own S3 endpoint. */
    public static ObjectLock of(MinioClient client, StorageConfig config) {
        ObjectLock lock = new ObjectLock();
        lock.client = client;
        lock.config = config;
        return lock;
    }

    /** After the buckets are made (ObjectStorage observes one step earlier), before the scheduler starts. */
    void detectAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent start) {
        mode();
    }

    /** The mode, asking the server while it is unknown (it was down at start). */
    public Mode mode() {
        if (mode == Mode.UNKNOWN) {
            try {
                mode = requests().supported() ? Mode.OBJECT_LOCK : Mode.DATABASE_ONLY;
                LOG.infof("Evidence bucket %s: legal hold and retention kept %s", config.evidenceBucket(),
                        mode == Mode.OBJECT_LOCK ? "in object storage (object lock, " + config.objectLockMode()
                                + ") and in the database" : "in the database only: the server has no object lock");
            } catch (Exception e) {
                LOG.warnf("Could not tell whether %s supports object lock yet: %s", config.evidenceBucket(),
                        e.getMessage());
            }
        }
        return mode;
    }

    public boolean supported() {
        return mode() == Mode.OBJECT_LOCK;
    }

    /** Sets or lifts the legal hold of an evidence object; false when the server has no object lock. */
    public boolean legalHold(String key, boolean on) throws Exception {
        if (!supported()) {
            return false;
        }
        if (on) {
            requests().hold(key);
        } else {
            requests().release(key);
        }
        return true;
    }

    /** Locks an evidence object through the end of {@code lastDay}; false when the server has no object lock. */
    public boolean retainThrough(String key, LocalDate lastDay) throws Exception {
        if (!supported()) {
            return false;
        }
        requests().retainThrough(key, lastDay);
        return true;
    }

    /** The object's legal hold as object storage keeps it; empty when the server has no object lock. */
    public Optional<Boolean> held(String key) throws Exception {
        return supported() ? Optional.of(requests().held(key)) : Optional.empty();
    }

    ObjectLockRequests requests() {
        return new ObjectLockRequests(client, config.evidenceBucket(), config.objectLockMode(), LondonTime.ZONE);
    }
}
