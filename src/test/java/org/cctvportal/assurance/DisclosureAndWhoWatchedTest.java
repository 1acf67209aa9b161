package org.cctvportal.assurance;

import static io.restassured.RestAssured.given;
import static org.cctvportal.assurance.AssuranceFixture.as;
import static org.cctvportal.assurance.AssuranceFixture.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Releases of footage reach the disclosure register from the evidence records themselves, and every view, download
 * and export reaches "who watched whose cameras": for the owner's auditor, who sees other partners' staff too, and
 * for the partnership admin, never for the analyst or another partner's auditor.
 */
@QuarkusTest
class DisclosureAndWhoWatchedTest {

    /** An Oxford item with one stored clip, shared with Thames Valley Police; answers {item, file}. */
    private static String[] sharedItem(String title) {
        LocalDateTime now = TestClock.londonNow().withSecond(0).withNano(0);
        long item = ((Number) as("oxford.evidence").body(Map.of("title", title, "category", "INCIDENT",
                "start", now.minusHours(3).toString(), "end", now.minusHours(2).toString(),
                "description", "Footage for the assurance tests")).post("/api/v1/evidence").then().statusCode(201)
                .extract().path("id")).longValue();
        String file = given().auth().oauth2(DemoUsers.token("oxford.evidence")).contentType("application/octet-stream")
                .header("X-File-Name", "assurance.mp4").body(AssuranceFixture.clip())
                .post("/api/v1/evidence/" + item + "/files").then().statusCode(201).extract().path("file.id");
        as("oxford.evidence").body(Map.of("recipient", "tv-police", "expires",
                TestClock.today().plusDays(20).toString(),
                "reason", "Request from Thames Valley Police for crime " + title)).post("/api/v1/evidence/" + item
                        + "/shares").then().statusCode(201);
        return new String[] { Long.toString(item), file };
    }

    @Test
    void aShareAndADownloadByThePoliceAppearInTheOwnersDisclosureRegister() {
        String title = unique("Disclosed incident");
        String[] item = sharedItem(title);
        as("tvp.evidence").body(Map.of("reason", "Case file " + title)).post("/api/v1/evidence/" + item[0]
                + "/files/" + item[1] + "/download").then().statusCode(200);
        String page = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/assurance/disclosures").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Request from Thames Valley Police for crime " + title), "the share is listed");
        assertTrue(page.contains("Case file " + title), "the download is listed with its reason");
        assertTrue(page.split("data-item=\"" + item[0] + "\"", -1).length - 1 == 2, "two releases, each once");
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/assurance/disclosures").then().statusCode(200)
                .body(not(containsString(title)));
    }

    @Test
    void theOwnersAuditorSeesWhoWatchedItsFootageAndTheAnalystNever() {
        String title = unique("Watched incident");
        String[] item = sharedItem(title);
        given().auth().oauth2(DemoUsers.token("tvp.evidence")).get("/evidence/" + item[0]).then().statusCode(200);
        as("tvp.evidence").body(Map.of("reason", "Case review " + item[0])).post("/api/v1/evidence/" + item[0]
                + "/files/" + item[1] + "/download").then().statusCode(200);

        // Reading the item's page is no view of footage: only the download is.
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/assurance/who-watched?actor=tv-police").then()
                .statusCode(200).body(containsString(title))
                .body(not(containsString("data-action=\"VIEWED\" data-actor=\"tvp.evidence\"")))
                .body(containsString("data-action=\"DOWNLOADED\" data-actor=\"tvp.evidence\""))
                .body(containsString("assurance.mp4"))
                .body(containsString("Thames Valley Police"));
        String downloads = given().auth().oauth2(DemoUsers.token("oxford.auditor"))
                .get("/assurance/who-watched/export?action=DOWNLOADED&actor=tv-police").then().statusCode(200)
                .extract().asString();
        assertTrue(downloads.contains("Downloaded,tvp.evidence,Thames Valley Police,Oxford City Council," + item[0]),
                downloads);
        assertFalse(downloads.contains("Viewed,tvp.evidence"), "filtered to downloads");

        String admin = given().auth().oauth2(DemoUsers.token("opcc.admin"))
                .get("/assurance/who-watched?owner=tv-oxford-city&actor=tv-police").then().statusCode(200).extract()
                .asString();
        assertTrue(admin.contains("Item #" + item[0]), "the partnership admin sees the access");
        assertFalse(admin.contains(title), "but not the item's title");
        assertFalse(admin.contains("assurance.mp4"), "nor the file's name");
        assertFalse(admin.contains("Case review " + item[0]), "nor the reason given with the file");
        String adminCsv = given().auth().oauth2(DemoUsers.token("opcc.admin"))
                .get("/assurance/who-watched/export?owner=tv-oxford-city&actor=tv-police").then().statusCode(200)
                .extract().asString();
        assertTrue(adminCsv.contains("Downloaded,tvp.evidence"), adminCsv);
        assertFalse(adminCsv.contains("assurance.mp4"), "the export names no file either");
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/assurance/who-watched").then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("tvp.auditor")).get("/assurance/who-watched").then().statusCode(200)
                .body(not(containsString("Item #" + item[0]))).body(not(containsString(title)));
        given().auth().oauth2(DemoUsers.token("oxford.auditor")).get("/assurance/who-watched?from=yesterday").then()
                .statusCode(400).body(containsString("The from date must be a real date"));
    }
}
