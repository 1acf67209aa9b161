package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.clip;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vault's pages: forms that refuse bad input with messages and change nothing, the raw upload's token. */
@QuarkusTest
class EvidencePagesTest {

    private static final Pattern DISPOSED_ON = Pattern.compile("the footage is disposed of on (\\d{1,2} \\w+ \\d{4})");
    private static final Pattern OUTLASTS = Pattern.compile("data-testid=\"share-outlasts\" data-share-id=\"(\\d+)\"");

    FormSession officer;

    @Inject
    Clock clock;

    @BeforeEach
    void signIn() {
        officer = FormSession.of("oxford.evidence");
    }

    @Test
    void aNewItemWithMissingFieldsIsRefusedWithAMessageByEachField() {
        officer.form().formParam("title", "").formParam("start", "28/11/2026").post("/evidence").then()
                .statusCode(400).body(containsString("Enter a title"))
                .body(containsString("Enter when the incident started as a date and time"))
                .body(containsString("Select why the footage is being kept"))
                .body(containsString("Describe what the footage shows"));
        officer.form().formParam("title", "Unknown camera").formParam("category", "INCIDENT")
                .formParam("start", "2026-11-28T22:00").formParam("end", "2026-11-28T21:00")
                .formParam("cameras", "NO-SUCH-CAM").formParam("description", "x").post("/evidence").then()
                .statusCode(400).body(containsString("The incident must end after it starts"))
                .body(containsString("No camera of yours has the asset tag NO-SUCH-CAM"));
    }

    @Test
    void anIncidentThatHasNotHappenedYetIsRefusedAndNothingIsRecorded() {
        String title = "Tomorrow's incident " + System.nanoTime();
        LocalDateTime tomorrow = TestClock.londonNow().plusDays(1).withSecond(0).withNano(0);
        officer.form().formParam("title", title).formParam("category", "INCIDENT")
                .formParam("start", tomorrow.toString()).formParam("end", tomorrow.plusMinutes(10).toString())
                .formParam("description", "Footage of something yet to happen").post("/evidence").then()
                .statusCode(400).body(containsString("The incident cannot start in the future"));
        given().auth().oauth2(officer.token()).get("/api/v1/evidence?size=200").then().statusCode(200)
                .body(not(containsString(title)));
    }

    @Test
    void shareHoldAndBundleNeedTheirFieldsAndChangeNothingWithout() {
        long item = createItem("oxford.evidence", Map.of());
        officer.form().formParam("share-recipient", "tv-oxford-city").formParam("share-expires", "tomorrow")
                .post("/evidence/" + item + "/shares").then().statusCode(400)
                .body(containsString("Select the police force")).body(containsString("Enter the last day"))
                .body(containsString("Say why the evidence is shared"));
        officer.form().formParam("action", "hold").post("/evidence/" + item + "/hold").then().statusCode(400)
                .body(containsString("Say why the evidence is on legal hold"))
                .body(containsString(">Reason for the legal hold</label>")).body(not(containsString("{#if")));
        officer.form().post("/evidence/" + item + "/bundle").then().statusCode(400)
                .body(containsString("Say why the evidence is exported"));
        List<String> actions = given().auth().oauth2(DemoUsers.token("oxford.evidence"))
                .get("/api/v1/evidence/" + item + "/custody").then().extract().path("items.action");
        assertTrue(actions.stream().noneMatch(a -> List.of("SHARED", "HELD", "EXPORTED").contains(a)),
                actions.toString());
    }

    @Test
    void thePagesUploadNeedsTheFormTokenInItsHeader() {
        long item = createItem("oxford.evidence", Map.of());
        io.restassured.response.Response page = given().auth().oauth2(officer.token())
                .get("/evidence/" + item + "/upload").then().statusCode(200)
                .body(containsString("evidence-upload.js")).body(containsString("<noscript>")).extract().response();
        String token = page.asString().replaceAll("(?s).*\"X-CSRF-TOKEN\":\"([^\"]+)\".*", "$1");
        String cookie = page.getCookie("csrf-token");
        given().auth().oauth2(officer.token()).contentType("application/octet-stream").body(clip(2_000))
                .post("/evidence/" + item + "/files").then().statusCode(400)
                .body("message", containsString("form token"));
        given().auth().oauth2(officer.token()).cookie("csrf-token", cookie).header("X-CSRF-TOKEN", "forged")
                .contentType("application/octet-stream").body(clip(2_000)).post("/evidence/" + item + "/files")
                .then().statusCode(400);
        given().auth().oauth2(officer.token()).cookie("csrf-token", cookie).header("X-CSRF-TOKEN", token)
                .contentType("application/octet-stream").header("X-File-Name", "page.mp4").body(clip(2_000))
                .post("/evidence/" + item + "/files").then().statusCode(201)
                .body("next", containsString("/evidence/" + item));
    }

