package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.download;
import static org.cctvportal.evidence.EvidenceApiSupport.sha256;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Verification trusts the custody chain and the head the database keeps for it, not the editable file row: a row
 * whose hash was changed still verifies against the chain (and says so), an object overwritten in storage fails
 * verification and raises a nightly integrity alert, and events cut off the end of a chain are found missing.
 */
@QuarkusTest
class CustodyHeadTest {

    static final String OFFICER = "oxford.evidence";

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @Inject
    EvidenceIntegrity integrity;

    @Inject
    CustodyMismatchGauge mismatches;

    @Inject
    EvidenceConfig config;

    @Test
    void aFileRowWithAChangedHashStillVerifiesAgainstTheChainAndTheMismatchIsReported() throws Exception {
        long item = createItem(OFFICER, Map.of());
        byte[] bytes = clip(12_000);
        String file = upload(OFFICER, item, bytes, "row.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        String forged = "a".repeat(64);
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            sql.executeUpdate("update evidence_file set sha256 = '" + forged + "' where id = '" + file + "'");
        }
        Response verified = EvidenceVaultTest.verify(item);
        assertEquals(true, verified.path("chainWhole"));
        assertEquals(List.of("INTACT"), verified.path("files.outcome"), "checked against the chain's hash");
        assertEquals(List.of(sha256(bytes)), verified.path("files.recorded"));
        assertEquals(List.of(forged), verified.path("files.rowSha256"));
        List<String> details = custody(OFFICER, item).path("items.detail");
        assertTrue(details.get(details.size() - 1).contains("1 file record disagrees with the chain"),
                details.toString());
        org.cctvportal.support.FormSession.of(OFFICER).form().post("/evidence/" + item + "/verify")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("data-testid=\"row-mismatch\""));
    }

    @Test
    void anObjectOverwrittenInStorageFailsVerifyAndTheNightlyRehashRaisesAnAlert() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(9_000), "night.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        byte[] other = clip(9_000);
        minio.putObject(PutObjectArgs.builder().bucket(storage.evidenceBucket())
                .object(EvidenceVaultTest.objectKey(item, file))
                .stream(new ByteArrayInputStream(other), (long) other.length, -1L).build());
        assertEquals(List.of("TAMPERED"), EvidenceVaultTest.verify(item).path("files.outcome"));

        int cycle = config.rehashCycleNights();
        long night = Math.floorMod(UUID.fromString(file).hashCode(), cycle);
        long otherNight = night + 1;
        integrity.rehash(otherNight);
        assertEquals(0, count("select count(*) from evidence_integrity_alert where file_id = '" + file + "'"),
                "another night's share of the objects does not include it");
        String summary = integrity.rehash(night);
        assertTrue(summary.contains("integrity alert"), summary);
        assertEquals(1, count("select count(*) from evidence_integrity_alert where file_id = '" + file
                + "' and outcome = 'TAMPERED' and expected_sha256 <> found_sha256"));
        assertEquals(1, count("select count(*) from audit_event where action = 'evidence.integrity-alert'"
                + " and entity_id = '" + file + "' and partner_id = 'tv-oxford-city'"));
        // Operators are alerted too: the gauge counts every partner's alerts of the last 24 hours.
        assertTrue(mismatches.refresh() >= 1);
        assertTrue(org.cctvportal.support.Metrics.gauge("portal_custody_mismatches") >= 1);
        for (String user : List.of(OFFICER, "oxford.auditor", "oxford.manager")) {
            given().auth().oauth2(DemoUsers.token(user)).get("/evidence").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("data-file-id=\"" + file
                            + "\" data-outcome=\"TAMPERED\""));
        }
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/evidence").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(file)));
    }

    @Test
    void cuttingOffTheEndOfTheChainOrRewritingItsLastEventIsDetected() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(7_000), "tail.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        download(OFFICER, item, file).then().statusCode(200);
        download(OFFICER, item, file).then().statusCode(200);
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            assertEquals(2, sql.executeUpdate("delete from custody_event where item_id = " + item + " and seq >= 3"));
        }
        Response cut = EvidenceVaultTest.verify(item);
        assertEquals(false, cut.path("chainWhole"));
        assertTrue(cut.path("chainProblems").toString().contains("The last 2 events (3 to 4) of the chain are missing"),
                cut.asString());

        long second = createItem(OFFICER, Map.of());
        String clipId = upload(OFFICER, second, clip(7_000), "rewrite.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        download(OFFICER, second, clipId).then().statusCode(200);
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            // The last event rewritten with a hash recomputed to match: the chain's own links still hold.
            ResultSet row = sql.executeQuery("select * from custody_event where item_id = " + second
                    + " and seq = 3");
            row.next();
            CustodyEvent e = new CustodyEvent();
            e.itemId = second;
            e.partnerId = row.getString("partner_id");
            e.seq = 3;
            e.action = row.getString("action");
            e.actor = row.getString("actor");
            e.actorPartnerId = row.getString("actor_partner_id");
            e.fileId = UUID.fromString(row.getString("file_id"));
            e.detail = "Downloaded nothing";
            e.occurredAt = row.getTimestamp("occurred_at").toInstant();
            e.prevHash = row.getString("prev_hash");
            String hash = CustodyChain.hash(e);
            sql.executeUpdate("update custody_event set detail = 'Downloaded nothing', hash = '" + hash
                    + "' where item_id = " + second + " and seq = 3");
        }
        Response rewritten = EvidenceVaultTest.verify(second);
        assertEquals(false, rewritten.path("chainWhole"));
        assertTrue(rewritten.path("chainProblems").toString().contains("Event 3 (DOWNLOADED) is not the event that"
                + " was recorded last"), rewritten.asString());
    }

    @Test
    void thePortalsRoleCannotMoveTheHeadNorForkTheChain() throws Exception {
        long item = createItem(OFFICER, Map.of());
        try (Connection portal = DriverManager.getConnection(EvidenceVaultTest.config("quarkus.datasource.jdbc.url"),
                EvidenceVaultTest.config("quarkus.datasource.username"),
                EvidenceVaultTest.config("quarkus.datasource.password")); Statement sql = portal.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            ResultSet head = sql.executeQuery("select seq from custody_head where item_id = " + item);
            assertTrue(head.next(), "the owner's staff read the head");
            assertEquals(1, head.getInt(1));
            for (String write : new String[] { "update custody_head set seq = 0 where item_id = " + item,
                    "delete from custody_head where item_id = " + item, "insert into custody_head values (" + item
                            + ", 'tv-oxford-city', 9, '" + "b".repeat(64) + "', now())" }) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(write), write);
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
            SQLException fork = assertThrows(SQLException.class, () -> sql.executeUpdate("insert into custody_event"
                    + " (id, partner_id, item_id, seq, action, actor, actor_partner_id, detail, occurred_at, prev_hash,"
                    + " hash) values (nextval('custody_event_seq'), 'tv-oxford-city', " + item + ", 2, 'VIEWED', 'x',"
                    + " 'tv-oxford-city', 'x', now(), '" + "0".repeat(64) + "', '" + "c".repeat(64) + "')"));
            assertTrue(fork.getMessage().contains("does not continue its chain"), fork.getMessage());
        }
        assertEquals(1, count("select seq from custody_head where item_id = " + item));
        assertFalse(custody(OFFICER, item).path("items.action").toString().contains("VIEWED"));
    }

    static Response custody(String user, long item) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/api/v1/evidence/" + item + "/custody").then()
                .statusCode(200).extract().response();
    }

    static long count(String query) throws Exception {
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            ResultSet rows = sql.executeQuery(query);
            rows.next();
            return rows.getLong(1);
        }
    }
}
