package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The HTTP metrics name each route by its template, whatever the id, the answer or who asked, so the number of
 * series stays bounded by the routes (Micrometer keeps at most 100 URI tags and drops the rest).
 */
@QuarkusTest
class MetricsRouteTagsTest {

    @Test
    void idRoutesAreTaggedByTheirTemplate() {
        String viewer = DemoUsers.token("oxford.viewer");
        for (long id : new long[] { 987654321L, 987654322L }) {
            given().auth().oauth2(viewer).get("/api/v1/cameras/" + id).then().statusCode(404);
            given().auth().oauth2(viewer).get("/cameras/" + id).then().statusCode(404);
            given().auth().oauth2(viewer).get("/findings/" + id).then().statusCode(404);
            given().get("/api/v1/cameras/" + id).then().statusCode(401);
            given().auth().oauth2(viewer).contentType("application/json").body("{}")
                    .put("/api/v1/cameras/" + id).then().statusCode(403);
        }
        given().auth().oauth2(viewer).get("/api/v1/cameras/1").then().statusCode(200);
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String metrics = given().port(port).get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/api/v1/cameras/{id}\""), "the API's camera route by its template");
        assertTrue(metrics.contains("uri=\"/cameras/{id}\""), "the camera page by its template");
        assertTrue(metrics.contains("uri=\"/findings/{id}\""), "the finding page by its template");
        var raw = Pattern.compile("uri=\"[^\"]*/98765432[12][^\"]*\"").matcher(metrics);
        assertFalse(raw.find(), "no series named by a raw id: " + (raw.find(0) ? raw.group() : ""));
    }
}
