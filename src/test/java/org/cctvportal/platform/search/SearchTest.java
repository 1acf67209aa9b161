package org.cctvportal.platform.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/** The search box through its API and page, as real users: what each role finds, and what it never finds. */
@QuarkusTest
class SearchTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static JsonPath search(String user, String q) {
        return as(user).queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    static long total(JsonPath found, String kind) {
        List<Map<String, Object>> kinds = found.getList("kinds");
        return kinds.stream().filter(k -> kind.equals(k.get("kind"))).mapToLong(k -> ((Number) k.get("total"))
                .longValue()).findFirst().orElse(-1);
    }

    /** An Oxford site, a recorder on it and a camera on that; the names share {@code word}. */
    static long oxfordEstate(String word) {
        String site = word + " Square";
        as("oxford.manager").body(Map.of("name", site, "kind", "Town centre")).post("/api/v1/sites").then()
                .statusCode(201);
        as("oxford.manager").body(Map.of("name", word + "-NVR", "kind", "NVR", "site", site, "manufacturer",
                "Axis", "exposure", "Isolated")).post("/api/v1/recorders").then().statusCode(201);
        return ((Number) as("oxford.manager").body(Map.of("assetTag", word + "-CAM", "site", site, "manufacturer",
                "Axis", "type", "Dome", "status", "Live")).post("/api/v1/cameras").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    @Test
    void aPartnerFindsItsOwnEstateByTagAndNameAndNoOtherPartnerDoes() {
        String word = unique("SRCH");
        long camera = oxfordEstate(word);
        JsonPath found = search("oxford.viewer", word.toLowerCase());
        assertEquals(1, total(found, "camera"));
        assertEquals(1, total(found, "site"));
        assertEquals(1, total(found, "recorder"));
        assertEquals(3, found.getLong("total"));
        assertTrue(found.getList("items.link").contains("/cameras/" + camera), found.prettify());
        assertEquals(List.of("camera", "site", "recorder"), found.getList("items.kind"));

        assertEquals(List.of("tv-oxford-city"), found.getList("items.partnerId").stream().distinct().toList());
        assertEquals(List.of("Oxford City Council"), found.getList("items.partner").stream().distinct().toList());

        for (String other : List.of("cherwell.manager", "ods.operator", "tvp.evidence", "as-opcc.admin",
                "bristol.manager")) {
            JsonPath theirs = search(other, word);
            assertEquals(0, theirs.getLong("total"), other + " found Oxford's records: " + theirs.prettify());
        }
        // Pages run on from one kind into the next.
        as("oxford.manager").queryParam("q", word).queryParam("size", "2").queryParam("page", "2")
                .get("/api/v1/search").then().statusCode(200).body("total", equalTo(3))
                .body("items.kind", equalTo(List.of("recorder"))).body("items[0].reference", equalTo(word + "-NVR"));
        // One kind, paged.
        as("oxford.manager").queryParam("q", word).queryParam("kind", "site").queryParam("size", "1")
                .get("/api/v1/search").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].reference", equalTo(word + " Square")).body("pageSize", equalTo(1));
    }

    @Test
    void thePccOfficeFindsEveryPartnersEstateOfItsPartnershipNamedByPartnerAndNoOtherPartnerships() {
        String word = unique("PCCS");
        oxfordEstate(word);
        for (String pcc : List.of("opcc.admin", "opcc.analyst")) {
            JsonPath found = search(pcc, word);
            assertEquals(List.of("camera", "site", "recorder"), found.getList("items.kind"), pcc + found.prettify());
            assertEquals(List.of("Oxford City Council"), found.getList("items.partner").stream().distinct().toList());
            // Another partner's records lead to the partnership's camera list, the page the PCC office reads them on.
            assertEquals(List.of("/cameras?partner=tv-oxford-city&q=" + word + "-CAM",
                    "/cameras?partner=tv-oxford-city&q=" + word + "+Square",
                    "/cameras?partner=tv-oxford-city&q=" + word + "+Square"), found.getList("items.link"));
        }
        // The link shows the camera found; the camera's own page stays Oxford's.
        String link = search("opcc.admin", word + "-CAM").getString("items[0].link");
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get(link).then().statusCode(200)
                .body(containsString("data-asset-tag=\"" + word + "-CAM\""));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).queryParam("q", word).get("/search").then()
                .statusCode(200).body(containsString("data-testid=\"search-hit-partner\">Oxford City Council<"));
        // Another partnership's PCC office finds none of it, and Thames Valley's finds none of Bristol's.
        assertEquals(0, search("as-opcc.admin", word).getLong("total"));
        assertEquals(0, search("as-opcc.analyst", word).getLong("total"));
        String bristol = unique("BRSTL");
        as("bristol.manager").body(Map.of("name", bristol + " Harbourside", "kind", "Town centre"))
                .post("/api/v1/sites").then().statusCode(201);
        assertEquals(1, total(search("as-opcc.analyst", bristol), "site"));
        assertEquals(0, search("opcc.admin", bristol).getLong("total"));
        // The PCC office's roles reach no other partner's bookings or evidence through the search.
        assertEquals(-1, total(search("opcc.analyst", word), "booking"));
        assertEquals(-1, total(search("opcc.analyst", word), "evidence"));
    }

    @Test
    void bookingsAreFoundByReferenceByThoseWhoSeeThem() {
        Number id = as("oxford.manager").get("/api/v1/bookings").then().statusCode(200).extract().path("items[0].id");
        JsonPath found = search("oxford.viewer", "MB-" + id);
        assertTrue(found.getList("items.link").contains("/bookings/" + id), found.prettify());
        assertEquals(0, search("cherwell.manager", "MB-" + id).getLong("total"));
        // An auditor has no bookings to search: the kind is not offered at all.
        assertEquals(-1, total(search("oxford.auditor", "MB-" + id), "booking"));
    }

