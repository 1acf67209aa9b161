package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.storage.StorageConfig;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Lifting a legal hold takes two people (or one, after the cooling-off period), disposal waits for it, pages and API
 * alike; and the stray sweep never removes an object of a held item, whatever the rows say.
 */
@QuarkusTest
class HoldReleaseTest {

    static final String OFFICER = "oxford.evidence";
    static final String MANAGER = "oxford.manager";

    @Inject
    EvidenceJobs jobs;

    @Inject
    MinioClient minio;

    @Inject
    StorageConfig storage;

    @Test
    void aReleaseAskedForByOneOfficerWaitsForASecondPersonAndDisposalWaitsWithIt() {
        long item = held(OFFICER);
        api(OFFICER).body(Map.of("hold", false, "reason", "Verdict given")).post(hold(item)).then().statusCode(202)
                .body("legalHold", equalTo(true)).body("pendingRelease.requestedBy", equalTo(OFFICER))
                .body("pendingRelease.reason", equalTo("Verdict given"));
        api(OFFICER).body(Map.of("reason", "No longer needed")).post("/api/v1/evidence/" + item + "/dispose").then()
                .statusCode(400).body(containsString("waits for confirmation"));
        api(OFFICER).body(Map.of("hold", false, "reason", "Confirming my own request")).post(hold(item)).then()
                .statusCode(400).body(containsString("You asked for this release yourself, so another evidence"
                        + " officer or manager of the partner must confirm it, or you can confirm it from"));
        api(OFFICER).get("/api/v1/evidence/" + item).then().body("item.legalHold", equalTo(true));

        api(MANAGER).body(Map.of("hold", false, "reason", "Checked with the CPS: trial over")).post(hold(item)).then()
                .statusCode(200).body("legalHold", equalTo(false)).body("pendingRelease", nullValue());
        assertEquals(List.of("HELD", "RELEASE_REQUESTED", "RELEASED"), holdActions(item));
        String released = api(OFFICER).get("/api/v1/evidence/" + item + "/custody").then().extract()
                .path("items.find { it.action == 'RELEASED' }.detail");
        assertTrue(released.contains("asked for by " + OFFICER) && released.contains("Checked with the CPS"),
                released);
        api(OFFICER).body(Map.of("reason", "No longer needed")).post("/api/v1/evidence/" + item + "/dispose").then()
                .statusCode(200).body("status", equalTo("DISPOSED"));
    }

    @Test
    void theOneWhoAskedConfirmsAloneOnlyAfterTheCoolingOff() throws Exception {
        long item = held(OFFICER);
        api(OFFICER).body(Map.of("hold", false, "reason", "Verdict given")).post(hold(item)).then().statusCode(202);
        api(OFFICER).body(Map.of("hold", false, "reason", "Still no objection")).post(hold(item)).then()
                .statusCode(400);
        // The request is moved back past the configured 72 hours, as if the officer came back three days later.
        owner("update evidence_item set release_requested_at = release_requested_at - interval '73 hours'"
                + " where id = " + item);
        api(OFFICER).body(Map.of("hold", false, "reason", "Still no objection")).post(hold(item)).then()
                .statusCode(200).body("legalHold", equalTo(false));
    }

    @Test
    void placingTheHoldAgainCancelsAWaitingRelease() {
        long item = held(OFFICER);
        api(OFFICER).body(Map.of("hold", false, "reason", "Verdict given")).post(hold(item)).then().statusCode(202);
        api(MANAGER).body(Map.of("hold", true, "reason", "Appeal lodged")).post(hold(item)).then().statusCode(200)
                .body("legalHold", equalTo(true)).body("pendingRelease", nullValue());
        assertEquals(List.of("HELD", "RELEASE_REQUESTED", "RELEASE_CANCELLED"), holdActions(item));
        api(OFFICER).body(Map.of("hold", false, "reason", "Verdict given")).post(hold(item)).then().statusCode(202);
    }

