package org.cctvportal.evidence;

import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.UploadPartArgs;
import io.minio.messages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One stream of unknown length into object storage, receiving part N+1 while part N is sent and hashed. An upload
 * holds at most {@link #BUFFERS} part buffers (one filling from the request, one on its way to the server), so its
 * memory is two parts whatever the file's size. The SHA-256 of the whole file is taken part by part, in order, on a
 * worker thread, and each part is handed to the client (which hashes the part again to sign it) from a worker too:
 * the request thread only reads. A file that fits one part goes in one PUT, as the client would send it.
 */
final class PartPipeline {

    /** Part buffers per upload: one being received, one in flight to object storage. */
    static final int BUFFERS = 2;

    private final MinioAsyncClient client;
    private final Executor workers;
    private final String bucket;
    private final String key;
    private final String mediaType;
    private final Map<String, String> metadata;
    private final int partSize;
    private final MessageDigest digest = EvidenceStore.sha256();
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final List<CompletableFuture<Part>> sent = new ArrayList<>();
    private CompletableFuture<Void> hashed = CompletableFuture.completedFuture(null);

    PartPipeline(MinioAsyncClient client, Executor workers, String bucket, String key, String mediaType,
            Map<String, String> metadata, long partSize) {
        this.client = client;
        this.workers = workers;
        this.bucket = bucket;
        this.key = key;
        this.mediaType = mediaType;
        this.metadata = metadata;
        this.partSize = Math.toIntExact(partSize);
    }

    /** Sends everything {@code in} gives; returns its SHA-256 in hex. Throws what the stream or the server threw. */
    String send(InputStream in) throws Exception {
        byte[] buffer = new byte[partSize];
        int length = in.readNBytes(buffer, 0, partSize);
        if (length < partSize) {
            hash(buffer, length);
            get(client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).contentType(mediaType)
                    .userMetadata(metadata).data(buffer, length).build()));
            return hex();
        }
        String uploadId = get(client.createMultipartUpload(CreateMultipartUploadArgs.builder().bucket(bucket)
                .object(key).headers(headers()).build())).result().uploadId();
        try {
            int allocated = 1;
            for (int number = 1; length > 0; number++) {
                sendPart(uploadId, number, buffer, length);
                if (length < partSize) {
                    break;
                }
                if (allocated < BUFFERS) {
                    buffer = new byte[partSize];
                    allocated++;
                } else {
                    buffer = nextFree();
                }
                length = in.readNBytes(buffer, 0, partSize);
            }
            Part[] parts = new Part[sent.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = get(sent.get(i));
            }
            get(hashed);
            get(client.completeMultipartUpload(CompleteMultipartUploadArgs.builder().bucket(bucket).object(key)
                    .uploadId(uploadId).parts(parts).build()));
            return hex();
        } catch (Exception e) {
            settle();
            throw e;
        }
    }

    private Http.Headers headers() {
        Http.Headers headers = new Http.Headers();
        headers.put(Http.Headers.CONTENT_TYPE, mediaType);
        metadata.forEach((name, value) -> headers.put("x-amz-meta-" + name, value));
        return headers;
    }

    private void sendPart(String uploadId, int number, byte[] buffer, int length) {
        hash(buffer, length);
        // The call itself on a worker: the client hashes the part to sign it before the request goes out.
        CompletableFuture<Part> part = CompletableFuture.supplyAsync(() -> client.uploadPart(UploadPartArgs.builder()
                .bucket(bucket).object(key).uploadId(uploadId).partNumber(number).data(buffer, length).build()),
                workers).thenCompose(Function.identity())
                .thenApply(response -> new Part(number, response.part().etag()));
        sent.add(part);
        CompletableFuture.allOf(hashed, part).whenComplete((done, failure) -> free.offer(buffer));
    }

    private void hash(byte[] buffer, int length) {
        hashed = hashed.thenRunAsync(() -> digest.update(buffer, 0, length), workers);
    }

    /** Waits for a buffer to come back, giving up as soon as a part already failed. */
    private byte[] nextFree() throws Exception {
        while (true) {
            byte[] buffer = free.poll(100, TimeUnit.MILLISECONDS);
            if (buffer != null) {
                return buffer;
            }
            for (CompletableFuture<Part> part : sent) {
                if (part.isCompletedExceptionally()) {
                    get(part);
                }
            }
        }
    }

    /** After a failure, lets the parts in flight end, so none lands after the caller aborts the upload. */
    private void settle() {
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // A part failed or hangs: the abort that follows, or the multipart sweep, frees what it left.
        }
    }

    private String hex() throws Exception {
        get(hashed);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new IOException(e.getCause());
        }
    }
}
