package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commits that fail after their preview passed, on the real database: a row the database alone refuses, and the
 * database ending the portal's sessions mid-commit. A commit is a job that applies the file in chunks (two rows each
 * in tests): the chunks committed before the fault stay and the job says how far they came, the chunk at fault lands
 * not at all, and the same import goes on from there once the cause is gone, each row applied once.
 */
@QuarkusTest
class ImportFaultTest {

    final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String site = "Fault site " + id;
    FormSession oxford;

    @BeforeEach
    void signIn() {
        oxford = FormSession.of("oxford.manager");
        String sites = "name,kind,postcode,latitude,longitude\n" + site + ",Town centre,OX1 1BX,51.752,-1.2577\n";
        assertEquals("DONE", JobWait.commit(oxford, uploaded("sites", sites)).getString("status"));
    }

    @Test
    void aRowTheDatabaseRefusesEndsTheJobFailedKeepingOnlyTheChunksBeforeIt() throws Exception {
        String preview = uploaded("cameras", cameras(5));
        given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200)
                .body(containsString("data-testid=\"to-create\">5<"));
        // A rule only the database checks, met by the fourth row alone (line 5, in the second chunk).
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_refuse_camera() returns trigger language plpgsql as $$"
                    + " begin if new.asset_tag = 'F4-" + id + "' then raise exception 'camera F4-" + id
                    + " refused by a database rule'; end if; return new; end $$");
            sql.execute("create trigger test_refuse_camera before insert on camera for each row"
                    + " execute function test_refuse_camera()");
        }
        JsonPath failed;
        try {
            failed = JobWait.commit(oxford, preview);
        } finally {
            try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
                sql.execute("drop trigger test_refuse_camera on camera");
                // The catalogue test holds every function of schema public to the repeatable migrations.
                sql.execute("drop function test_refuse_camera()");
            }
        }
        assertEquals("FAILED", failed.getString("status"));
        String message = failed.getString("message");
        assertTrue(message.contains("The database refused one of lines 4 to 5") && message.contains("camera F4-"
                + id + " refused by a database rule"), message);
        assertTrue(message.contains("The rows up to line 3 (2 rows) were imported before this and are kept"),
                message);
        assertEquals(2, failed.getLong("done"), "the job reports the rows its committed chunks applied");
        assertEquals(2, cameras(), "the first chunk stays; the refused chunk (F3 and F4) lands not at all");
        assertEquals(0, cameras("F3"), "no row of the refused chunk");
        assertEquals("PREVIEWED", status(preview));
        given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200)
                .body(containsString("data-testid=\"commit-failed\""));

        assertEquals("5 created, 0 updated, 0 unchanged", committed(preview), "the next commit goes on after line 3");
        assertEquals(5, cameras(), "each row once");
    }

    @Test
    void aCommitCutOffByTheDatabaseIsTakenUpAgainAndLandsEachRowOnce() throws Exception {
        String preview = uploaded("cameras", cameras(3));

        JsonPath job = CutOff.whileWriting("camera", () -> JobWait.commit(oxford, preview));

        assertEquals("DONE", job.getString("status"), job.getString("message"));
        given().auth().oauth2(oxford.token()).get("/").then().statusCode(200);
        assertEquals(3, cameras());
        assertEquals("COMMITTED", status(preview));
        assertEquals("3 created, 0 updated, 0 unchanged", outcome(job.getString("result")));
    }

    private String cameras(int rows) {
        return EstateImportTest.cameraRows("F", id, site, rows);
    }

    private String uploaded(String subject, String content) {
        Response response = oxford.multipart().multiPart("subject", subject)
                .multiPart("file", subject + ".csv", content.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/estate/import");
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private String committed(String preview) {
        JsonPath job = JobWait.commit(oxford, preview);
        assertEquals("DONE", job.getString("status"), job.getString("message"));
        return outcome(job.getString("result"));
    }

    private String outcome(String page) {
        String html = given().auth().oauth2(oxford.token()).get(page).then().statusCode(200).extract().asString();
        java.util.regex.Matcher outcome = java.util.regex.Pattern.compile("data-testid=\"import-outcome\">([^<]+)<")
                .matcher(html);
        assertTrue(outcome.find(), html);
        return outcome.group(1).strip();
    }

    private long cameras(String prefix) throws Exception {
        return number("select count(*) from camera where asset_tag = '" + prefix + "-" + id + "'");
    }

    private long cameras() throws Exception {
        return number("select count(*) from camera where asset_tag like 'F_-" + id + "'");
    }

    private String status(String preview) throws Exception {
        String importId = preview.substring(preview.lastIndexOf('/') + 1);
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery("select status from estate_import where id = '" + importId + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long number(String query) throws Exception {
        try (Connection owner = CutOff.owner("tv-oxford-city"); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
