package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.download;
import static org.cctvportal.evidence.EvidenceApiSupport.share;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Footage is recorded when it leaves the vault, never when a page is read; a receiving force sees only its own
 * people's custody events; a revoked share stops a download in progress and a link already issued stops within its
 * (bounded) lifetime.
 */
@QuarkusTest
class EvidenceReleaseTest {

    static final String OFFICER = "oxford.evidence";

    @TestHTTPResource("/")
    URL base;

    @Test
    void readingAnItemWritesNoCustodyEventAndADownloadDoes() {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(8_000), "quiet.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        List<String> before = actions(OFFICER, item);
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/evidence/" + item).then().statusCode(200);
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/evidence/" + item + "/upload").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/evidence/" + item + "/custody").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item).then().statusCode(200);
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item + "/files").then()
                .statusCode(200);
        assertEquals(before, actions(OFFICER, item), "no GET wrote to the chain");
        assertEquals(List.of("CREATED", "UPLOADED"), before);

        FormSession.of(OFFICER).form().formParam("download-" + file + "-reason", "Reviewing the footage")
                .post("/evidence/" + item + "/files/" + file + "/download").then().statusCode(200);
        assertEquals(List.of("CREATED", "UPLOADED", "DOWNLOADED"), actions(OFFICER, item));
    }

    @Test
    void aReceivingForceSeesOnlyItsOwnEventsAndCannotVerifyTheWholeChain() {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(8_000), "shared.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        share(OFFICER, item, TestClock.today().plusDays(5).toString()).then().statusCode(201);
        assertEquals(List.of("SHARED"), actions("tvp.evidence", item), "only the share made to the force");
        download("tvp.evidence", item, file).then().statusCode(200);
        download(OFFICER, item, file).then().statusCode(200);
        io.restassured.response.Response seen = given().auth().oauth2(DemoUsers.token("tvp.evidence"))
                .get("/api/v1/evidence/" + item + "/custody").then().statusCode(200).extract().response();
        assertEquals(List.of("SHARED", "DOWNLOADED"), seen.path("items.action"));
        assertEquals(List.of(OFFICER, "tvp.evidence"), seen.path("items.actor"));
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/evidence/" + item + "/custody").then()
                .statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "data-action=\"UPLOADED\"")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "data-action=\"DOWNLOADED\" data-actor=\"" + OFFICER + "\"")))
                .body(org.hamcrest.Matchers.containsString("data-testid=\"own-events-only\""));
        assertEquals(List.of("CREATED", "UPLOADED", "SHARED", "DOWNLOADED", "DOWNLOADED"), actions(OFFICER, item));
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/verify").then().statusCode(403);
        assertEquals(true, EvidenceVaultTest.verify(item).path("chainWhole"),
                "the force's events joined the owner's chain in order");
    }

    /**
     * A bundle of six 3 MB clips, far more than the network buffers between the portal and a slow reader hold, so the
     * export is still streaming when the share is revoked; downloads of a single file pass through the same check.
     */
    @Test
    void revokingAShareStopsAnExportInProgress() throws Exception {
        long item = createItem(OFFICER, Map.of());
        long total = 0;
        for (int i = 0; i < 6; i++) {
            byte[] bytes = clip(3_000_000);
            upload(OFFICER, item, bytes, "long-" + i + ".mp4", null).then().statusCode(201);
            total += bytes.length;
        }
        long shareId = ((Number) share(OFFICER, item, TestClock.today().plusDays(5).toString()).then().statusCode(201)
                .extract().path("id")).longValue();
        // A client that reads slowly: a small receive window, so the portal cannot push the whole bundle ahead of it.
        String body = "{\"reason\":\"Case file 12\"}";
        long received;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evidence/" + item + "/bundle HTTP/1.1\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer "
                    + DemoUsers.token("tvp.evidence") + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = headers(in);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            received = in.readNBytes(32 * 1024).length;
            given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                    .post("/api/v1/evidence/" + item + "/shares/" + shareId + "/revoke").then().statusCode(200);
            Thread.sleep(1_500);
            received += drain(in);
        }
        assertTrue(received < total, "the export stopped after the revocation: " + received + " of at least "
                + total + " bytes");
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).contentType("application/json")
                .body(Map.of("reason", "Again")).post("/api/v1/evidence/" + item + "/bundle").then().statusCode(404);
    }

    @Test
    void aLinkIssuedBeforeTheRevocationStopsWithinItsLifetime() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(20_000);
        String file = upload(OFFICER, item, bytes, "linked.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        long shareId = ((Number) share(OFFICER, item, TestClock.today().plusDays(5).toString()).then().statusCode(201)
                .extract().path("id")).longValue();
        String url = given().auth().oauth2(DemoUsers.token("tvp.evidence")).contentType("application/json")
                .body(Map.of("reason", "Case file 13")).post("/api/v1/evidence/" + item + "/files/" + file + "/link")
                .then().statusCode(200).extract().path("url");
        assertEquals(200, fetch(url));
        given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/shares/" + shareId + "/revoke").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).contentType("application/json")
                .body(Map.of("reason", "Case file 13")).post("/api/v1/evidence/" + item + "/files/" + file + "/link")
                .then().statusCode(404);
        Thread.sleep(EvidenceVaultTest.linkSeconds() * 1000 + 1_500);
        assertEquals(403, fetch(url), "the link issued before the revocation is no longer honoured");
    }

    @Test
    void aLinkLifetimeOverTheBoundStopsThePortalFromStarting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EvidenceConfigCheck.check(config(Duration.ofMinutes(16))));
        assertTrue(refused.getMessage().contains("at most 15 minutes"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> EvidenceConfigCheck.check(config(Duration.ZERO)));
        EvidenceConfigCheck.check(config(Duration.ofMinutes(15)));
    }

    private static EvidenceConfig config(Duration link) {
        return (EvidenceConfig) Proxy.newProxyInstance(EvidenceConfig.class.getClassLoader(),
                new Class<?>[] { EvidenceConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "linkValidity" -> link;
                    case "maxIncidentDays" -> 31;
                    case "rehashCycleNights" -> 7;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static int fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static long drain(InputStream in) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        } catch (IOException e) {
            // The server cut the response off: what arrived is what counts.
        }
        return total;
    }

    static List<String> actions(String user, long item) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/api/v1/evidence/" + item + "/custody").then()
                .statusCode(200).extract().path("items.action");
    }
}
