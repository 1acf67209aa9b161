package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.Routes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The HTTP metrics name each route by its template, whatever the id, the answer or who asked, and keep a series for
 * every route: the portal has more route templates than Micrometer's default of 100 URI tags (past which it drops
 * every new one), files under /static and /webjars share one tag each, and a refusal on a path that matches no route
 * is not named by its raw path.
 */
@QuarkusTest
class MetricsRouteTagsTest {

    static final String ID = "987654321";

    @Test
    void everyRouteKeepsASeriesNamedByItsTemplate() {
        String admin = DemoUsers.token("opcc.admin");
        Set<String> answered = new TreeSet<>();
        for (String route : Routes.all()) {
            if (route.startsWith("GET ")) {
                String template = route.substring(4);
                int status = given().auth().oauth2(admin).redirects().follow(false)
                        .get(template.replaceAll("\\{[^}]+}", ID)).statusCode();
                if (status == 200 && !template.contains("{") && !template.equals("/")) {
                    answered.add(template); // Micrometer names "/" root
                }
            }
        }
        String viewer = DemoUsers.token("oxford.viewer");
        given().auth().oauth2(viewer).get("/api/v1/cameras/1").then().statusCode(200);
        given().auth().oauth2(viewer).get("/cameras/" + ID).then().statusCode(404);
        given().get("/api/v1/cameras/" + ID).then().statusCode(401);
        given().get("/api/v1/no-such-thing/" + ID).then().statusCode(401);
        given().auth().oauth2(viewer).contentType("application/json").body("{}").put("/api/v1/cameras/" + ID).then()
                .statusCode(403);
        given().get("/static/css/portal.css").then().statusCode(200);
        given().get("/static/js/board.js").then().statusCode(200);

        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String metrics = given().port(port).get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{.*?uri=\"([^\"]*)\"").matcher(metrics);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        assertTrue(uris.contains("/api/v1/cameras/{id}"), "the API's camera route by its template: " + uris);
        assertTrue(uris.contains("/cameras/{id}"), "the camera page by its template");
        assertTrue(uris.contains("/static/*"), "files under /static share one tag");
        assertTrue(uris.size() > 100, "more than Micrometer's default 100 URI tags are kept: " + uris.size());
        Set<String> missing = new TreeSet<>(answered);
        missing.removeAll(uris);
        assertTrue(answered.size() > 50 && missing.isEmpty(), "every route that answered has its series; of "
                + answered.size() + " missing " + missing);
        int limit = ConfigProvider.getConfig().getValue("quarkus.micrometer.binder.http-server.max-uri-tags",
                Integer.class);
        long paths = Routes.all().stream().map(r -> r.substring(r.indexOf(' ') + 1)).distinct().count();
        assertTrue(limit > paths + 20, "the URI tag limit (" + limit + ") leaves room above the " + paths
                + " route templates");
        for (String tag : uris) {
            assertFalse(tag.contains(ID), "no series named by a raw path: " + tag);
        }
    }
}
