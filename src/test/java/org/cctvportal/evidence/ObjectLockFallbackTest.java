package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.IsObjectLegalHoldEnabledArgs;
import io.minio.MinioClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.storage.ObjectLock;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The fallback, on the real S3Proxy (no object lock): the portal finds out at start, says so on the readiness check,
 * and legal hold and retention still work, kept in the database and the custody chain alone.
 */
@QuarkusTest
class ObjectLockFallbackTest {

    @Inject
    ObjectLock objectLock;

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @Test
    void readinessSaysLegalHoldIsKeptInTheDatabaseOnly() {
        assertEquals(ObjectLock.Mode.DATABASE_ONLY, objectLock.mode());
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(port).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Object storage' }.data.'legal hold'",
                        equalTo("database only: the server has no object lock"));
    }

    @Test
    void holdAndRetentionWorkWithoutObjectLockAndSendNoLockRequest() throws Exception {
        long item = createItem("oxford.evidence", Map.of());
        String file = upload("oxford.evidence", item, clip(8_000), "held.mp4", null).then().statusCode(201)
                .extract().path("file.id");
        var officer = given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json");
        officer.body(Map.of("hold", true, "reason", "Trial at Reading Crown Court")).post("/api/v1/evidence/" + item
                + "/hold").then().statusCode(200).body("legalHold", equalTo(true));
        officer.body(Map.of("evidential", true, "reviewDate", TestClock.today().plusMonths(3).toString()))
                .post("/api/v1/evidence/" + item + "/retention").then().statusCode(200);

        List<String> actions = given().auth().oauth2(DemoUsers.token("oxford.evidence"))
                .get("/api/v1/evidence/" + item + "/custody").then().extract().path("items.action");
        assertTrue(actions.containsAll(List.of("UPLOADED", "HELD", "RETENTION")), actions.toString());
        // S3Proxy cannot tell an object's legal hold: the portal never relied on it, and asked it nothing.
        String key = "thames-valley/tv-oxford-city/" + item + "/" + file;
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> minio
                .isObjectLegalHoldEnabled(IsObjectLegalHoldEnabledArgs.builder().bucket(storage.evidenceBucket())
                        .object(key).build()));
        assertTrue(refused.getMessage() != null, String.valueOf(refused));
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).get("/api/v1/evidence?size=200").then()
                .body("items.findAll { it.id == " + item + " }.legalHold", hasItem(true));
    }
}
