package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Estate imports against the real stack: the preview lists every bad row, a commit is all or nothing, re-importing
 * changes nothing, and the export neutralises formula cells and imports back unchanged.
 */
@QuarkusTest
class EstateImportTest {

    static final String CAMERA_HEADER = "asset_tag,site,manufacturer,model,type,status,status_reason,latitude,longitude\n";

    FormSession oxford;
    final String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String site = "Import site " + id;

    @BeforeEach
    void signIn() {
        oxford = FormSession.of("oxford.manager");
    }

    @Test
    void aGoodFileCreatesReimportingChangesNothingAndAChangedRowUpdates() {
        sites();
        String file = CAMERA_HEADER + "T1-" + id + "," + site + ",Axis,P3265,Dome,Live,,51.752,-1.2577\n"
                + "T2-" + id + "," + site + ",HIKVISION,DS-2CD,Fixed,Live,,,\n";
        String preview = uploaded("cameras", "cameras.csv", file);
        given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200)
                .body(containsString("data-testid=\"to-create\">2<"));
        assertEquals("2 created, 0 updated, 0 unchanged", commit(preview));

        String again = uploaded("cameras", "cameras.csv", file);
        given().auth().oauth2(oxford.token()).get(again).then().body(containsString("data-testid=\"unchanged\">2<"));
        assertEquals("0 created, 0 updated, 2 unchanged", commit(again));