    @Test
    void thePagesTakeTheSameTwoSteps() {
        long item = held(OFFICER);
        FormSession officer = FormSession.of(OFFICER);
        officer.form().formParam("action", "release").formParam("hold-reason", "Verdict given")
                .post("/evidence/" + item + "/hold").then().statusCode(303)
                .header("Location", containsString("saved=release-requested"));
        given().auth().oauth2(officer.token()).get("/evidence/" + item).then().statusCode(200)
                .body(containsString("data-testid=\"release-pending\""))
                .body(containsString("Release asked for by " + OFFICER))
                .body(containsString("Confirm the release")).body(containsString("Keep on legal hold"));
        officer.form().formParam("action", "release").formParam("hold-reason", "Mine")
                .post("/evidence/" + item + "/hold").then().statusCode(400)
                .body(containsString("You asked for this release yourself"));
        officer.form().formParam("dispose-reason", "Not needed").post("/evidence/" + item + "/dispose").then()
                .statusCode(400).body(containsString("waits for confirmation"));

        FormSession.of(MANAGER).form().formParam("action", "release").formParam("hold-reason", "Trial over")
                .post("/evidence/" + item + "/hold").then().statusCode(303)
                .header("Location", containsString("saved=hold"));
        api(OFFICER).get("/api/v1/evidence/" + item).then().body("item.legalHold", equalTo(false));
    }

    @Test
    void theDatabaseRefusesToLiftAHoldWithoutARequest() {
        long item = held(OFFICER);
        SQLException refused = assertThrows(SQLException.class, () -> owner(
                "update evidence_item set legal_hold = false, hold_reason = null where id = " + item));
        assertTrue(refused.getMessage().contains("without a release request"), refused.getMessage());
        api(OFFICER).get("/api/v1/evidence/" + item).then().body("item.legalHold", equalTo(true));
    }

    @Test
    void theStraySweepKeepsAHeldItemsObjectWhateverItsRowsSay() throws Exception {
        long item = held(OFFICER);
        String file = upload(OFFICER, item, clip(6_000), "held.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        String key = "thames-valley/tv-oxford-city/" + item + "/" + file;
        // The rows are made to say the file is disposed of and the item free: the custody chain still says held.
        owner("update evidence_file set status = 'DISPOSED' where item_id = " + item);
        owner("update evidence_item set release_requested_by = 'nobody', release_requested_at = now(),"
                + " release_reason = 'forged' where id = " + item);
        owner("update evidence_item set legal_hold = false, hold_reason = null, release_requested_by = null,"
                + " release_requested_at = null, release_reason = null where id = " + item);

        String summary = jobs.sweep();
        assertTrue(summary.matches(".*[1-9]\\d* kept as their item is on legal hold.*"), summary);
        minio.statObject(StatObjectArgs.builder().bucket(storage.evidenceBucket()).object(key).build());

        // Once the hold is really released (two people, in the chain), the sweep follows the rows again.
        owner("update evidence_item set legal_hold = true, hold_reason = 'restored' where id = " + item);
        api(OFFICER).body(Map.of("hold", false, "reason", "Trial over")).post(hold(item)).then().statusCode(202);
        api(MANAGER).body(Map.of("hold", false, "reason", "Agreed")).post(hold(item)).then().statusCode(200);
        jobs.sweep();
        Exception gone = assertThrows(Exception.class, () -> minio.statObject(StatObjectArgs.builder()
                .bucket(storage.evidenceBucket()).object(key).build()));
        assertTrue(EvidenceStore.missing(gone), String.valueOf(gone));
    }

    private static long held(String user) {
        long item = createItem(user, Map.of());
        api(user).body(Map.of("hold", true, "reason", "Trial at Oxford Crown Court")).post(hold(item)).then()
                .statusCode(200).body("legalHold", equalTo(true));
        return item;
    }

    private static List<String> holdActions(long item) {
        List<String> actions = api(OFFICER).get("/api/v1/evidence/" + item + "/custody").then().statusCode(200)
                .extract().path("items.action");
        return actions.stream().filter(a -> a.startsWith("HELD") || a.startsWith("RELEASE")).toList();
    }

    private static String hold(long item) {
        return "/api/v1/evidence/" + item + "/hold";
    }

    private static RequestSpecification api(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    private static void owner(String sql) throws SQLException {
        try (Connection owner = EvidenceVaultTest.owner(); Statement statement = owner.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
