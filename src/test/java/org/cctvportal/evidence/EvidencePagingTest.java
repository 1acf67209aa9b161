package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.EvidenceApiSupport.createItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The vault's list comes a page at a time, with the API's one paging convention and its refusals. */
@QuarkusTest
class EvidencePagingTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user));
    }

    @Test
    void walkingThePagesGivesEveryItemOnceInTheListsOrder() {
        createItem("oxford.evidence", Map.of());
        createItem("oxford.evidence", Map.of());
        createItem("oxford.evidence", Map.of());
        List<Integer> whole = as("oxford.evidence").get("/api/v1/evidence?size=200").then().statusCode(200)
                .extract().path("items.id");
        int total = as("oxford.evidence").get("/api/v1/evidence?size=2").then().statusCode(200)
                .body("page", equalTo(1)).body("pageSize", equalTo(2)).body("items", hasSize(2))
                .extract().path("total");
        assertTrue(total >= 3 && total <= 200, "total " + total);
        List<Integer> walked = new ArrayList<>();
        for (int page = 1; (page - 1) * 2 < total; page++) {
            walked.addAll(as("oxford.evidence").get("/api/v1/evidence?size=2&page=" + page).then().statusCode(200)
                    .body("page", equalTo(page)).body("total", equalTo(total))
                    .extract().<List<Integer>>path("items.id"));
        }
        assertEquals(whole, walked);
        as("oxford.evidence").get("/api/v1/evidence?size=2&page=" + (total / 2 + 2)).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(total));
    }

    @Test
    void theDefaultPageHoldsFiftyAtMost() {
        as("oxford.evidence").get("/api/v1/evidence").then().statusCode(200).body("page", equalTo(1))
                .body("pageSize", equalTo(50));
    }

    @Test
    void aBadPageOrSizeIsRefusedWithTheParameterNamed() {
        for (String query : List.of("size=0", "size=201", "size=abc", "size=2.5")) {
            String message = query.equals("size=0") || query.equals("size=201") ? "size must be from 1 to 200"
                    : "size must be a whole number";
            as("oxford.evidence").get("/api/v1/evidence?" + query).then().statusCode(400)
                    .body("status", equalTo(400)).body("fieldErrors.size", equalTo(message));
        }
        for (String query : List.of("page=0", "page=-3", "page=x")) {
            as("oxford.evidence").get("/api/v1/evidence?" + query).then().statusCode(400)
                    .body("fieldErrors.page", equalTo(query.equals("page=x") ? "page must be a whole number"
                            : "page must be 1 or more"));
        }
    }

    @Test
    void theCustodyLogComesAPageAtATimeInTheChainsOrderOnTheApiAndThePage() {
        long item = createItem("oxford.evidence", Map.of());
        String file = EvidenceApiSupport.upload("oxford.evidence", item, EvidenceApiSupport.clip(10_000), "cam.mp4",
                null).then().statusCode(201).extract().path("file.id").toString();
        for (int i = 0; i < 50; i++) {
            EvidenceApiSupport.download("oxford.evidence", item, file).then().statusCode(200);
        }
        String custody = "/api/v1/evidence/" + item + "/custody";
        int total = as("oxford.auditor").get(custody).then().statusCode(200).body("page", equalTo(1))
                .body("pageSize", equalTo(50)).body("items", hasSize(50)).extract().path("total");
        assertTrue(total >= 52, "created, uploaded and 50 downloads: " + total);
        List<Integer> walked = new ArrayList<>();
        for (int page = 1; (page - 1) * 20 < total; page++) {
            walked.addAll(as("oxford.auditor").get(custody + "?size=20&page=" + page).then().statusCode(200)
                    .body("total", equalTo(total)).extract().<List<Integer>>path("items.seq"));
        }
        assertEquals(total, walked.size());
        assertEquals(walked.stream().sorted().toList(), walked, "oldest first, each event once");
        as("oxford.auditor").get(custody + "?size=0").then().statusCode(400).body("fieldErrors.size",
                equalTo("size must be from 1 to 200"));
        as("cherwell.manager").get(custody).then().statusCode(404);

        String page = "/evidence/" + item + "/custody";
        as("oxford.auditor").get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("1 to 50 of " + total))
                .body(org.hamcrest.Matchers.containsString("href=\"" + page + "?page=2\""));
        as("oxford.auditor").get(page + "?page=2").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("51 to " + total + " of " + total))
                .body(org.hamcrest.Matchers.containsString("rel=\"prev\""));
        // A page past the last, or not a number, shows the nearest page rather than an error.
        as("oxford.auditor").get(page + "?page=99").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("51 to " + total + " of " + total));
        as("oxford.auditor").get(page + "?page=x").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("1 to 50 of " + total));
    }
}
