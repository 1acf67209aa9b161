package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.storage.MultipartSweep;
import org.cctvportal.platform.storage.MultipartUploads;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upload that fails half-way leaves nothing behind: object storage stopping mid-stream, the database refusing the
 * record, and the sweep removing what a dead process would leave; the parts of a multipart upload are aborted on
 * failure, again once object storage is back when it was gone at the time, and by the multipart sweep when the
 * instance that began them died.
 */
@QuarkusTest
class EvidenceFailureTest {

    static final String OFFICER = "oxford.evidence";

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @Inject
    EvidenceJobs jobs;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig evidenceConfig;

    @Inject
    MultipartUploads multipart;

    @Inject
    MultipartSweep multipartSweep;

    @Inject
    java.time.Clock clock;

    @Inject
    io.minio.MinioAsyncClient asyncMinio;

    @AfterEach
    void objectStorageIsBack() {
        LocalStackResource.stack().resumeObjectStorage();
    }

    @Test
    void objectStorageStoppingMidUploadLeavesNoRecordAndNoObject() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(2 * 1024 * 1024);
        // The body is sent in slices; after the first slice the S3 server is stopped under the portal's feet.
        InputStream body = new InputStream() {
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (at >= bytes.length) {
                    return -1;
                }
                if (at >= 256 * 1024 && at < 256 * 1024 + 1) {
                    LocalStackResource.stack().suspendObjectStorage();
                }
                int n = Math.min(length, Math.min(64 * 1024, bytes.length - at));
                System.arraycopy(bytes, at, buffer, offset, n);
                at += n;
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + LocalStackResource.stack()
                .portalPort() + "/api/v1/evidence/" + item + "/files?kind=MASTER"))
                .header("Authorization", "Bearer " + DemoUsers.token(OFFICER))
                .header("Content-Type", "application/octet-stream").header("X-File-Name", "stopped.mp4")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Nothing was stored"), response.body());
        LocalStackResource.stack().resumeObjectStorage();
        assertEquals(0, rows(item));
        assertEquals(List.of(), keys(item));
        upload(OFFICER, item, clip(10_000), "after.mp4", null).then().statusCode(201);
    }

    @Test
    void theDatabaseRefusingTheRecordLeavesNoObject() throws Exception {
        long item = createItem(OFFICER, Map.of());
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_refuse_store() returns trigger language plpgsql as $$"
                    + " begin if new.status = 'STORED' and new.item_id = " + item + " then"
                    + " raise exception 'refused for the test'; end if; return new; end $$");
            sql.execute("create trigger test_refuse_store_" + item + " before update on evidence_file for each row"
                    + " execute function test_refuse_store()");
        }
        try {
            upload(OFFICER, item, clip(50_000), "refused.mp4", null).then().statusCode(503)
                    .body("message", org.hamcrest.Matchers.containsString("Nothing was stored"));
        } finally {
            try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
                sql.execute("drop trigger test_refuse_store_" + item + " on evidence_file");
                // The catalogue test holds every function of schema public to the repeatable migrations.
                sql.execute("drop function test_refuse_store()");
            }
        }
        assertEquals(0, rows(item));
        assertEquals(List.of(), keys(item));
    }

    @Test
    void theSweepRemovesUnfinishedUploadsAndObjectsWithoutARecord() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String prefix = "thames-valley/tv-oxford-city/" + item + "/";
        String stray = prefix + UUID.randomUUID();
        String pending = prefix + UUID.randomUUID();
        put(stray);
        put(pending);
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            sql.executeUpdate("insert into evidence_file (id, partner_id, item_id, kind, file_name, media_type, format,"
                    + " object_key, status, uploaded_by, created_at) values ('" + pending.substring(prefix.length())
                    + "', 'tv-oxford-city', " + item + ", 'MASTER', 'dead.mp4', 'video/mp4', 'MP4', '" + pending
                    + "', 'PENDING', 'oxford.evidence', now() - interval '2 hours')");
        }
        String kept = upload(OFFICER, item, clip(5_000), "kept.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        String summary = jobs.sweep();
        assertTrue(summary.contains("unfinished"), summary);
        assertEquals(1, rows(item));
        assertEquals(List.of(prefix + kept), keys(item));
    }

    @Test
    void anUploadCutOffByObjectStorageHasItsPartsAbortedOnceTheServerIsBack() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String key = "thames-valley/tv-oxford-city/" + item + "/" + UUID.randomUUID();
        int part = (int) evidenceConfig.partSize();
        // Two parts and a bit: the S3 server stops while the second part is read, after the first was stored.
        InputStream body = slices(2 * part + 1024, part + 64 * 1024,
                () -> LocalStackResource.stack().suspendObjectStorage());
        assertThrows(EvidenceStore.StoreUnavailable.class, () -> store.put(key, body, "video/mp4", "cut.mp4"));
        LocalStackResource.stack().resumeObjectStorage();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!multipart.list(storage.evidenceBucket(), key).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), key),
                "the abort that could not reach the stopped server is retried once it answers");
        assertEquals(List.of(), keys(item));
    }

    @Test
    void theSweepAbortsUploadsLeftByAnInstanceThatDied() throws Exception {
        String key = "thames-valley/tv-oxford-city/0/" + UUID.randomUUID();
        // An upload begun and never finished nor aborted: what an instance that died mid-upload leaves behind.
        asyncMinio.createMultipartUpload(io.minio.CreateMultipartUploadArgs.builder()
                .bucket(storage.evidenceBucket()).object(key).build()).get();
        List<MultipartUploads.Incomplete> begun = multipart.list(storage.evidenceBucket(), key);
        assertEquals(1, begun.size());
        // The storage server dates the upload by its own clock; in production the portal's agrees with it, so the
        // test sets the portal's clock to a minute after the server's date rather than to the suite's chosen moment.
        org.cctvportal.support.TestClock.fixAt(java.time.LocalDateTime.ofInstant(begun.get(0).initiated()
                .plusSeconds(60), org.cctvportal.support.TestClock.LONDON));

        multipartSweep.sweep();
        assertEquals(1, multipart.list(storage.evidenceBucket(), key).size(), "a day has not passed yet");
        // The sweep a day later: the upload is then older than abandoned-upload-after.
        String summary = multipartSweep.sweep(clock.instant().plus(java.time.Duration.ofDays(1))
                .minus(storage.abandonedUploadAfter()).plusSeconds(1));
        assertTrue(summary.matches("[1-9]\\d* abandoned multipart uploads aborted"), summary);
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), key));
    }

    @Test
    void anUploadFailingWhileObjectStorageIsUpAbortsItsPartsAtOnce() throws Exception {
        String key = "thames-valley/tv-oxford-city/0/" + UUID.randomUUID();
        int part = (int) evidenceConfig.partSize();
        InputStream body = slices(2 * part + 1024, part + 64 * 1024, () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("the browser went away"));
        });
        assertThrows(RuntimeException.class, () -> store.put(key, body, "video/mp4", "cut.mp4"));
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), key), "aborted at once, no sweep needed");
    }

    /** {@code size} bytes of a clip in 64 KiB slices, running {@code at} once when {@code cut} bytes have gone. */
    private static InputStream slices(int size, int cut, Runnable at) {
        byte[] head = clip(10_000);
        return new InputStream() {
            private int sent;
            private boolean done;

            @Override
            public int read() throws java.io.IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                if (sent >= size) {
                    return -1;
                }
                if (sent >= cut && !done) {
                    done = true;
                    try {
                        at.run();
                    } catch (java.io.UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
                int n = Math.min(length, Math.min(64 * 1024, size - sent));
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = sent + i < head.length ? head[sent + i] : (byte) (sent + i);
                }
                sent += n;
                return n;
            }
        };
    }

    private void put(String key) throws Exception {
        byte[] bytes = clip(1_000);
        minio.putObject(PutObjectArgs.builder().bucket(storage.evidenceBucket()).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
    }

    private static long rows(long item) throws Exception {
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            var result = sql.executeQuery("select count(*) from evidence_file where item_id = " + item);
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> keys(long item) throws Exception {
        List<String> keys = new ArrayList<>();
        for (var result : minio.listObjects(io.minio.ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix("thames-valley/tv-oxford-city/" + item + "/").recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }
}
