package org.cctvportal.evidence;

import static org.cctvportal.evidence.RedactionSupport.box;
import static org.cctvportal.evidence.RedactionSupport.post;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input and faults in redaction, on the real ffmpeg, PostgreSQL and S3 server: each is refused or fails with a
 * clear message, leaves no derivative (no record, no object) and the master as it was.
 */
@QuarkusTest
class RedactionFaultTest {

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @TempDir
    Path dir;

    @AfterEach
    void objectStorageIsBack() {
        LocalStackResource.stack().resumeObjectStorage();
    }

    @Test
    void aClipFfmpegCannotReadIsRefusedWithAMessageAndNoPlan() throws Exception {
        long item = EvidenceApiSupport.createItem(RedactionSupport.OFFICER, Map.of());
        String file = EvidenceApiSupport.upload(RedactionSupport.OFFICER, item, EvidenceApiSupport.clip(20_000),
                "unreadable.mp4", null).then().statusCode(201).extract().path("file.id");
        String[] master = { String.valueOf(item), file };
        post(master, "").then().statusCode(422).body(containsString("ffmpeg cannot read its picture"));
        assertNull(RedactionSupport.plan(master));
    }

    @Test
    void aBoxOutsideThePictureOrATimePastTheEndIsRefusedAndChangesNothing() throws Exception {
        String[] master = RedactionSupport.itemWith(Clips.pattern(dir, 2));
        post(master, "").then().statusCode(303);
        String before = (String) RedactionSupport.plan(master).get("boxes");
        post(master, "/boxes", "method", "BLUR", "t", "0", "x", "300", "y", "10", "w", "50", "h", "50", "start", "0",
                "end", "1").then().statusCode(400).body(containsString("The box reaches outside the picture, which is"
                        + " 320 by 240 pixels"));
        post(master, "/boxes", "method", "BLUR", "t", "0", "x", "-5", "y", "10", "w", "50", "h", "50", "start", "0",
                "end", "1").then().statusCode(400).body(containsString("outside the picture"));
        post(master, "/boxes", "method", "BLUR", "t", "0", "x", "10", "y", "10", "w", "50", "h", "50", "start", "0",
                "end", "9").then().statusCode(400).body(containsString("The clip ends at 2.000 s"));
        post(master, "/boxes", "method", "PAINT", "t", "0", "x", "10", "y", "10", "w", "50", "h", "50", "start", "0",
                "end", "1").then().statusCode(400).body(containsString("Choose blur or solid fill"));
        post(master, "/audio", "audio", "KEEP").then().statusCode(303);
        post(master, "/render").then().statusCode(409).body(containsString("Add a box to hide, or mute the sound"));
        assertEquals(before, RedactionSupport.plan(master).get("boxes"));
        assertEquals("DRAFT", RedactionSupport.plan(master).get("status"));
    }

    @Test
    void ffmpegKilledMidRenderLeavesNoDerivativeAndTheMasterUntouched() throws Exception {
        String[] master = longRender();
        Map<String, Object> plan = RedactionSupport.plan(master);
        awaitProgress(master);
        List<ProcessHandle> ffmpeg = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ffmpeg") && c.contains("plan-" + plan.get("id"))).orElse(false)).toList();
        assertTrue(!ffmpeg.isEmpty(), "the render's ffmpeg is running");
        ffmpeg.forEach(ProcessHandle::destroyForcibly);

        Map<String, Object> failed = RedactionSupport.await(master, 60, "FAILED", "DONE");
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("nothing was stored"), (String) failed.get("message"));
        assertNothingMade(master);
        RedactionSupport.page(master).then().statusCode(200).body(containsString("data-testid=\"render-failed\""));
    }

    @Test
    void objectStorageDownWhenTheDerivativeIsWrittenLeavesNothingHalfMade() throws Exception {
        String[] master = longRender();
        awaitProgress(master);
        LocalStackResource.stack().suspendObjectStorage();
        Map<String, Object> failed = RedactionSupport.await(master, 180, "FAILED", "DONE");
        LocalStackResource.stack().resumeObjectStorage();
        assertEquals("FAILED", failed.get("status"));
        assertTrue(((String) failed.get("message")).contains("The evidence store was not available"),
                (String) failed.get("message"));
        assertNothingMade(master);
    }

    @Test
    void aCancelledRenderStopsAndStoresNothing() throws Exception {
        String[] master = longRender();
        awaitProgress(master);
        post(master, "/cancel").then().statusCode(303);
        Map<String, Object> cancelled = RedactionSupport.await(master, 60, "CANCELLED", "DONE", "FAILED");
        assertEquals("CANCELLED", cancelled.get("status"));
        assertNothingMade(master);
        assertTrue(((String) cancelled.get("decisions")).contains("Cancelled the render"));
    }

    /** A 40-second 480x360 clip with a box, its render asked for: long enough to interrupt. */
    private String[] longRender() throws Exception {
        Path clip = dir.resolve("long.mp4");
        Clips.run("ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=480x360:rate=25:duration=40", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "35",
                "-pix_fmt", "yuv420p", clip.toString());
        String[] master = RedactionSupport.itemWith(clip);
        post(master, "").then().statusCode(303);
        box(master, "BLUR", 0, 100, 100, 200, 150, 0, 40);
        post(master, "/render").then().statusCode(303);
        return master;
    }

    private static void awaitProgress(String[] master) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Map<String, Object> plan = RedactionSupport.plan(master);
            if ("RENDERING".equals(plan.get("status")) && ((Number) plan.get("progress")).intValue() > 0) {
                return;
            }
            assertTrue(List.of("QUEUED", "RENDERING").contains(plan.get("status")), "finished too soon: " + plan);
            Thread.sleep(100);
        }
        throw new AssertionError("the render never reported progress");
    }

    private void assertNothingMade(String[] master) throws Exception {
        List<Map<String, Object>> files = RedactionSupport.files(master);
        assertEquals(List.of("MASTER"), files.stream().map(f -> f.get("kind")).toList(), "no derivative record");
        List<String> keys = new ArrayList<>();
        for (var result : minio.listObjects(ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix("thames-valley/tv-oxford-city/" + master[0] + "/").recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        assertEquals(List.of(files.get(0).get("object_key")), keys, "no derivative object");
        io.restassured.RestAssured.given().auth().oauth2(DemoUsers.token(RedactionSupport.OFFICER))
                .contentType("application/json").body(Map.of("reason", "Check")).post("/api/v1/evidence/"
                        + master[0] + "/verify").then().statusCode(200).body("files.outcome", org.hamcrest.Matchers
                                .everyItem(org.hamcrest.Matchers.equalTo("INTACT")));
    }
}
