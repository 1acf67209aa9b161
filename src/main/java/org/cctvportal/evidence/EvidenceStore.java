package org.cctvportal.evidence;

import io.minio.CopyObjectArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SourceObject;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cctvportal.platform.storage.MultipartUploads;
import org.cctvportal.platform.storage.StorageConfig;
import org.jboss.logging.Logger;

/**
 * Evidence objects in the evidence bucket. Uploads stream in multipart parts (two parts in memory at most), reads
 * stream out; nothing is held whole in memory or written to local disk.
 */
@ApplicationScoped
class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class);

    /** Object storage did not answer or refused: the caller says so and leaves nothing half-done. */
    static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(String what, Throwable cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    @Inject
    MinioClient client;

    @Inject
    StorageConfig storage;

    @Inject
    EvidenceConfig config;

    @Inject
    MultipartUploads multipart;

    @Inject
    MinioAsyncClient asyncClient;

    /** Hashes and hands parts to the client off the request thread; threads end when idle. */
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "evidence-part");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Streams {@code in} (of unknown length) to {@code key}, receiving each part while the one before it is sent, and
     * returns the SHA-256 of what was stored. IOExceptions of the stream itself come back as thrown. On any failure
     * the multipart upload is aborted so no parts stay behind; if object storage is gone and the abort cannot reach
     * it, it is retried until the server answers (and the multipart sweep is the last resort).
     */
    String put(String key, InputStream in, String mediaType, String fileName) throws IOException {
        try {
            return new PartPipeline(asyncClient, workers, bucket(), key, mediaType,
                    Map.of("file-name", encode(fileName)), config.partSize()).send(in);
        } catch (Exception e) {
            abortParts(key);
            IOException source = cause(e, IOException.class);
            if (source instanceof UploadLimits.Refused refused) {
                throw refused;
            }
            throw new StoreUnavailable("could not store " + key, e);
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdown();
    }

    private void abortParts(String key) {
        try {
            multipart.abortAll(bucket(), key);
        } catch (Exception e) {
            LOG.warnf("Parts of the failed upload %s not aborted yet (retried until object storage answers): %s",
                    key, e.getMessage());
            multipart.abortLater(bucket(), key);
        }
    }

    /** A server-side copy: the bytes never pass through the portal. */
    void copy(String from, String to) {
        try {
            client.copyObject(CopyObjectArgs.builder().bucket(bucket()).object(to)
                    .source(SourceObject.builder().bucket(bucket()).object(from).build()).build());
        } catch (Exception e) {
            throw new StoreUnavailable("could not copy " + from, e);
        }
    }

    InputStream open(String key) {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build());
        } catch (Exception e) {
            throw new StoreUnavailable("could not read " + key, e);
        }
    }

    /** The SHA-256 of the object as stored now, read by streaming it; null when the object is missing. */
    String sha256(String key) {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build());
                DigestInputStream digest = new DigestInputStream(in, CustodyChain.digest())) {
            digest.transferTo(OutputStreams.NULL);
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (Exception e) {
            if (missing(e)) {
                return null;
            }
            throw new StoreUnavailable("could not read " + key, e);
        }
    }

    /** Removes an object; one already gone counts as removed. */
    void remove(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
        } catch (Exception e) {
            if (!missing(e)) {
                throw new StoreUnavailable("could not remove " + key, e);
            }
        }
    }

    /** Every key under a prefix. */
    List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(bucket()).prefix(prefix)
                    .recursive(true).build())) {
                keys.add(result.get().objectName());
            }
            return keys;
        } catch (Exception e) {
            throw new StoreUnavailable("could not list " + prefix, e);
        }
    }

    /** A link to the object valid for the configured minutes, offering it under its file name. */
    String presign(String key, String fileName) {
        try {
            return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Http.Method.GET)
                    .bucket(bucket()).object(key)
                    .extraQueryParams(Map.of("response-content-disposition", FileNames.contentDisposition(fileName)))
                    .expiry((int) config.linkValidity().toSeconds(), TimeUnit.SECONDS).build());
        } catch (Exception e) {
            throw new StoreUnavailable("could not sign a link to " + key, e);
        }
    }

    private String bucket() {
        return storage.evidenceBucket();
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean missing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException response && response.errorResponse() != null
                    && "NoSuchKey".equals(response.errorResponse().code())) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Computes a digest of what passes through. */
    static MessageDigest sha256() {
        return CustodyChain.digest();
    }
}
