package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The estate API: the rules people meet in forms, the tenancy, the history and the switch-off record. */
@QuarkusTest
class EstateApiTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A site of oxford.manager's council, with a camera on it; returns the camera's id. */
    static long oxfordCamera(String tag, String siteName, String maker) {
        as("oxford.manager").body(Map.of("name", siteName, "kind", "Town centre", "postcode", "ox1 3ds",
                "latitude", 51.7528, "longitude", -1.2581)).post("/api/v1/sites").then().statusCode(201);
        return as("oxford.manager").body(json("assetTag", tag, "site", siteName, "manufacturer", maker,
                "type", "PTZ", "status", "Live", "resolutionMp", 4, "firmware", "5.7.3", "latitude", 51.7527,
                "longitude", -1.2580, "bearing", 180, "connection", "Fibre")).post("/api/v1/cameras").then()
                .statusCode(201).header("Location", containsString("/api/v1/cameras/"))
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void aManagerAddsASiteAndACameraWhoseMakerIsFoldedFromAnAlias() {
        String site = unique("Cornmarket");
        String tag = unique("OXF");
        long id = oxfordCamera(tag, site, "Hangzhou Hikvision Digital Technology Co., Ltd.");
        as("oxford.viewer").get("/api/v1/cameras/" + id).then().statusCode(200)
                .body("assetTag", equalTo(tag)).body("site", equalTo(site))
                .body("manufacturer", equalTo("Hikvision")).body("type", equalTo("PTZ"))
                .body("status", equalTo("LIVE")).body("connection", equalTo("FIBRE"));
        as("oxford.viewer").queryParam("q", tag.toLowerCase()).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(1)).body("items.assetTag", contains(tag));
        as("oxford.viewer").get("/api/v1/sites?q=" + site).then().body("items[0].postcode", equalTo("OX1 3DS"));
    }

    @Test
    void theTextSearchReadsSiteAndMakerTakesWildcardsAsTypedAndStaysWithinThePartner() {
        String word = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
        String site = "Yard_" + word;
        String tag = unique("SRCH");
        oxfordCamera(tag, site, "Axis");
        // By the site's name, with its underscore taken as typed: "Yardx" + the same word matches nothing.
        as("oxford.viewer").queryParam("q", site.toUpperCase()).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(1)).body("items.assetTag", contains(tag));
        as("oxford.viewer").queryParam("q", "Yardx" + word).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(0));
        as("oxford.viewer").queryParam("q", "%" + word).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(0));
        // The maker sort and the filters together.
        as("oxford.viewer").queryParam("q", site).queryParam("status", "LIVE").queryParam("type", "PTZ")
                .queryParam("sort", "maker").queryParam("dir", "desc").get("/api/v1/cameras").then()
                .statusCode(200).body("items.assetTag", contains(tag))
                .body("items[0].manufacturer", equalTo("Axis Communications"));
        as("oxford.viewer").queryParam("q", site).queryParam("status", "FAULTY").get("/api/v1/cameras").then()
                .statusCode(200).body("total", equalTo(0));
        // By the maker's name, at the camera's site.
        long siteId = as("oxford.viewer").get("/api/v1/sites?q=" + site).jsonPath().getLong("items[0].id");
        as("oxford.viewer").queryParam("q", "axis").queryParam("site", siteId).get("/api/v1/cameras").then()
                .statusCode(200).body("total", equalTo(1)).body("items.assetTag", contains(tag));
        as("oxford.viewer").queryParam("q", "hikvision").queryParam("site", siteId).get("/api/v1/cameras").then()
                .statusCode(200).body("total", equalTo(0));
        // Another partner's people do not find it.
        as("cherwell.viewer").queryParam("q", site).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badInputGetsAMessagePerFieldAndCreatesNothing() {
        String tag = unique("BAD");
        as("oxford.manager").body(Map.of("assetTag", tag, "site", "Nowhere Street " + tag, "manufacturer",
                "Hickvision", "type", "Periscope", "status", "Live", "latitude", "-1.2577", "longitude", "51.7520",
                "bearing", "400")).post("/api/v1/cameras").then().statusCode(400)
                .body("fieldErrors.site", containsString("Unknown site"))
                .body("fieldErrors.manufacturer", containsString("did you mean Hikvision?"))
                .body("fieldErrors.type", containsString("Fixed, PTZ, Dome, Multi-sensor, ANPR or Redeployable"))
                .body("fieldErrors.latitude", containsString("look swapped"))
                .body("fieldErrors.bearing", containsString("between 0 and 359"));
        as("oxford.manager").queryParam("q", tag).get("/api/v1/cameras").then().body("total", equalTo(0));
        as("oxford.manager").body("{}").post("/api/v1/cameras").then().statusCode(400)
                .body("fieldErrors.assetTag", equalTo("Enter the asset tag"));
    }

    @Test
    void anAssetTagIsUniqueWithinThePartnerButNotAcrossPartners() {
        String tag = unique("DUP");
        oxfordCamera(tag, unique("Gloucester Green"), "Axis");
        as("oxford.manager").body(Map.of("assetTag", tag.toLowerCase(), "site", "x", "manufacturer", "Axis",
                "type", "Dome", "status", "Live")).post("/api/v1/cameras").then().statusCode(400)
                .body("fieldErrors.assetTag", containsString("already used"));
        String cherwellSite = unique("Banbury Market Place");
        as("cherwell.manager").body(Map.of("name", cherwellSite, "kind", "TOWN_CENTRE")).post("/api/v1/sites")
                .then().statusCode(201);
        as("cherwell.manager").body(Map.of("assetTag", tag, "site", cherwellSite, "manufacturer", "AXIS",
                "type", "Dome", "status", "Live")).post("/api/v1/cameras").then().statusCode(201);
    }

    @Test
    void anotherPartnersCameraIsNotFoundAndCannotBeChanged() {
        long id = oxfordCamera(unique("OXF"), unique("St Aldates"), "Axis Communications");
        as("cherwell.manager").get("/api/v1/cameras/" + id).then().statusCode(404);
        as("cherwell.manager").body(Map.of("firmware", "6.0")).put("/api/v1/cameras/" + id).then().statusCode(404);
        as("cherwell.viewer").get("/cameras/" + id).then().statusCode(404);
        as("cherwell.manager").get("/api/v1/cameras/" + id + "/history").then().statusCode(404);
        as("as-opcc.admin").get("/api/v1/cameras/" + id).then().statusCode(404);
        as("cherwell.manager").get("/api/v1/cameras?size=200").then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aLongHistoryComesAPageAtATimeOnTheApiAndTheCamerasPage() {
        long id = oxfordCamera(unique("HISP"), unique("High Street"), "Bosch");
        for (int i = 1; i <= 21; i++) {
            int version = as("oxford.manager").get("/api/v1/cameras/" + id).jsonPath().getInt("version");
            as("oxford.manager").body(Map.of("firmware", "8.0." + i, "version", version))
                    .put("/api/v1/cameras/" + id).then().statusCode(200);
        }
        String history = "/api/v1/cameras/" + id + "/history";
        as("oxford.viewer").get(history + "?size=20").then().statusCode(200).body("total", equalTo(22))
                .body("items.size()", equalTo(20)).body("items[0].changes[0].after", equalTo("8.0.21"));
        as("oxford.viewer").get(history + "?size=20&page=2").then().statusCode(200)
                .body("items.action", equalTo(java.util.List.of("camera.updated", "camera.created")));
        as("oxford.viewer").get(history + "?size=500").then().statusCode(400).body("fieldErrors.size",
                containsString("1 to 200"));
        as("oxford.viewer").get("/cameras/" + id).then().statusCode(200)
                .body(containsString("href=\"/cameras/" + id + "?history=2#history\""))
                .body(containsString("8.0.21")).body(not(containsString("data-audit-action=\"camera.created\"")));
        as("oxford.viewer").get("/cameras/" + id + "?history=2").then().statusCode(200)
                .body(containsString("data-audit-action=\"camera.created\"")).body(containsString("Page 2 of 2"));

        long site = as("oxford.manager").get("/api/v1/cameras/" + id).jsonPath().getLong("siteId");
        as("oxford.viewer").get("/api/v1/sites/" + site + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("site.created"));
        as("cherwell.manager").get("/api/v1/sites/" + site + "/history").then().statusCode(404);
    }

    @Test
    void aChangeIsInTheCamerasHistoryWithBeforeAndAfter() {
        long id = oxfordCamera(unique("HIS"), unique("Broad Street"), "Bosch");
        int version = as("oxford.manager").get("/api/v1/cameras/" + id).jsonPath().getInt("version");
        as("oxford.manager").body(Map.of("firmware", "7.10.0076", "version", version)).put("/api/v1/cameras/" + id)
                .then().statusCode(200).body("firmware", equalTo("7.10.0076")).body("model", nullValue());
        as("oxford.auditor").get("/api/v1/cameras/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("camera.updated"))
                .body("items[0].actor", equalTo("oxford.manager"))
                .body("items[0].changes[0].field", equalTo("Firmware"))
                .body("items[0].changes[0].before", equalTo("5.7.3"))
                .body("items[0].changes[0].after", equalTo("7.10.0076"))
                .body("items[1].action", equalTo("camera.created")).body("total", equalTo(2));
        as("oxford.viewer").get("/cameras/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"history-entry\""))
                .body(containsString("7.10.0076"));
    }

    @Test
    void anUpdateMadeOnAnOldVersionIsRefusedSoNoChangeIsLost() {
        long id = oxfordCamera(unique("VER"), unique("Cowley Road"), "Axis");
        int version = as("oxford.manager").get("/api/v1/cameras/" + id).jsonPath().getInt("version");
        as("oxford.manager").body(Map.of("model", "Q6135-LE", "version", version)).put("/api/v1/cameras/" + id)
                .then().statusCode(200);
        as("oxford.manager").body(Map.of("model", "P3245-V", "version", version)).put("/api/v1/cameras/" + id)
                .then().statusCode(409).body("fieldErrors.version", containsString("Someone else changed"));
        as("oxford.manager").get("/api/v1/cameras/" + id).then().body("model", equalTo("Q6135-LE"));
    }

    @Test
    void decommissioningNeedsAReasonWhichThePartnershipSees() {
        String tag = unique("OFF");
        long id = oxfordCamera(tag, unique("Westgate"), "Dahua");
        as("oxford.manager").body(Map.of("status", "Decommissioned")).put("/api/v1/cameras/" + id).then()
                .statusCode(400).body("fieldErrors.statusReason", containsString("Give the reason"));
        as("oxford.manager").body(Map.of("status", "Decommissioned", "statusReason",
                "Column removed for the Westgate redevelopment")).put("/api/v1/cameras/" + id).then()
                .statusCode(200).body("status", equalTo("DECOMMISSIONED"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/estate/switch-offs").then().statusCode(200)
                .body(containsString("data-asset-tag=\"" + tag + "\""))
                .body(containsString("Column removed for the Westgate redevelopment"))
                .body(containsString("Oxford City Council"));
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/estate/switch-offs").then().statusCode(200)
                .body(not(containsString(tag)));
    }

    @Test
    void filtersNarrowTheListAndEveryResultMatches() {
        String site = unique("Castle Street");
        oxfordCamera(unique("FLT"), site, "Axis");
        long siteId = as("oxford.manager").get("/api/v1/sites?q=" + site).jsonPath().getLong("items[0].id");
        as("oxford.viewer").queryParam("site", siteId).get("/api/v1/cameras").then().statusCode(200)
                .body("total", equalTo(1)).body("items.site", everyItem(equalTo(site)));
        as("oxford.viewer").queryParam("type", "PTZ").queryParam("size", 200).get("/api/v1/cameras").then()
                .body("items.type", everyItem(equalTo("PTZ")));
        as("oxford.viewer").queryParam("status", "Faulty").queryParam("size", 200).get("/api/v1/cameras").then()
                .body("items.status", everyItem(equalTo("FAULTY")));
    }

    @Test
    void aRecorderOnAnUnsupportedSystemShowsItsEndOfSupport() {
        String site = unique("Town Hall");
        as("oxford.manager").body(Map.of("name", site, "kind", "Council building")).post("/api/v1/sites").then()
                .statusCode(201);
        String name = unique("OXF-WS");
        long id = as("oxford.manager").body(Map.of("name", name, "kind", "Control-room workstation", "site", site,
                "manufacturer", "Dell", "operatingSystem", "windows 7 sp1", "exposure", "Partnership network",
                "lastPatched", "2019-11-12")).post("/api/v1/recorders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("oxford.viewer").get("/api/v1/recorders/" + id).then().body("operatingSystem", equalTo("Windows 7 SP1"))
                .body("operatingSystemEndOfSupport", equalTo("2020-01-14"))
                .body("manufacturer", equalTo("Dell Technologies"));
        as("oxford.viewer").get("/recorders/" + id).then().statusCode(200).body(containsString("Unsupported"));
        as("oxford.manager").body(Map.of("name", unique("X"), "kind", "NVR", "site", site, "manufacturer", "Axis",
                "operatingSystem", "Windows Sever 2019", "exposure", "Isolated")).post("/api/v1/recorders").then()
                .statusCode(400).body("fieldErrors.operatingSystem", containsString("did you mean Windows Server 2019?"));
    }
}