        String changed = uploaded("cameras", "cameras.csv", file.replace("P3265", "P3268"));
        assertEquals("0 created, 1 updated, 1 unchanged", commit(changed));
        assertTrue(export().contains("T1-" + id + "," + site + ",Axis Communications,P3268,Dome,,,,,Live,51.752,-1.2577"));
    }

    @Test
    void aBadFileListsEveryBadLineAndCommitsNothing() {
        sites();
        String file = CAMERA_HEADER
                + "B1-" + id + "," + site + ",Axis,P1,Dome,Live,,51.75,-1.25\n"
                + "B2-" + id + ",Nowhere " + id + ",Axis,P1,Dome,Live,,,\n"
                + "B3-" + id + "," + site + ",Axis,P1,Dome,Live,,151.75,-1.25\n"
                + "B1-" + id + "," + site + ",Axis,P1,Dome,Live,,,\n"
                + "B5-" + id + "," + site + ",Hikvison,P1,Dome,Live,,,\n"
                + "B6-" + id + "," + site + ",Axis\n";
        String preview = uploaded("cameras", "bad.csv", file);
        String page = given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Unknown site &quot;Nowhere " + id), page);
        assertTrue(page.contains("data-line=\"3\""));
        assertTrue(page.contains("data-line=\"4\"") && page.contains("Latitude must be between -90 and 90"));
        assertTrue(page.contains("data-line=\"5\"") && page.contains("is already on line 2"));
        assertTrue(page.contains("data-line=\"6\"") && page.contains("did you mean Hikvision?"));
        assertTrue(page.contains("data-line=\"7\"") && page.contains("a column or a comma is missing"));
        assertFalse(page.contains("commit-form"));
        assertEquals("FAILED", JobWait.commit(oxford, preview).getString("status"));
        assertFalse(export().contains("B1-" + id), "nothing of a bad file is imported");
    }

    @Test
    void aFileWithMoreBadRowsThanAPageListsTheFirstThousandAndCountsThemAll() {
        StringBuilder file = new StringBuilder(CAMERA_HEADER);
        for (int i = 0; i < ImportCheck.PROBLEMS_KEPT + 250; i++) {
            file.append("M").append(i).append('-').append(id).append(",Nowhere ").append(id).append(",Axis,P1,Dome,Live,,,\n");
        }
        String preview = uploaded("cameras", "many.csv", file.toString());
        String page = given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-testid=\"problem-count\">1250 problems to fix"), page);
        assertEquals(ImportCheck.PROBLEMS_KEPT, page.split("data-testid=\"problem\"", -1).length - 1);
        assertTrue(page.contains("data-line=\"1001\"") && !page.contains("data-line=\"1002\""));
        assertTrue(page.contains("250 more were found further down the file"), page);
        assertTrue(JobWait.commit(oxford, preview).getString("message").startsWith("1,250 rows are not right"));
        assertFalse(export().contains("M0-" + id), "nothing of a bad file is imported");
    }

    @Test
    void aNulByteInACellIsABadLineNotAServerError() {
        String file = "name,kind\nDepot\u0000 " + id + ",Other\nGood " + id + ",Other\n";
        String preview = uploaded("sites", "nul.csv", file);
        String page = given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-line=\"2\"") && page.contains("control character"), page);
        assertFalse(page.contains("commit-form"));
        assertEquals("FAILED", JobWait.commit(oxford, preview).getString("status"));
    }

    @Test
    void fileProblemsGetAClearMessageAndStoreNothing() {
        refused("cameras", "no-site.csv", "asset_tag,manufacturer,type,status\nX,Axis,Dome,Live\n".getBytes(),
                400, "missing the column site");
        refused("cameras", "semi.csv", "asset_tag;site;manufacturer;type;status\n".getBytes(), 400,
                "separated by semicolons");
        refused("cameras", "typo.csv", "asset_tag,site,manufacturer,type,status,colour\n".getBytes(), 400,
                "Unknown column colour");
        refused("sites", "latin1.csv", ("name,kind\nCaf\u00e9 " + id + ",Other\n").getBytes(StandardCharsets.ISO_8859_1),
                400, "Windows-1252");
        // The file is decoded as its rows are read: a byte that is not UTF-8 far into it still gets that message.
        refused("cameras", "late-latin1.csv", (cameraRows("L", id, "Depot " + id, 2_000) + "Caf\u00e9-" + id
                + ",Depot " + id + ",Axis,P3265,Dome,Live,,,\n").getBytes(StandardCharsets.ISO_8859_1), 400,
                "Windows-1252");
        refused("sites", "empty.csv", new byte[0], 400, "The file is empty");
        refused("sites", "data.csv", "Town hall,Other\n".getBytes(), 400, "header naming the columns");
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'a');
        refused("sites", "big.csv", big, 413, "the largest file you can import is 2.0 MB");
        oxford.form().formParam("subject", "cameras").post("/estate/import").then().statusCode(400)
                .body(containsString("Select a CSV or GeoJSON file"));
    }

    @Test
    void formulaCellsAreStoredAsTextExportedNeutralisedAndMarkupIsEscaped() {
        sites();
        String file = CAMERA_HEADER + "M1-" + id + "," + site + ",Axis,\"=HYPERLINK(\"\"http://x\"\")\",Dome,Live,,,\n"
                + "M2-" + id + "," + site + ",Axis,@SUM(A1),Dome,Live,,,\n";
        assertEquals("2 created, 0 updated, 0 unchanged", commit(uploaded("cameras", "formula.csv", file)));
        String export = export();
        assertTrue(export.contains("M1-" + id + "," + site + ",Axis Communications,\"'=HYPERLINK(\"\"http://x\"\")\""),
                export);
        assertTrue(export.contains("M2-" + id + "," + site + ",Axis Communications,'@SUM(A1)"));

        String roundTrip = Arrays.stream(export.split("\r\n")).filter(l -> l.startsWith("\uFEFF") || l.contains(id))
                .collect(Collectors.joining("\r\n"));
        String preview = uploaded("cameras", "export.csv", roundTrip);
        given().auth().oauth2(oxford.token()).get(preview).then().body(containsString("data-testid=\"unchanged\">2<"))
                .body(containsString("data-testid=\"to-update\">0<"));

        String script = CAMERA_HEADER + "S1-" + id + ",<script>alert(1)</script>,Axis,P,Dome,Live,,,\n";
        given().auth().oauth2(oxford.token()).get(uploaded("cameras", "<b>x</b>.csv", script)).then()
                .body(not(containsString("<script>alert(1)"))).body(containsString("&lt;script&gt;alert(1)"))
                .body(not(containsString("<b>x</b>")));
    }

    @Test
    void geoJsonPointsImportWithTheirCoordinates() {
        sites();
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.2577, 51.752]},
                   "properties": {"asset_tag": "G1-%1$s", "site": "%2$s", "manufacturer": "Bosch", "type": "PTZ",
                                  "status": "Live"}},
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 51], [1, 52]]},
                   "properties": {"asset_tag": "G2-%1$s", "site": "%2$s", "manufacturer": "Bosch", "type": "PTZ",
                                  "status": "Live"}}
                ]}""".formatted(id, site);
        String bad = uploaded("cameras", "cams.geojson", json);
        given().auth().oauth2(oxford.token()).get(bad).then().body(containsString("LineString geometry"))
                .body(containsString("data-line=\"5\""));
        String good = json.substring(0, json.indexOf(",\n  {\"type\": \"Feature\", \"geometry\": {\"type\": \"Line")) + "]}";
        assertEquals("1 created, 0 updated, 0 unchanged", commit(uploaded("cameras", "cams.geojson", good)));
        assertTrue(export().contains("G1-" + id + "," + site + ",Bosch Security Systems,,PTZ,,,,,Live,51.752,-1.2577"));
        refused("cameras", "broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [".getBytes(), 400,
                "not valid JSON");
    }

    @Test
    void anotherPartnersImportIsNotFound() {
        sites();
        String preview = uploaded("cameras", "c.csv", CAMERA_HEADER + "X1-" + id + "," + site + ",Axis,,Dome,Live,,,\n");
        FormSession cherwell = FormSession.of("cherwell.manager");
        given().auth().oauth2(cherwell.token()).redirects().follow(false).get(preview).then().statusCode(404);
        cherwell.form().post(preview + "/commit").then().statusCode(404);
        given().auth().oauth2(oxford.token()).get(preview).then().statusCode(200);
    }

    @Test
    void aCommitChecksTheRowsAgainstTheEstateAsItIsThen() {
        sites();
        String offline = CAMERA_HEADER + "R1-" + id + "," + site + ",Axis,,Dome,Offline,Pole damaged,,\n";
        assertEquals("1 created, 0 updated, 0 unchanged", commit(uploaded("cameras", "r.csv", offline)));
        String stillOffline = uploaded("cameras", "r.csv", offline.replace("Pole damaged", ""));
        given().auth().oauth2(oxford.token()).get(stillOffline).then().body(containsString("commit-form"));
        assertEquals("0 created, 1 updated, 0 unchanged", commit(uploaded("cameras", "live.csv",
                offline.replace("Offline,Pole damaged", "Live,"))));
        String refused = JobWait.commit(oxford, stillOffline).getString("message");
        assertTrue(refused.contains("Nothing was imported") && refused.contains("Give the reason the camera is"
                + " offline"), refused);
        assertTrue(export().contains("R1-" + id + "," + site + ",Axis Communications,,Dome,,,,,Live"));
    }

    /**
     * The whole file is checked beside the first chunk (two rows in tests), so a row made wrong after the preview in a
     * later chunk leaves nothing of the first: that chunk, written and right in itself, is never committed.
     */
    @Test
    void aRowMadeWrongAfterThePreviewInALaterChunkLeavesNothingOfTheFirst() {
        sites();
        String offline = CAMERA_HEADER + "L1-" + id + "," + site + ",Axis,,Dome,Offline,Pole damaged,,\n";
        assertEquals("1 created, 0 updated, 0 unchanged", commit(uploaded("cameras", "l.csv", offline)));
        String file = cameraRows("L", id + "N", site, 3) + offline.substring(CAMERA_HEADER.length())
                .replace("Pole damaged", "");
        String later = uploaded("cameras", "later.csv", file);
        given().auth().oauth2(oxford.token()).get(later).then().body(containsString("commit-form"));
        commit(uploaded("cameras", "live.csv", offline.replace("Offline,Pole damaged", "Live,")));

        io.restassured.path.json.JsonPath job = JobWait.commit(oxford, later);
        assertEquals("FAILED", job.getString("status"));
        String refused = job.getString("message");
        assertTrue(refused.contains("line 5") && refused.contains("Nothing was imported"), refused);
        assertEquals(0, job.getLong("done"), "no chunk was committed");
        assertFalse(export().contains("L1-" + id + "N"), "the first chunk's cameras are not imported");
    }

    @Test
    void importedCamerasHaveTheirHistoryAndSwitchOffsAsAFormsWouldAndCanBeEdited() {
        sites();
        String file = CAMERA_HEADER + "H1-" + id + "," + site + ",Axis,P3265,Dome,Offline,Pole damaged,51.752,-1.2577\n"
                + cameraRows("H", id, site, 3).substring(CAMERA_HEADER.length()).replaceFirst("H1-[^\n]*\n", "");
        assertEquals("3 created, 0 updated, 0 unchanged", commit(uploaded("cameras", "history.csv", file)));
        io.restassured.path.json.JsonPath found = given().auth().oauth2(oxford.token())
                .get("/api/v1/cameras?q=H1-" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(1, found.getList("items").size(), found.prettify());
        long camera = found.getLong("items[0].id");
        io.restassured.path.json.JsonPath history = given().auth().oauth2(oxford.token())
                .get("/api/v1/cameras/" + camera + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(1, history.getInt("total"), history.prettify());
        assertEquals("camera.created", history.getString("items[0].action"));
        assertEquals("Added camera H1-" + id + " (import of history.csv by oxford.manager)",
                history.getString("items[0].summary"));
        assertEquals(java.util.List.of("Asset tag", "Site", "Manufacturer", "Model", "Type", "Status", "Location"),
                history.getList("items[0].changes.field"));
        assertEquals(java.util.Arrays.asList(null, null, null, null, null, null, null),
                history.getList("items[0].changes.before"));
        assertEquals(java.util.List.of("H1-" + id, site, "Axis Communications", "P3265", "Dome", "Offline",
                "51.752, -1.2577"), history.getList("items[0].changes.after"));
        given().auth().oauth2(oxford.token()).get("/cameras/" + camera).then().statusCode(200)
                .body(containsString("data-testid=\"status-changes\"")).body(containsString("Pole damaged"));
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/api/v1/cameras/" + camera).then()
                .statusCode(404);
        int version = given().auth().oauth2(oxford.token()).get("/api/v1/cameras/" + camera).jsonPath()
                .getInt("version");
        given().auth().oauth2(oxford.token()).contentType("application/json")
                .body(java.util.Map.of("firmware", "8.1", "version", version)).put("/api/v1/cameras/" + camera)
                .then().statusCode(200);
    }

    @Test
    void templatesAndExportAreForEverySignedInRole() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/estate/import/template/sites").then()
                .statusCode(200).header("Content-Disposition", containsString("sites-template.csv"))
                .body(containsString("name,kind,address,postcode,latitude,longitude,sensitive"));
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/estate/export?subject=sites").then()
                .statusCode(200).contentType(containsString("text/csv"));
    }

    private void sites() {
        String file = "name,kind,postcode,latitude,longitude\n" + site + ",Town centre,OX1 1BX,51.752,-1.2577\n";
        commit(uploaded("sites", "sites.csv", file));
    }

    private String uploaded(String subject, String fileName, String content) {
        Response response = upload(subject, fileName, content.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, response.statusCode(), response.asString());
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private Response upload(String subject, String fileName, byte[] content) {
        return oxford.multipart().multiPart("subject", subject).multiPart("file", fileName, content, "text/csv")
                .post("/estate/import");
    }

    private void refused(String subject, String fileName, byte[] content, int status, String message) {
        Response response = upload(subject, fileName, content);
        assertEquals(status, response.statusCode(), fileName + ": " + response.asString());
        assertTrue(response.asString().contains(message), fileName + " should say " + message);
    }

    /** A camera file of {@code rows} rows tagged {@code <prefix><n>-<id>} at {@code site}, every row good. */
    static String cameraRows(String prefix, String id, String site, int rows) {
        StringBuilder file = new StringBuilder(CAMERA_HEADER);
        for (int row = 1; row <= rows; row++) {
            file.append(prefix).append(row).append('-').append(id).append(',').append(site)
                    .append(",Axis,P3265,Dome,Live,,,\n");
        }
        return file.toString();
    }

    private String commit(String preview) {
        io.restassured.path.json.JsonPath job = JobWait.commit(oxford, preview);
        assertEquals("DONE", job.getString("status"), job.getString("message"));
        String page = given().auth().oauth2(oxford.token()).get(job.getString("result")).then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher outcome = java.util.regex.Pattern.compile("data-testid=\"import-outcome\">([^<]+)<")
                .matcher(page);
        assertTrue(outcome.find(), page);
        return outcome.group(1).strip();
    }

    private String export() {
        return given().auth().oauth2(oxford.token()).get("/estate/export").then().statusCode(200).extract().asString();
    }
}
