package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The camera map lists the caller's own located cameras in the page itself (so it works with no script and no tile
 * server), hands the same cameras to the map script as data, and admits images from the tile server alone.
 */
@QuarkusTest
class CameraMapPageTest {

    @Test
    void listsTheOwnPartnersCamerasWithTheirLocationsAndNoOneElses() {
        Response page = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras/map");
        page.then().statusCode(200)
                .body(containsString("data-testid=\"map-camera\" data-asset-tag=\"OXF-0001\""))
                .body(containsString("Cornmarket Street"))
                .body(containsString("{&quot;tag&quot;:&quot;OXF-"))
                .body(not(containsString("CHE-0001")))
                .body(not(containsString("BRS-0001")))
                .body(not(containsString("Broadmead")));
        String body = page.asString();
        assertTrue(body.matches("(?s).*<td class=\"govuk-table__cell\">51\\.7\\d+</td>\\s*"
                + "<td class=\"govuk-table__cell\">-1\\.\\d+</td>.*"), "Oxford cameras are listed with their locations");
    }

    @Test
    void theContentSecurityPolicyNamesTheTileOriginForImagesAndNothingElseNew() {
        Response page = given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/cameras/map");
        page.then().statusCode(200).body(containsString("CHE-0001")).body(not(containsString("OXF-0001")));
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("img-src 'self' data: http://127.0.0.1:9;"), policy);
        assertTrue(policy.contains("script-src 'self';") && policy.contains("connect-src 'self';"), policy);
    }

    @Test
    void theMapScriptAndLeafletAreServedByThePortal() {
        given().get("/static/js/camera-map.js").then().statusCode(200).body(containsString("leaflet-src.esm.js"));
        given().get("/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js").then().statusCode(200);
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.css").then().statusCode(200);
    }
}
