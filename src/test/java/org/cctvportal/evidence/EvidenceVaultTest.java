package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.download;
import static org.cctvportal.evidence.EvidenceApiSupport.sha256;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The vault on the real stack: uploads hashed as they arrive, copies bit for bit, custody, tampering, bundles. */
@QuarkusTest
class EvidenceVaultTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String OFFICER = "oxford.evidence";

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @Test
    void anUploadIsStoredWithTheHashOfWhatWasSentAndAWorkingCopyIsBitForBit() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(700_000);
        Response stored = upload(OFFICER, item, bytes, "Cornmarket cam 4.mp4", "kind=MASTER");
        stored.then().statusCode(201);
        assertEquals(sha256(bytes), stored.path("file.sha256"));
        assertEquals(bytes.length, ((Number) stored.path("file.sizeBytes")).intValue());
        assertEquals("MP4", stored.path("file.format"));
        String master = stored.path("file.id");
        assertArrayEquals(bytes, download(OFFICER, item, master).then().statusCode(200).extract().asByteArray());

        Response copy = given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/files/" + master + "/copy");
        copy.then().statusCode(201);
        assertEquals(sha256(bytes), copy.path("sha256"));
        assertNotEquals(master, copy.path("id"));
        assertArrayEquals(bytes, download(OFFICER, item, copy.path("id")).then().statusCode(200).extract()
                .asByteArray());
        String key = objectKey(item, copy.path("id"));
        assertTrue(key.matches("thames-valley/tv-oxford-city/" + item + "/[0-9a-f-]{36}"), key);
    }

    @Test
    void aPresignedLinkNeedsAReasonAndServesTheStoredBytes() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(40_000);
        String file = upload(OFFICER, item, bytes, "linked.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json").body(Map.of())
                .post("/api/v1/evidence/" + item + "/files/" + file + "/link").then().statusCode(400);
        String url = given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .body(Map.of("reason", "Disclosure to the insurer")).post("/api/v1/evidence/" + item + "/files/"
                        + file + "/link").then().statusCode(200).extract().path("url");
        assertTrue(url.contains("X-Amz-Expires=" + linkSeconds()), url);
        java.net.http.HttpResponse<byte[]> fetched = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(bytes, fetched.body());
        List<String> actions = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item
                + "/custody").then().extract().path("items.action");
        assertTrue(actions.contains("DOWNLOADED"), actions.toString());
    }

    @Test
    void aDerivativeIsNamedAndKeepsTheMaster() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String master = upload(OFFICER, item, clip(20_000), "master.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        upload(OFFICER, item, clip(20_000), "redacted.mp4", "kind=DERIVATIVE&derivedFrom=" + master)
                .then().statusCode(400).body("fieldErrors.label", org.hamcrest.Matchers.containsString("Name"));
        Response derivative = upload(OFFICER, item, clip(20_000), "redacted.mp4",
                "kind=DERIVATIVE&label=Faces%20redacted&derivedFrom=" + master);
        derivative.then().statusCode(201);
        assertEquals(master, derivative.path("file.derivedFrom"));
        List<String> kinds = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item
                + "/files").then().statusCode(200).extract().path("kind");
        assertEquals(List.of("MASTER", "DERIVATIVE"), kinds);
    }

    @Test
    void badFilesAreRefusedAndLeaveNothingBehind() throws Exception {
        long item = createItem(OFFICER, Map.of());
        upload(OFFICER, item, "name,tag\nnot,video\n".getBytes(), "clip.mp4", null).then().statusCode(415)
                .body("message", org.hamcrest.Matchers.containsString("not a video"));
        upload(OFFICER, item, new byte[0], "empty.mp4", null).then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("empty"));
        upload(OFFICER, item, clip(12 * 1024 * 1024 + 1), "big.mp4", null).then().statusCode(413)
                .body("message", org.hamcrest.Matchers.containsString("larger than the limit"));
        assertEquals(0, files(item).size());
        assertEquals(List.of(), keys(item));
    }

    @Test
    void hostileFileNamesNeverReachKeysOrHeadersRaw() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String traversal = upload(OFFICER, item, clip(5_000), "../../etc/passwd", null).then().statusCode(201)
                .extract().path("file.id");
        String crlf = upload(OFFICER, item, clip(5_000), "clip\r\nSet-Cookie: evil=1\".mp4", null).then()
                .statusCode(201).extract().path("file.id");
        List<String> names = files(item).stream().map(f -> (String) f.get("fileName")).toList();
        assertEquals(List.of("passwd", "clip__Set-Cookie: evil=1_.mp4"), names);
        Response response = download(OFFICER, item, crlf);
        assertEquals(null, response.getCookie("evil"));
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"clip__Set-Cookie_ evil_1_.mp4\"; filename*=UTF-8''"),
                disposition);
        assertTrue(objectKey(item, traversal).endsWith("/" + item + "/" + traversal));
    }

    @Test
    void theCustodyChainVerifiesAndReportsATamperedObjectAndAnEditedEvent() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(10_000), "chain.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        download(OFFICER, item, file).then().statusCode(200);
        Response whole = verify(item);
        assertEquals(true, whole.path("chainWhole"));
        assertEquals(List.of("INTACT"), whole.path("files.outcome"));
        List<String> actions = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item
                + "/custody").then().statusCode(200).extract().path("items.action");
        assertEquals(List.of("CREATED", "UPLOADED", "DOWNLOADED", "VERIFIED"), actions);

        byte[] changed = clip(10_000);
        minio.putObject(PutObjectArgs.builder().bucket(storage.evidenceBucket()).object(objectKey(item, file))
                .stream(new ByteArrayInputStream(changed), (long) changed.length, -1L).build());
        assertEquals(List.of("TAMPERED"), verify(item).path("files.outcome"));

        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            sql.executeUpdate("update custody_event set detail = 'nothing happened' where item_id = " + item
                    + " and action = 'DOWNLOADED'");
        }
        Response broken = verify(item);
        assertEquals(false, broken.path("chainWhole"));
        assertTrue(broken.path("chainProblems").toString().contains("Event 3 (DOWNLOADED) has been changed"),
                broken.asString());
    }

    @Test
    void theCustodyLogCannotBeChangedByThePortalsOwnRole() throws Exception {
        long item = createItem(OFFICER, Map.of());
        try (Connection portal = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                Statement sql = portal.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            assertThrowsSql(() -> sql.executeUpdate("update custody_event set detail = 'x' where item_id = " + item));
            assertThrowsSql(() -> sql.executeUpdate("delete from custody_event where item_id = " + item));
        }
    }

    @Test
    void aBundleHoldsTheFilesAManifestOfHashesAndTheCustodyLog() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(30_000);
        upload(OFFICER, item, bytes, "bundle me.mp4", null).then().statusCode(201);
        given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json").body(Map.of("reason", " "))
                .post("/api/v1/evidence/" + item + "/bundle").then().statusCode(400);
        byte[] zip = given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .body(Map.of("reason", "Crown Court case T2026")).post("/api/v1/evidence/" + item + "/bundle")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        byte[] stored = entries.entrySet().stream().filter(e -> e.getKey().startsWith("files/")).findFirst()
                .orElseThrow().getValue();
        assertArrayEquals(bytes, stored);
        String manifest = new String(entries.get("manifest.json"));
        assertTrue(manifest.contains(sha256(bytes)), manifest);
        String log = new String(entries.get("custody-log.json"));
        assertTrue(log.contains("EXPORTED") && log.contains("Crown Court case T2026"), log);
    }

    static long linkSeconds() {
        return ConfigProvider.getConfig().getValue("portal.evidence.link-validity", java.time.Duration.class)
                .toSeconds();
    }

    static Response verify(long item) {
        return given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/verify").then()
                .statusCode(200).extract().response();
    }

    static List<Map<String, Object>> files(long item) {
        return given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item + "/files").then()
                .statusCode(200).extract().path("");
    }

    static String objectKey(long item, String file) throws Exception {
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            var rows = sql.executeQuery("select object_key from evidence_file where id = '" + file + "'");
            rows.next();
            return rows.getString(1);
        }
    }

    List<String> keys(long item) throws Exception {
        List<String> keys = new java.util.ArrayList<>();
        for (var result : minio.listObjects(io.minio.ListObjectsArgs.builder().bucket(storage.evidenceBucket())
                .prefix("thames-valley/tv-oxford-city/" + item + "/").recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    static Connection owner() throws Exception {
        Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.flyway.username"), config("quarkus.flyway.password"));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
        }
        return connection;
    }

    static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    interface SqlAction {
        void run() throws Exception;
    }

    static void assertThrowsSql(SqlAction action) {
        try {
            action.run();
        } catch (Exception e) {
            return;
        }
        throw new AssertionError("the database allowed it");
    }
}
