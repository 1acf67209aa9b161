package org.cctvportal.platform.storage;

import io.minio.AbortMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.MinioAsyncClient;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.ListMultipartUploadsResult;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Incomplete multipart uploads: an upload of unknown length goes to object storage in parts, and parts of an upload
 * that never completes stay on the server (billed, invisible to a listing of objects) until the upload is aborted.
 */
@ApplicationScoped
public class MultipartUploads {

    /** One incomplete upload. */
    public record Incomplete(String bucket, String key, String uploadId, Instant initiated) {
    }

    private static final Logger LOG = Logger.getLogger(MultipartUploads.class);

    private final Set<Incomplete> owed = ConcurrentHashMap.newKeySet();

    @Inject
    MinioAsyncClient client;

    /** Every incomplete upload in a bucket under a prefix, oldest first as the server lists them. */
    public List<Incomplete> list(String bucket, String prefix) throws Exception {
        List<Incomplete> uploads = new ArrayList<>();
        String keyMarker = null;
        String uploadIdMarker = null;
        while (true) {
            ListMultipartUploadsArgs.Builder args = ListMultipartUploadsArgs.builder().bucket(bucket).prefix(prefix)
                    .maxUploads(1000);
            if (keyMarker != null) {
                args.keyMarker(keyMarker).uploadIdMarker(uploadIdMarker);
            }
            ListMultipartUploadsResult result = get(client.listMultipartUploads(args.build())).result();
            for (ListMultipartUploadsResult.Upload upload : result.uploads()) {
                uploads.add(new Incomplete(bucket, upload.objectName(), upload.uploadId(),
                        upload.initiated() == null ? Instant.EPOCH : upload.initiated().toInstant()));
            }
            if (!result.isTruncated() || result.nextKeyMarker() == null) {
                return uploads;
            }
            keyMarker = result.nextKeyMarker();
            uploadIdMarker = result.nextUploadIdMarker();
        }
    }

    /** Aborts one upload, freeing its parts; one already gone counts as aborted. */
    public void abort(Incomplete upload) throws Exception {
        try {
            get(client.abortMultipartUpload(AbortMultipartUploadArgs.builder().bucket(upload.bucket())
                    .object(upload.key()).uploadId(upload.uploadId()).build()));
        } catch (ErrorResponseException e) {
            if (e.errorResponse() == null || !"NoSuchUpload".equals(e.errorResponse().code())) {
                throw e;
            }
        }
    }

    /** Aborts every incomplete upload of exactly this key; says how many. */
    public int abortAll(String bucket, String key) throws Exception {
        int aborted = 0;
        for (Incomplete upload : list(bucket, key)) {
            if (upload.key().equals(key)) {
                abort(upload);
                aborted++;
            }
        }
        return aborted;
    }

    /**
     * Remembers an upload whose abort could not reach object storage; {@link #retryOwed()} aborts it once the server
     * answers again. Kept in this replica's memory: if the replica dies first, the daily sweep frees the parts.
     */
    public void abortLater(String bucket, String key) {
        owed.add(new Incomplete(bucket, key, null, null));
    }

    @Scheduled(every = "${portal.storage.abort-retry-every:30s}", concurrentExecution =
            Scheduled.ConcurrentExecution.SKIP)
    void retryOwed() {
        for (Incomplete upload : List.copyOf(owed)) {
            try {
                abortAll(upload.bucket(), upload.key());
                owed.remove(upload);
            } catch (Exception e) {
                LOG.debugf("Parts of %s still not aborted: %s", upload.key(), e.getMessage());
            }
        }
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