    @Test
    void theDemoIncidentIsSharedWithThePoliceAndItsChainVerifies() {
        List<Map<String, Object>> items = given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/api/v1/evidence?size=200")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> cornmarket = items.stream().filter(i -> i.get("title").toString().contains("Cornmarket"))
                .findFirst().orElseThrow();
        assertEquals("RECIPIENT", cornmarket.get("access"));
        long id = ((Number) cornmarket.get("id")).longValue();
        given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/json")
                .post("/api/v1/evidence/" + id + "/verify").then().statusCode(200).body("chainWhole",
                        org.hamcrest.Matchers.is(true)).body("files.outcome", org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.is("INTACT")));
        List<String> titles = given().auth().oauth2(DemoUsers.token("oxford.evidence")).get("/api/v1/evidence?size=200")
                .then().extract().path("items.findAll { it.legalHold }.title");
        assertTrue(titles.stream().anyMatch(t -> t.contains("Broad Street")), titles.toString());
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/evidence").then().statusCode(200)
                .body(containsString("Shared with us")).body(not(containsString("Westgate")));
    }

    @Test
    void theCustodyLogFoldsRepeatedDownloadsIntoOneLineWhileTheChainKeepsEach() {
        long id = demoCornmarket();
        String token = DemoUsers.token("oxford.evidence");
        List<String> actions = given().auth().oauth2(token).get("/api/v1/evidence/" + id + "/custody").then()
                .statusCode(200).extract().path("items.findAll { it.actor == 'oxford.evidence' }.action");
        assertEquals(3, actions.stream().filter("DOWNLOADED"::equals).count(), actions.toString());
        given().auth().oauth2(token).get("/evidence/" + id + "/custody").then().statusCode(200)
                .body(containsString("data-action=\"DOWNLOADED\" data-actor=\"oxford.evidence\" data-count=\"3\""))
                .body(containsString("3 times")).body(containsString("oldest first"))
                .body(not(containsString("first first"))).body(not(containsString("T00:00")))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}.*"));
    }

    private static long demoCornmarket() {
        List<Map<String, Object>> items = given().auth().oauth2(DemoUsers.token("oxford.evidence"))
                .get("/api/v1/evidence?size=200").then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> i.get("title").toString().contains("Cornmarket"))
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void aShareThatOutlastsTheFootageWarnsAndCanBeShortenedOrTheFootageKept() {
        LocalDate lastDay = LocalDate.now(clock.withZone(LondonTime.ZONE)).plusDays(60);
        for (String way : List.of("shorten", "keep")) {
            long item = createItem("oxford.evidence", Map.of());
            officer.form().formParam("share-recipient", "tv-police").formParam("share-expires", lastDay.toString())
                    .formParam("share-reason", "Crime 43260255555").post("/evidence/" + item + "/shares").then()
                    .statusCode(303);
            String page = given().auth().oauth2(officer.token()).get("/evidence/" + item).then().statusCode(200)
                    .extract().asString();
            Matcher warning = OUTLASTS.matcher(page);
            assertTrue(warning.find(), "the share outlasting the footage is flagged");
            Matcher disposal = DISPOSED_ON.matcher(page);
            assertTrue(disposal.find(), "the warning names the day the footage goes");
            assertTrue(page.contains("runs until " + Formats.day(lastDay) + ", but the footage is disposed of on"));
            // The API's share carries the same warning as the page.
            given().auth().oauth2(officer.token()).get("/api/v1/evidence/" + item).then().statusCode(200)
                    .body("shares[0].lastDay", equalTo(lastDay.toString()))
                    .body("shares[0].outlastsRetention.footageDisposedOn", notNullValue())
                    .body("shares[0].outlastsRetention.message", containsString("footage is disposed of on"));
            if (way.equals("shorten")) {
                officer.form().post("/evidence/" + item + "/shares/" + warning.group(1) + "/shorten").then()
                        .statusCode(303);
            } else {
                officer.form().formParam("retention-evidential", "yes")
                        .formParam("retention-reviewDate", lastDay.toString()).post("/evidence/" + item + "/retention")
                        .then().statusCode(303);
            }
            given().auth().oauth2(officer.token()).get("/evidence/" + item).then().statusCode(200)
                    .body(not(containsString("data-testid=\"share-outlasts\"")))
                    .body(containsString(way.equals("shorten")
                            ? "data-testid=\"share-until\">End of " + disposal.group(1) : "Evidential: review on"));
            given().auth().oauth2(officer.token()).get("/api/v1/evidence/" + item).then()
                    .body("shares[0].outlastsRetention", nullValue());
        }
    }
}
