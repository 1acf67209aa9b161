package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import's commit as a job, through the API and the job's page, on the real stack: its progress moves chunk by
 * chunk (two rows each in tests) to DONE with a link to its result and a notification to whoever started it; a job
 * whose runner died mid-way is taken up again and finishes exactly once; and only its starter and their partner's
 * managers see it.
 */
@QuarkusTest
class ImportJobTest {

    static final String PARTNER = "tv-oxford-city";

    final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String site = "Job site " + id;
    String manager;

    @BeforeEach
    void site() {
        manager = DemoUsers.token("oxford.manager");
        String sites = "name,kind,postcode,latitude,longitude\n" + site + ",Town centre,OX1 1BX,51.752,-1.2577\n";
        JsonPath upload = uploaded("sites", sites);
        assertEquals("DONE", JobWait.ended(manager, committed(upload.getString("id")).getString("id"))
                .getString("status"));
    }

    @Test
    void aCommitsProgressMovesChunkByChunkToDoneWithItsResultAndANotification() throws Exception {
        JsonPath upload = uploaded("cameras", cameras(30));
        assertEquals(30, upload.getInt("toCreate"));
        assertTrue(upload.getBoolean("canCommit"));
        JsonPath started = committed(upload.getString("id"));
        String job = started.getString("id");
        assertTrue(List.of("QUEUED", "RUNNING").contains(started.getString("status")), started.prettify());

        List<Long> seen = new ArrayList<>();
        JsonPath now = started;
        long until = System.currentTimeMillis() + 60_000;
        while (!List.of("DONE", "FAILED").contains(now.getString("status")) && System.currentTimeMillis() < until) {
            now = given().auth().oauth2(manager).get("/api/v1/jobs/" + job).then().statusCode(200).extract()
                    .jsonPath();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != now.getLong("done")) {
                seen.add(now.getLong("done"));
            }
        }
        assertEquals("DONE", now.getString("status"), now.getString("message"));
        assertEquals(30, now.getLong("done"));
        assertEquals(30, now.getLong("total"));
        assertEquals(100, now.getInt("percent"));
        assertTrue(seen.stream().anyMatch(done -> done > 0 && done < 30), "progress seen on the way: " + seen);
        assertTrue(seen.stream().allMatch(done -> done % 2 == 0), "a chunk of two rows at a time: " + seen);
        assertEquals("Cameras imported: 30 created, 0 updated, 0 unchanged", now.getString("message"));
        assertEquals(30, number("select count(*) from camera where asset_tag like 'J%-" + id + "'"));

        given().auth().oauth2(manager).get(now.getString("result")).then().statusCode(200)
                .body(containsString("data-testid=\"import-outcome\">30 created, 0 updated, 0 unchanged<"));
        JsonPath imported = given().auth().oauth2(manager).get("/api/v1/imports/" + upload.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("COMMITTED", imported.getString("status"));
        assertEquals(job, imported.getString("job.id"));
        assertEquals(1, number("select count(*) from notification where source_key = 'JOB_ENDED:job:" + job + "'"
                + " and link = '/jobs/" + job + "'"), "whoever started it is told once, with the link");
    }

    @Test
    void theJobsPageShowsAnAccessibleProgressThatStopsAskingOnceItEnds() {
        String job = committed(uploaded("cameras", cameras(2)).getString("id")).getString("id");
        JobWait.ended(manager, job);
        String page = given().auth().oauth2(manager).get("/jobs/" + job).then().statusCode(200).extract().asString();
        assertTrue(page.contains("aria-live=\"polite\"") && page.contains("<progress id=\"job-progress\" max=\"100\""
                + " value=\"100\""), page);
        assertTrue(page.contains("data-testid=\"job-percent\">100%<") && page.contains("data-testid=\"job-result\""));
        given().auth().oauth2(manager).header("HX-Request", "true").get("/jobs/" + job).then().statusCode(200)
                .body(containsString("data-status=\"DONE\"")).body(not(containsString("hx-trigger")))
                .body(not(containsString("<html")));
    }

