package org.cctvportal.evidence;

import static org.cctvportal.evidence.RedactionSupport.OFFICER;
import static org.cctvportal.evidence.RedactionSupport.box;
import static org.cctvportal.evidence.RedactionSupport.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redaction end to end on the real stack: a plan drawn in the workspace is rendered in the background into a
 * derivative linked to its master, marked redacted, hashed as written, with the plan in the custody chain; face
 * detection proposes a box a person must decide on; a render whose worker died is taken up again.
 */
@QuarkusTest
class RedactionVaultTest {

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @TempDir
    Path dir;

    @Test
    void aRenderedPlanIsARedactedDerivativeOfItsMasterWithThePlanInTheCustodyChain() throws Exception {
        Path clip = Clips.pattern(dir, 3);
        String[] master = RedactionSupport.itemWith(clip);
        String masterSha = sha(master, master[1]);
        post(master, "").then().statusCode(303);
        box(master, "BLUR", 0, 160, 100, 100, 80, 0, 3);
        box(master, "FILL", 1, 10, 10, 40, 40, 1, 2);
        post(master, "/audio", "audio", "MUTE").then().statusCode(303);
        RedactionSupport.page(master).then().statusCode(200).body(containsString("data-box=\"b2\""));
        post(master, "/render").then().statusCode(303);

        Map<String, Object> plan = RedactionSupport.await(master, 60, "DONE", "FAILED");
        assertEquals("DONE", plan.get("status"), String.valueOf(plan.get("message")));
        List<Map<String, Object>> files = RedactionSupport.files(master);
        Map<String, Object> derivative = files.stream().filter(f -> "DERIVATIVE".equals(f.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals(master[1], derivative.get("derived_from"));
        assertEquals(true, derivative.get("redacted"));
        assertEquals(plan.get("derivative"), derivative.get("id"));
        Path out = dir.resolve("derivative.mp4");
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(storage.evidenceBucket())
                .object((String) derivative.get("object_key")).build())) {
            Files.copy(in, out);
        }
        assertEquals(EvidenceApiSupport.sha256(Files.readAllBytes(out)), derivative.get("sha256"),
                "the recorded hash is the stored file's");
        assertEquals(masterSha, sha(master, master[1]), "the master is untouched");
        byte[] redacted = Clips.frame(out, 1.5);
        byte[] original = Clips.frame(clip, 1.5);
        assertTrue(Clips.variance(redacted, 320, 165, 105, 90, 70) < 40, "blurred");
        assertTrue(Clips.difference(redacted, new byte[redacted.length], 320, 14, 14, 32, 32) < 6, "filled black");
        assertTrue(Clips.difference(redacted, original, 320, 60, 150, 90, 80) < 3, "outside the boxes unchanged");
        Map<String, Object> event = RedactionSupport.events(master).stream()
                .filter(e -> "REDACTED".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals(derivative.get("id"), event.get("file_id"));
        String detail = (String) event.get("detail");
        assertTrue(detail.contains((String) plan.get("plan_sha256")) && detail.contains((String) derivative
                .get("sha256")) && detail.contains("2 boxes hidden, sound muted"), detail);
        assertTrue(((String) plan.get("decisions")).contains("Drew box b2"), "each decision is recorded");
        assertEquals(true, EvidenceVaultTest.verify(Long.parseLong(master[0])).path("chainWhole"));
    }

    @Test
    void faceDetectionProposesABoxOverTheFaceThatHidesNothingUntilAccepted() throws Exception {
        String[] master = RedactionSupport.itemWith(Clips.face(dir, 2));
        post(master, "").then().statusCode(303);
        post(master, "/detect").then().statusCode(303);
        String boxes = (String) RedactionSupport.plan(master).get("boxes");
        assertTrue(boxes.contains("\"source\":\"DETECTED\"") && boxes.contains("\"decision\":\"PROPOSED\""), boxes);
        List<RedactionBox> proposed = List.of(RedactionPlan.JSON.readValue(boxes, RedactionBox[].class));
        RedactionBox.Rect face = proposed.get(0).at(1);
        assertTrue(face.x() < 160 && face.x() + face.w() > 160 && face.y() < 118 && face.y() + face.h() > 118,
                "over the face: " + face);
        post(master, "/render").then().statusCode(409).body(containsString("Accept or remove each proposed box"));
        post(master, "/decision", "box", proposed.get(0).id(), "decision", "ACCEPTED").then().statusCode(303);
        assertTrue(((String) RedactionSupport.plan(master).get("decisions")).contains("Accepted box b1 (proposed by"
                + " face detection)"));
        io.restassured.RestAssured.given().auth().oauth2(DemoUsers.token(OFFICER))
                .get(RedactionSupport.route(master, "/frame?t=1&preview=true")).then().statusCode(200)
                .contentType("image/png");
    }

    @Test
    void aRenderWhoseWorkerDiedIsTakenUpAgainAndFinished() throws Exception {
        String[] master = RedactionSupport.itemWith(Clips.pattern(dir, 2));
        post(master, "").then().statusCode(303);
        box(master, "FILL", 0, 0, 0, 50, 50, 0, 2);
        // As a portal that stopped mid-render leaves it: claimed, its heartbeat long silent.
        RedactionSupport.sql("update redaction_plan set status = 'RENDERING', progress = 40, queued_by = '" + OFFICER
                + "', queued_at = now(), plan_sha256 = 'x', heartbeat_at = now() - interval '1 hour'"
                + " where master_file_id = '" + master[1] + "'");
        Map<String, Object> plan = RedactionSupport.await(master, 60, "DONE", "FAILED");
        assertEquals("DONE", plan.get("status"), String.valueOf(plan.get("message")));
        assertNotNull(plan.get("derivative"));
        assertEquals(2, RedactionSupport.files(master).size());
    }

    /** The SHA-256 of the file's object as stored now, checked against its record. */
    private String sha(String[] master, String file) throws Exception {
        Map<String, Object> row = RedactionSupport.rows("select sha256, object_key from evidence_file where id = '"
                + file + "'").get(0);
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(storage.evidenceBucket())
                .object((String) row.get("object_key")).build())) {
            String stored = EvidenceApiSupport.sha256(in.readAllBytes());
            assertEquals(row.get("sha256"), stored);
            return stored;
        }
    }
}
