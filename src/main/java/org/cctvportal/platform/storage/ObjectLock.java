package org.cctvportal.platform.storage;

import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.platform.web.UnavailableException;
import org.jboss.logging.Logger;

/**
 * Whether the evidence bucket supports S3 object lock, found at start ({@link ObjectStorage}, which asks again until
 * the server answers) or by the first request that needs it, and the lock requests when it does. Without it (S3Proxy on the local stack, a bucket made without object lock) legal hold and
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

    /**
     * The mode, refusing with 503 while it cannot be known: evidence is not changed before the portal knows whether
     * object storage must lock it too, so nothing is ever kept with less protection than the server offers.
     */
    public Mode known() {
        Mode known = mode();
        if (known == Mode.UNKNOWN) {
            throw new NotChecked(config.evidenceBucket());
        }
        return known;
    }

    /** Evidence cannot be changed yet: whether the evidence bucket has object lock is not known. */
    public static final class NotChecked extends UnavailableException {
        NotChecked(String bucket) {
            super("The evidence store is not ready", "The evidence store has not been checked yet, so nothing was"
                    + " changed: try again in a minute", "object lock of " + bucket + " not known yet");
        }
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
