package org.cctvportal.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.Http;
import io.minio.MinioClient;
import io.minio.errors.MinioException;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.jboss.logging.Logger;

/**
 * The MinIO client for the configured S3 endpoint, and the portal's buckets, created at start when missing.
 * The plain {@code io.minio:minio} client is used rather than the Quarkiverse extension, which pins the older 8.x
 * client and probes for Docker when its URL is missing.
 */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    @Inject
    StorageConfig config;

    private OkHttpClient http;

    @Produces
    @Singleton
    MinioClient minio() {
        return MinioClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).httpClient(http()).build();
    }

    /** The lower-level client, for what MinioClient does not offer: listing and aborting multipart uploads. */
    @Produces
    @Singleton
    MinioAsyncClient minioAsync() {
        return MinioAsyncClient.builder().endpoint(config.endpoint()).region(config.region())
                .credentials(config.accessKey(), config.secretKey()).httpClient(http()).build();
    }

    /**
     * One HTTP client (its connection pool and threads) for both MinIO clients, made as MinIO makes its own: its
     * timeouts, HTTP/1.1, its retry of refused statuses. For an {@code https} endpoint it also trusts the certificates
     * of {@code SSL_CERT_FILE} as MinIO does; for plain {@code http} it neither reads that bundle (a hundred and
     * more certificates parsed on the way to ready, twice) nor sets up TLS, which such a connection never uses.
     */
    synchronized OkHttpClient http() {
        if (http == null) {
            boolean tls = config.endpoint().regionMatches(true, 0, "https:", 0, 6);
            OkHttpClient client = client(tls);
            if (tls) {
                try {
                    client = Http.enableExternalCertificatesFromEnv(client);
                } catch (MinioException e) {
                    throw new IllegalStateException("The certificates of SSL_CERT_FILE cannot be read: "
                            + e.getMessage(), e);
                }
            }
            http = client;
        }
        return http;
    }

    /**
     * MinIO's own client settings; without TLS, cleartext connections only, so OkHttp does not build the platform's
     * TLS socket factory and trust store when it is made.
     */
    static OkHttpClient client(boolean tls) {
        return new OkHttpClient.Builder()
                .connectionSpecs(tls ? List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
                        : List.of(ConnectionSpec.CLEARTEXT))
                .connectTimeout(Http.DEFAULT_TIMEOUT, TimeUnit.MILLISECONDS)
                .writeTimeout(Http.DEFAULT_TIMEOUT, TimeUnit.MILLISECONDS)
                .readTimeout(Http.DEFAULT_TIMEOUT, TimeUnit.MILLISECONDS)
                .protocols(List.of(Protocol.HTTP_1_1))
                .addInterceptor(new Http.StatusRetryInterceptor())
                .build();
    }

    /** Set once the buckets exist and the evidence bucket's object lock is known; readiness is down until then. */
    private final CountDownLatch checked = new CountDownLatch(1);

    private volatile String problem = "not checked yet";

    /**
     * Makes the missing buckets and asks the evidence bucket whether it supports object lock, once on the start's own
     * path (the first of the start-up observers) and, when the server does not answer, again on a thread of its own
     * with a growing pause (1 s to 30 s) until both are done. Until then readiness is down ({@link StorageHealthCheck})
     * and evidence writes are refused ({@link ObjectLock#known()}), so an instance takes no traffic and changes no
     * evidence before the check has passed, and a start while object storage is away still ends. The check runs on
     * the start's path, not beside it: Quarkus fires the start-up event only once everything else has started, so a
     * check beside it only made readiness later (docs/benchmarks.md, production footprint, run 12).
     */
    void checkAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 2) StartupEvent start,
            MinioClient client, ObjectLock objectLock) {
        if (check(client, objectLock)) {
            return;
        }
        Thread check = new Thread(() -> checkUntilDone(client, objectLock), "object-storage-check");
        check.setDaemon(true);
        check.start();
    }

    void checkUntilDone(MinioClient client, ObjectLock objectLock) {
        long pause = 1_000;
        while (!check(client, objectLock)) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 30_000);
        }
    }

    /** Makes the missing buckets, then learns the evidence bucket's object lock; true once both are done. */
    boolean check(MinioClient client, ObjectLock objectLock) {
        for (String bucket : buckets()) {
            try {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    LOG.infof("Created bucket %s at %s", bucket, config.endpoint());
                }
            } catch (Exception e) {
                // Not fatal: readiness reports storage down until the server answers, and the check is tried again.
                problem = "bucket " + bucket + " not usable yet: " + e.getMessage();
                LOG.errorf("Object storage at %s is not usable yet (%s): %s", config.endpoint(), bucket,
                        e.getMessage());
                return false;
            }
        }
        if (objectLock.mode() == ObjectLock.Mode.UNKNOWN) {
            problem = "whether " + config.evidenceBucket() + " supports object lock is not known yet";
            return false;
        }
        problem = null;
        checked.countDown();
        return true;
    }

    /** Whether the start's check of object storage has passed: the buckets exist and object lock is known. */
    public boolean checked() {
        return checked.getCount() == 0;
    }

    /** What the start's check is waiting for, or null once it has passed. */
    public String problem() {
        return problem;
    }

    /** Waits up to {@code timeout} for the start's check; whether it passed. */
    public boolean awaitChecked(Duration timeout) {
        try {
            return checked.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public List<String> buckets() {
        return List.of(config.evidenceBucket(), config.importsBucket());
    }
}
