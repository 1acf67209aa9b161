package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commits that fail after their preview passed: a row the database alone refuses, and the database ending the
 * portal's sessions mid-commit. Either way no row of the file lands, the person is told why, and the same import
 * commits once the cause is gone, on the same running portal.
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
        oxford.form().post(uploaded("sites", sites) + "/commit").then().statusCode(303);
    }

    @Test
    void aRowTheDatabaseRefusesAtCommitRollsBackTheWholeFileWithAReport() throws Exception {
        String preview = uploaded("cameras", cameras(3));
        given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200)
                .body(containsString("data-testid=\"to-create\">3<"));
        // A rule only the database checks, met by the second row alone: the preview cannot see it coming.
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_refuse_camera() returns trigger language plpgsql as $$"
                    + " begin if new.asset_tag = 'F2-" + id + "' then raise exception 'camera F2-" + id
                    + " refused by a database rule'; end if; return new; end $$");
            sql.execute("create trigger test_refuse_camera before insert on camera for each row"
                    + " execute function test_refuse_camera()");
        }
        Response refused;
        try {
            refused = oxford.form().post(preview + "/commit");
        } finally {
            try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
                sql.execute("drop trigger test_refuse_camera on camera");
                // The catalogue test holds every function of schema public to the repeatable migrations.
                sql.execute("drop function test_refuse_camera()");
            }
        }
        assertEquals(409, refused.statusCode(), refused.asString());
        String page = refused.asString();
        assertTrue(page.contains("Nothing was imported"), page);
        assertTrue(page.contains("The database refused") && page.contains("camera F2-" + id
                + " refused by a database rule"), page);
        assertEquals(0, cameras(), "the rows before and after the refused one are rolled back with it");
        assertEquals("PREVIEWED", status(preview));
        assertEquals("3 created, 0 updated, 0 unchanged", committed(preview));
    }

    @Test
    void aCommitCutOffByTheDatabaseLeavesNothingAndTheNextCommitLands() throws Exception {
        String preview = uploaded("cameras", cameras(3));

        Response cut = CutOff.whileWriting("camera", () -> oxford.form().post(preview + "/commit"));

        assertEquals(503, cut.statusCode(), cut.asString());
        assertTrue(cut.asString().contains("Nothing was changed"), cut.asString());
        assertTrue(cut.asString().contains("data-testid=\"refused\""), "the portal's page, not a stack trace");
        given().auth().oauth2(oxford.token()).get("/").then().statusCode(200);
        assertEquals(0, cameras());
        assertEquals("PREVIEWED", status(preview));
        assertEquals("3 created, 0 updated, 0 unchanged", committed(preview));
        assertEquals(3, cameras());
    }

    private String cameras(int rows) {
        StringBuilder file = new StringBuilder(EstateImportTest.CAMERA_HEADER);
        for (int row = 1; row <= rows; row++) {
            file.append("F").append(row).append('-').append(id).append(',').append(site)
                    .append(",Axis,P3265,Dome,Live,,,\n");
        }
        return file.toString();
    }

    private String uploaded(String subject, String content) {
        Response response = oxford.multipart().multiPart("subject", subject)
                .multiPart("file", subject + ".csv", content.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/estate/import");
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private String committed(String preview) {
        Response response = oxford.form().post(preview + "/commit");
        assertEquals(303, response.statusCode(), response.asString());
        String page = given().auth().oauth2(oxford.token()).get(response.header("Location")).then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher outcome = java.util.regex.Pattern.compile("data-testid=\"import-outcome\">([^<]+)<")
                .matcher(page);
        assertTrue(outcome.find(), page);
        return outcome.group(1).strip();
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
