package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;

/** Evidence through the API as real users: items, raw-body uploads, shares. */
final class EvidenceApiSupport {

    private EvidenceApiSupport() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static long createItem(String user, Map<String, String> extra) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("title", "Test incident " + suffix(),
                "category", "INCIDENT", "start",
                TestClock.londonNow().minusHours(3).withNano(0).withSecond(0).toString(),
                "end", TestClock.londonNow().minusHours(2).withNano(0).withSecond(0).toString(),
                "description", "A test of the vault"));
        body.putAll(extra);
        return ((Number) given().auth().oauth2(DemoUsers.token(user)).contentType("application/json").body(body)
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id")).longValue();
    }

    static Response upload(String user, long item, byte[] bytes, String fileName, String query) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/octet-stream")
                .header("X-File-Name", java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8))
                .body(bytes).post("/api/v1/evidence/" + item + "/files" + (query == null ? "" : "?" + query));
    }

    static Response share(String user, long item, String expires) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json")
                .body(Map.of("recipient", "tv-police", "expires", expires, "reason", "Crime 4321"))
                .post("/api/v1/evidence/" + item + "/shares");
    }

    static Response download(String user, long item, String file) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json")
                .body(Map.of("reason", "Case file 77")).post("/api/v1/evidence/" + item + "/files/" + file
                        + "/download");
    }

    static int detailStatus(String user, long item) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/api/v1/evidence/" + item).statusCode();
    }

    static byte[] clip(int size) {
        byte[] mp4 = EvidenceDemoClips.mp4(suffix(), size);
        return mp4;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
