package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.cctvportal.evidence.EvidenceApiSupport.detailStatus;
import static org.cctvportal.evidence.EvidenceApiSupport.download;
import static org.cctvportal.evidence.EvidenceApiSupport.share;
import static org.cctvportal.evidence.EvidenceApiSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Who reaches footage: the owning partner's evidence staff, the operator who captured it, a police force while a
 * share is live; never the partnership's staff (counts only), other roles or another partnership.
 */
@QuarkusTest
class EvidenceAccessTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String OFFICER = "oxford.evidence";

    @Inject
    EvidenceJobs jobs;

    @Test
    void theOwnersEvidenceStaffReachAnItemAndNobodyElseUntilItIsShared() {
        long item = createItem(OFFICER, Map.of());
        assertEquals(200, detailStatus(OFFICER, item));
        assertEquals(200, detailStatus("oxford.manager", item));
        assertEquals(404, detailStatus("ods.operator", item), "an operator who did not capture it");
        assertEquals(404, detailStatus("tvp.evidence", item), "police before any share");
        assertEquals(404, detailStatus("bristol.manager", item), "another partnership");
        for (String user : List.of("opcc.admin", "opcc.analyst", "oxford.viewer", "oxford.auditor", "tvp.viewer",
                "ods.supervisor")) {
            assertEquals(403, detailStatus(user, item), user);
        }
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/api/v1/evidence/" + item + "/custody").then()
                .statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem("CREATED"));
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/verify").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("tvp.auditor")).get("/api/v1/evidence/" + item + "/custody").then()
                .statusCode(404);
    }

    @Test
    void aPoliceForceReachesSharedEvidenceOnlyWhileTheShareIsLive() throws Exception {
        long item = createItem(OFFICER, Map.of());
        String file = upload(OFFICER, item, clip(8_000), "share.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        share(OFFICER, item, TestClock.today().minusDays(1).toString()).then().statusCode(400);
        share("tvp.evidence", item, TestClock.today().plusDays(5).toString()).then().statusCode(404);
        long shareId = ((Number) share(OFFICER, item, TestClock.today().plusDays(5).toString()).then().statusCode(201)
                .extract().path("id")).longValue();
        assertEquals(200, detailStatus("tvp.evidence", item));
        download("tvp.evidence", item, file).then().statusCode(200);
        share("tvp.evidence", item, TestClock.today().plusDays(9).toString()).then().statusCode(403);
        org.cctvportal.support.FormSession.of("tvp.evidence").headers().get("/evidence/" + item + "/upload").then()
                .statusCode(403);
        List<String> custody = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item
                + "/custody").then().extract().path("items.actor");
        assertTrue(custody.contains("tvp.evidence"), custody.toString());

        given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json")
                .post("/api/v1/evidence/" + item + "/shares/" + shareId + "/revoke").then().statusCode(200)
                .body("live", org.hamcrest.Matchers.is(false));
        assertEquals(404, detailStatus("tvp.evidence", item), "after the revocation");
        download("tvp.evidence", item, file).then().statusCode(404);

        long expiring = ((Number) share(OFFICER, item, TestClock.today().plusDays(5).toString()).then()
                .statusCode(201).extract().path("id")).longValue();
        assertEquals(200, detailStatus("tvp.evidence", item));
        try (Connection owner = EvidenceVaultTest.owner(); Statement sql = owner.createStatement()) {
            sql.executeUpdate("update evidence_share set expires_at = now() - interval '1 minute' where id = "
                    + expiring);
        }
        assertEquals(404, detailStatus("tvp.evidence", item), "after the share expired");
        assertFalse(given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/api/v1/evidence?size=200").then()
                .extract().path("items.id").toString().contains(String.valueOf(item)));
    }

    @Test
    void anOperatorCapturesForACouncilAndReachesOnlyWhatTheyCaptured() {
        long item = createItem("ods.operator", Map.of("partner", "tv-oxford-city"));
        assertEquals(200, detailStatus("ods.operator", item));
        upload("ods.operator", item, clip(6_000), "capture.mp4", null).then().statusCode(201);
        assertEquals(200, detailStatus(OFFICER, item), "the owning council");
        share("ods.operator", item, TestClock.today().plusDays(3).toString()).then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("ods.operator")).contentType("application/json")
                .body(Map.of("title", "x", "category", "INCIDENT", "start", "2026-11-28T22:00", "end",
                        "2026-11-28T22:30", "description", "x", "partner", "as-bristol"))
                .post("/api/v1/evidence").then().statusCode(400);
        long councils = createItem(OFFICER, Map.of());
        assertEquals(404, detailStatus("ods.operator", councils));
    }

    @Test
    void thePartnershipsStaffSeeCountsNeverItems() {
        createItem(OFFICER, Map.of("title", "Counted only " + EvidenceApiSupport.suffix()));
        String page = given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/evidence").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("data-testid=\"count-row\"") && page.contains("Oxford City Council"), page);
        assertFalse(page.contains("Counted only"));
        assertFalse(page.contains("data-testid=\"evidence-row\""));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/api/v1/evidence").then().statusCode(403);
    }

    @Test
    void retentionDisposesOfExpiredFootageKeepingTheRecordButNeverWhatIsHeld() throws Exception {
        String old = TestClock.today().minusDays(40) + "T10:00";
        String oldEnd = TestClock.today().minusDays(40) + "T10:30";
        long expired = createItem(OFFICER, Map.of("start", old, "end", oldEnd));
        long held = createItem(OFFICER, Map.of("start", old, "end", oldEnd));
        String file = upload(OFFICER, expired, clip(4_000), "old.mp4", null).then().statusCode(201).extract()
                .path("file.id");
        upload(OFFICER, held, clip(4_000), "held.mp4", null).then().statusCode(201);
        FormSession session = FormSession.of(OFFICER);
        session.form().formParam("action", "hold").formParam("hold-reason", "Trial pending")
                .post("/evidence/" + held + "/hold").then().statusCode(303);
        session.form().formParam("dispose-reason", "No longer needed").post("/evidence/" + held + "/dispose")
                .then().statusCode(400);

        jobs.disposeExpired();

        Map<String, Object> gone = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + expired)
                .then().statusCode(200).extract().path("");
        assertEquals("DISPOSED", ((Map<?, ?>) gone.get("item")).get("status"));
        List<Map<String, Object>> files = EvidenceVaultTest.files(expired);
        assertEquals("DISPOSED", files.get(0).get("status"));
        assertEquals(64, files.get(0).get("sha256").toString().length(), "the hash is kept");
        download(OFFICER, expired, file).then().statusCode(400);
        List<String> disposedBy = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + expired
                + "/custody").then().extract().path("items.findAll { it.action == 'DISPOSED' }.actor");
        assertEquals(List.of("system"), disposedBy);
        assertEquals("OPEN", ((Map<?, ?>) given().auth().oauth2(DemoUsers.token(OFFICER))
                .get("/api/v1/evidence/" + held).then().extract().path("item")).get("status"));
    }

    @Test
    void theApiHoldsReleasesAndKeepsEvidenceWithTheSameRulesAsThePages() {
        long item = createItem(OFFICER, Map.of());
        var officer = given().auth().oauth2(DemoUsers.token(OFFICER)).contentType("application/json");
        officer.body(Map.of("hold", true)).post("/api/v1/evidence/" + item + "/hold").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("Say why the evidence is on legal hold"));
        officer.body(Map.of("hold", true, "reason", "Trial at Oxford Crown Court")).post("/api/v1/evidence/" + item
                + "/hold").then().statusCode(200).body("legalHold", org.hamcrest.Matchers.is(true));
        officer.body(Map.of("reason", "No longer needed")).post("/api/v1/evidence/" + item + "/dispose").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("release the hold first"));
        officer.body(Map.of("hold", false, "reason", "Verdict given")).post("/api/v1/evidence/" + item + "/hold")
                .then().statusCode(202).body("legalHold", org.hamcrest.Matchers.is(true));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hold", false, "reason", "Verdict given")).post("/api/v1/evidence/" + item + "/hold")
                .then().statusCode(200).body("legalHold", org.hamcrest.Matchers.is(false));

        officer.body(Map.of("evidential", true, "reviewDate", TestClock.today().minusDays(1).toString()))
                .post("/api/v1/evidence/" + item + "/retention").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("The review date must be in the future"));
        String review = TestClock.today().plusMonths(6).toString();
        officer.body(Map.of("evidential", true, "reviewDate", review)).post("/api/v1/evidence/" + item
                + "/retention").then().statusCode(200).body("evidential", org.hamcrest.Matchers.is(true))
                .body("reviewDate", org.hamcrest.Matchers.is(review));
        List<String> actions = given().auth().oauth2(DemoUsers.token(OFFICER)).get("/api/v1/evidence/" + item
                + "/custody").then().statusCode(200)
                .extract().path("items.action");
        assertTrue(actions.containsAll(List.of("HELD", "RELEASED")), actions.toString());
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).contentType("application/json")
                .body(Map.of("hold", true, "reason", "Not ours")).post("/api/v1/evidence/" + item + "/hold").then()
                .statusCode(404);
    }
}
