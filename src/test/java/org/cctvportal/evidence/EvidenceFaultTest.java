package org.cctvportal.evidence;

import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.download;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListPartsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cctvportal.platform.storage.MultipartUploads;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults on the vault's write paths, end to end through the API: object storage stopping between two parts of an
 * upload, the database ending the portal's sessions while an upload is recorded, an object vanishing from the
 * bucket, and two appends racing on one custody chain.
 */
@QuarkusTest
class EvidenceFaultTest {

    static final String OFFICER = "oxford.evidence";

    @Inject
    MinioClient minio;

    @Inject
    MinioAsyncClient async;

    @Inject
    StorageConfig storage;

    @Inject
    EvidenceConfig config;

    @Inject
    MultipartUploads multipart;

    @AfterEach
    void objectStorageIsBack() {
        LocalStackResource.stack().resumeObjectStorage();
    }

    @Test
    void objectStorageStoppingBetweenTwoPartsLeavesNoRecordNoObjectAndNoParts() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String prefix = prefix(item);
        int part = (int) config.partSize();
        byte[] bytes = clip(2 * part + 1024 * 1024);
        // Nearly all of the second part is sent; before the rest goes, the first part must be on the server.
        InputStream body = new SlicedBody(bytes, 2 * part - 256 * 1024, () -> {
            awaitFirstPart(prefix);
            LocalStackResource.stack().suspendObjectStorage();
        });
        HttpResponse<String> response = send(item, body);

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Nothing was stored"), response.body());
        LocalStackResource.stack().resumeObjectStorage();
        assertEquals(0, rows(item));
        assertEquals(List.of(), keys(prefix));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!multipart.list(storage.evidenceBucket(), prefix).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), prefix),
                "the parts already stored are aborted once object storage answers again");
        upload(OFFICER, item, clip(10_000), "after.mp4", null).then().statusCode(201);
    }

    @Test
    void objectStorageStoppingWhileAPartIsInFlightLeavesNoFileNoObjectAndNoParts() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String prefix = prefix(item);
        int part = (int) config.partSize();
        byte[] bytes = clip(2 * part + 1024 * 1024);
        // The second part has been received whole and handed on, and the last is arriving, when the server stops:
        // the part on its way fails, the one being received is never sent.
        InputStream body = new SlicedBody(bytes, 2 * part + 64 * 1024, () -> {
            awaitFirstPart(prefix);
            LocalStackResource.stack().suspendObjectStorage();
        });
        HttpResponse<String> response = send(item, body);

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Nothing was stored"), response.body());
        LocalStackResource.stack().resumeObjectStorage();
        assertEquals(0, rows(item), "no stored file, and no pending record either");
        assertEquals(List.of(), keys(prefix));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!multipart.list(storage.evidenceBucket(), prefix).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), multipart.list(storage.evidenceBucket(), prefix), "the multipart upload is aborted");
        String file = upload(OFFICER, item, bytes, "whole.mp4", null).then().statusCode(201).extract()
                .path("file.sha256");
        assertEquals(EvidenceApiSupport.sha256(bytes), file, "the same file sent again is stored whole");
    }

    @Test
    void theDatabaseEndingItsSessionsWhileAnUploadIsRecordedLeavesNothing() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(200_000);

        Response cut = CutOff.whileWriting("custody_event", () -> upload(OFFICER, item, bytes, "cut.mp4", null));

        assertEquals(503, cut.statusCode(), cut.asString());
        assertTrue(cut.jsonPath().getString("message").contains("Nothing was stored"), cut.asString());
        io.restassured.RestAssured.given().auth().oauth2(DemoUsers.token(OFFICER)).get("/").then().statusCode(200);
        assertEquals(0, rows(item));
        assertEquals(List.of(), keys(prefix(item)));
        assertEquals(1, events(item), "only the item's creation is in its chain");
        upload(OFFICER, item, bytes, "again.mp4", null).then().statusCode(201);
        assertEquals(true, EvidenceVaultTest.verify(item).path("chainWhole"));
    }

    @Test
    void anObjectGoneFromTheBucketIsFoundMissingByVerification() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(8_000), "gone.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        minio.removeObject(RemoveObjectArgs.builder().bucket(storage.evidenceBucket())
                .object(EvidenceVaultTest.objectKey(item, file)).build());

        Response verified = EvidenceVaultTest.verify(item);
        assertEquals(true, verified.path("chainWhole"));
        assertEquals(List.of("MISSING"), verified.path("files.outcome"));
        org.cctvportal.support.FormSession.of(OFFICER).form().post("/evidence/" + item + "/verify").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("data-outcome=\"tampered\""))
                .body(org.hamcrest.Matchers.containsString("gone.mp4: missing from the evidence store"));
    }

    @Test
    void concurrentAppendsToOneChainStayOneChain() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(6_000), "busy.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        int downloads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(downloads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < downloads; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return download(OFFICER, item, file).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertEquals(200, answer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertEquals(2 + downloads, events(item));
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement();
                ResultSet seq = sql.executeQuery("select min(seq), max(seq), count(distinct seq) from custody_event"
                        + " where item_id = " + item)) {
            seq.next();
            assertEquals(List.of(1, 2 + downloads, 2 + downloads), List.of(seq.getInt(1), seq.getInt(2),
                    seq.getInt(3)), "one event per number, none skipped");
        }
        Response verified = EvidenceVaultTest.verify(item);
        assertEquals(true, verified.path("chainWhole"), verified.asString());
    }

    private void awaitFirstPart(String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (System.nanoTime() < deadline) {
                for (MultipartUploads.Incomplete upload : multipart.list(storage.evidenceBucket(), prefix)) {
                    if (!async.listParts(ListPartsArgs.builder().bucket(storage.evidenceBucket())
                            .object(upload.key()).uploadId(upload.uploadId()).build()).get().result().parts()
                            .isEmpty()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the first part never reached object storage");
    }

    private static HttpResponse<String> send(long item, InputStream body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStackResource.stack().portalBaseUrl()
                + "/api/v1/evidence/" + item + "/files?kind=MASTER"))
                .header("Authorization", "Bearer " + DemoUsers.token(OFFICER))
                .header("Content-Type", "application/octet-stream").header("X-File-Name", "parts.mp4")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String prefix(long item) {
        return "thames-valley/tv-oxford-city/" + item + "/";
    }

    private static long rows(long item) throws Exception {
        return count("select count(*) from evidence_file where item_id = " + item);
    }

    private static long events(long item) throws Exception {
        return count("select count(*) from custody_event where item_id = " + item);
    }

    private static long count(String query) throws Exception {
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> keys(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (var result : minio.listObjects(io.minio.ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix(prefix).recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }
}