    @Test
    void aJobIsSeenByItsStarterAndItsPartnersManagersOnly() {
        String job = committed(uploaded("cameras", cameras(2)).getString("id")).getString("id");
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/jobs/" + job).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/jobs/" + job).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/api/v1/jobs/" + job).then()
                .statusCode(404);
        given().auth().oauth2(manager).get("/api/v1/jobs/" + job).then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/jobs/not-a-job").then().statusCode(404);
    }

    /**
     * A runner that died after its first chunk: the state it leaves is its committed chunk (two cameras, the import's
     * record of line 3) and its job RUNNING with a heartbeat long stale. The first chunk is committed for real by a
     * commit the database stops at the second chunk; the job is then put back as its dead runner would have left it.
     */
    @Test
    void aJobWhoseRunnerDiedIsTakenUpAgainAndFinishedExactlyOnce() throws Exception {
        JsonPath upload = uploaded("cameras", cameras(5));
        String job;
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_stop_camera() returns trigger language plpgsql as $$"
                    + " begin if new.asset_tag = 'J3-" + id + "' then raise exception 'stopped'; end if;"
                    + " return new; end $$");
            sql.execute("create trigger test_stop_camera before insert on camera for each row"
                    + " execute function test_stop_camera()");
            try {
                job = committed(upload.getString("id")).getString("id");
                assertEquals("FAILED", JobWait.ended(manager, job).getString("status"));
            } finally {
                sql.execute("drop trigger test_stop_camera on camera");
                sql.execute("drop function test_stop_camera()");
            }
        }
        assertEquals(2, number("select count(*) from camera where asset_tag like 'J%-" + id + "'"));
        JobWait.abandoned(PARTNER, job);

        JsonPath finished = JobWait.ended(manager, job);

        assertEquals("DONE", finished.getString("status"), finished.getString("message"));
        assertEquals("Cameras imported: 5 created, 0 updated, 0 unchanged", finished.getString("message"));
        assertEquals(5, number("select count(*) from camera where asset_tag like 'J%-" + id + "'"),
                "every row once: the dead runner's chunk is not applied again");
        assertEquals(5, number("select count(distinct asset_tag) from camera where asset_tag like 'J%-" + id + "'"));
        assertEquals(1, number("select count(*) from audit_event where action = 'estate.imported' and entity_id = '"
                + upload.getString("id") + "'"), "the import is recorded as done once");
        assertEquals(1, number("select count(*) from notification where source_key = 'JOB_ENDED:job:" + job + "'"));
    }

    @Test
    void theUploadsOwnCheckIsItsFirstPreviewAndALaterPreviewChecksTheEstateAsItIsThen() {
        JsonPath upload = uploaded("cameras", cameras(1));
        assertEquals(1, upload.getInt("toCreate"), "the upload's answer is its own check of the row");
        // The camera is added by hand after the upload: a preview now sees it, and no longer offers to create it.
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("assetTag",
                "J1-" + id, "site", site, "manufacturer", "Axis", "model", "P3265", "type", "Dome", "status",
                "Live")).post("/api/v1/cameras").then().statusCode(201);
        JsonPath later = given().auth().oauth2(manager).get("/api/v1/imports/" + upload.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0, later.getInt("toCreate"), later.prettify());
        assertEquals(1, later.getInt("toUpdate") + later.getInt("unchanged"), later.prettify());
    }

    @Test
    void badInputGetsTheApiErrorShapeAndChangesNothing() {
        given().auth().oauth2(manager).queryParam("subject", "drones").contentType("text/csv").body("a")
                .post("/api/v1/imports").then().statusCode(400).body("fieldErrors.subject",
                        containsString("cameras or sites"));
        given().auth().oauth2(manager).queryParam("subject", "cameras").queryParam("fileName", "x.csv")
                .contentType("text/csv").body("asset_tag,manufacturer,type,status\nX,Axis,Dome,Live\n")
                .post("/api/v1/imports").then().statusCode(400).body("message",
                        containsString("missing the column site"));
        String imported = uploaded("cameras", cameras(1)).getString("id");
        JobWait.ended(manager, committed(imported).getString("id"));
        given().auth().oauth2(manager).contentType("application/json").post("/api/v1/imports/" + imported + "/commit")
                .then().statusCode(409)
                .body(containsString("already committed"));
    }

    private String cameras(int rows) {
        return EstateImportTest.cameraRows("J", id, site, rows);
    }

    private JsonPath uploaded(String subject, String content) {
        Response response = given().auth().oauth2(manager).queryParam("subject", subject)
                .queryParam("fileName", subject + ".csv").contentType("text/csv")
                .body(content.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
        assertEquals(201, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    private JsonPath committed(String importId) {
        Response response = given().auth().oauth2(manager).contentType("application/json")
                .post("/api/v1/imports/" + importId + "/commit");
        assertEquals(202, response.statusCode(), response.asString());
        assertTrue(response.header("Location").endsWith("/api/v1/jobs/" + response.jsonPath().getString("id")));
        return response.jsonPath();
    }

    private static long number(String query) throws Exception {
        try (Connection owner = CutOff.owner(PARTNER); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