    @Test
    void aHubsStaffFindTheBookingsAtTheirHubsAsTheirPagesShowThem() {
        // Oxford's bookings are at the hubs ODS runs for the partnership.
        Number id = as("oxford.manager").get("/api/v1/bookings").then().statusCode(200).extract().path("items[0].id");
        for (String staff : List.of("ods.supervisor", "ods.operator")) {
            JsonPath found = search(staff, "MB-" + id);
            assertEquals(1, total(found, "booking"), staff + found.prettify());
            assertEquals("/bookings/" + id, found.getString("items[0].link"));
            assertEquals("Oxford City Council", found.getString("items[0].partner"));
            given().auth().oauth2(DemoUsers.token(staff)).get(found.getString("items[0].link")).then()
                    .statusCode(200);
        }
        // Another partnership's hub staff never find it.
        assertEquals(0, search("as-control.supervisor", "MB-" + id).getLong("total"));
        assertEquals(0, search("as-control.operator", "MB-" + id).getLong("total"));
    }

    @Test
    void evidenceIsFoundOnlyWhereTheVaultLetsThePersonReachIt() {
        String reference = unique("TVP/SRCH");
        Number item = as("oxford.evidence").body(Map.of("title", "Search test incident " + reference, "category",
                "POLICE_REQUEST", "start", TestClock.londonNow().minusHours(3).withNano(0).withSecond(0).toString(),
                "end", TestClock.londonNow().minusHours(2).withNano(0).withSecond(0).toString(), "description",
                "A search test", "policeReference", reference)).post("/api/v1/evidence").then().statusCode(201)
                .extract().path("id");
        assertEquals(1, total(search("oxford.evidence", reference), "evidence"));
        assertEquals(1, total(search("oxford.manager", "EV-" + item), "evidence"));
        JsonPath audited = search("oxford.auditor", reference);
        assertEquals(List.of("/evidence/" + item + "/custody"), audited.getList("items.link"));
        assertEquals(-1, total(search("oxford.viewer", reference), "evidence"), "a viewer has no evidence kind");
        assertEquals(0, total(search("tvp.evidence", reference), "evidence"), "not shared yet");
        assertEquals(0, total(search("cherwell.manager", reference), "evidence"));

        as("oxford.evidence").body(Map.of("recipient", "tv-police", "expires", TestClock.today().plusDays(5)
                .toString(), "reason", "Crime 4321")).post("/api/v1/evidence/" + item + "/shares").then()
                .statusCode(201);
        JsonPath shared = search("tvp.evidence", reference.toLowerCase());
        assertEquals(1, total(shared, "evidence"), shared.prettify());
        assertEquals(List.of("/evidence/" + item), shared.getList("items.link"));
        assertEquals(0, total(search("tvp.auditor", reference), "evidence"), "the force's auditor reaches no share");
    }

    @Test
    void badTermsGetAClearMessageOnTheApiAndThePage() {
        as("oxford.manager").get("/api/v1/search").then().statusCode(400).body("fieldErrors.q",
                containsString("Enter a camera tag"));
        as("oxford.manager").queryParam("q", "   ").get("/api/v1/search").then().statusCode(400);
        as("oxford.manager").queryParam("q", "x").get("/api/v1/search").then().statusCode(400)
                .body("fieldErrors.q", containsString("at least 2"));
        as("oxford.manager").queryParam("q", "a".repeat(101)).get("/api/v1/search").then().statusCode(400)
                .body("fieldErrors.q", containsString("100 characters or fewer"));
        as("oxford.manager").queryParam("q", "ab\u0001cd").get("/api/v1/search").then().statusCode(400)
                .body("message", containsString("control character"));
        as("oxford.manager").queryParam("q", "station").queryParam("kind", "footage").get("/api/v1/search").then()
                .statusCode(400).body("fieldErrors.kind", containsString("camera, site, recorder"));
        as("oxford.manager").queryParam("q", "station").queryParam("size", "500").get("/api/v1/search").then()
                .statusCode(400).body("fieldErrors.size", containsString("1 to 200"));
        // Wildcards are searched for as typed, not as patterns.
        assertEquals(0, search("oxford.manager", "%%").getLong("total"));
        assertEquals(0, search("oxford.manager", "__").getLong("total"));

        given().auth().oauth2(DemoUsers.token("oxford.manager")).queryParam("q", "a".repeat(101)).get("/search")
                .then().statusCode(400).body(containsString("data-testid=\"error-summary\""))
                .body(containsString("100 characters or fewer"));
    }

    @Test
    void thePageGroupsResultsKeepsTheTermAndSaysWhenNothingIsFound() {
        String word = unique("PAGE");
        long camera = oxfordEstate(word);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).queryParam("q", word).get("/search").then()
                .statusCode(200).body(containsString("data-testid=\"search-group-camera\""))
                .body(containsString("data-search-hit=\"camera-" + camera + "\""))
                .body(containsString("data-testid=\"search-group-site\""))
                .body(containsString("value=\"" + word + "\""))
                .body(not(containsString("data-testid=\"search-empty\"")));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).queryParam("q", unique("NOTHING")).get("/search")
                .then().statusCode(200).body(containsString("data-testid=\"search-empty\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras").then().statusCode(200)
                .body(containsString("data-testid=\"header-search\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/search").then().statusCode(200)
                .body(not(containsString("data-testid=\"search-empty\"")));
        as("oxford.manager").queryParam("q", word).get("/api/v1/search").then().body("kinds.kind",
                hasItem("evidence"));
    }
}
