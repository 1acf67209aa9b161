package org.cctvportal.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * A bearer token is verified once and then known by its digest: each caller is still themselves on every request,
 * on the API and the pages, and a token changed in any way is refused as before.
 */
@QuarkusTest
class CachedBearerTokensTest {

    @Test
    void aKnownTokenStillNamesItsOwnCallerAndAChangedOneIsRefused() {
        String viewer = DemoUsers.token("oxford.viewer");
        String analyst = DemoUsers.token("opcc.analyst");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(viewer).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo("oxford.viewer")).body("partnerId", equalTo("tv-oxford-city"));
            given().auth().oauth2(analyst).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo("opcc.analyst"));
        }
        // A page, under the pages' tenant, with the same token: the same person.
        given().auth().oauth2(viewer).get("/cameras").then().statusCode(200)
                .body(containsString("data-testid=\"signed-in-user\""));

        String[] parts = viewer.split("\\.");
        String signature = parts[2];
        int middle = signature.length() / 2;
        String forged = parts[0] + "." + parts[1] + "." + signature.substring(0, middle)
                + (signature.charAt(middle) == 'A' ? 'B' : 'A') + signature.substring(middle + 1);
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        // The analyst's claims under the viewer's signature, known a moment ago.
        given().auth().oauth2(parts[0] + "." + analyst.split("\\.")[1] + "." + signature).get("/api/v1/me").then()
                .statusCode(401);
        given().auth().oauth2(viewer + "x").get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(viewer).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("oxford.viewer"));
    }
}
