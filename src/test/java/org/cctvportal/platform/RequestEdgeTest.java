package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * What the portal accepts at its edge: body sizes per route (small everywhere but uploads, refused from the declared
 * length before anything is read) and redirect targets taken from a request (this portal's paths only).
 */
@QuarkusTest
class RequestEdgeTest {

    private static String filler(int bytes) {
        char[] chars = new char[bytes];
        Arrays.fill(chars, 'a');
        return new String(chars);
    }

    @Test
    void anOversizedFormIsRefusedQuicklyAndChangesNothing() {
        String token = DemoUsers.token("oxford.manager");
        int before = given().auth().oauth2(token).get("/api/v1/sites").then().statusCode(200).extract().path("total");
        long started = System.nanoTime();
        Response response = FormSession.of("oxford.manager").form().formParam("name", "Big depot")
                .formParam("kind", "TOWN_CENTRE").formParam("address", filler(2 * 1024 * 1024)).post("/sites");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(413, response.statusCode(), response.asString());
        assertTrue(response.asString().contains("this page accepts at most 1.0 MiB"), response.asString());
        assertTrue(millis < 10_000, "took " + millis + " ms");
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"name\":\"Big depot\",\"kind\":\"TOWN_CENTRE\",\"address\":\"" + filler(2 * 1024 * 1024)
                        + "\"}")
                .post("/api/v1/sites").then().statusCode(413).body("status", org.hamcrest.Matchers.equalTo(413));
        int after = given().auth().oauth2(token).get("/api/v1/sites").then().extract().path("total");
        assertEquals(before, after);
    }

    @io.quarkus.test.common.http.TestHTTPResource("/api/v1/sites")
    java.net.URI sites;

    @Test
    void aBodyOfUndeclaredLengthIsRefusedOutsideUploadsAndChangesNothing() throws Exception {
        // The JDK's client sends a body from a stream chunked, with no Content-Length: only uploads accept that.
        String token = DemoUsers.token("oxford.manager");
        int before = given().auth().oauth2(token).get("/api/v1/sites").then().statusCode(200).extract().path("total");
        byte[] json = "{\"name\":\"Chunked depot\",\"kind\":\"TOWN_CENTRE\",\"address\":\"1 High Street\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 2; attempt++) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                            .newBuilder(sites).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers
                                    .ofInputStream(() -> new java.io.ByteArrayInputStream(json))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(411, response.statusCode(), response.body());
            assertTrue(response.body().contains("only uploads may be sent without one"), response.body());
        }
        int after = given().auth().oauth2(token).get("/api/v1/sites").then().extract().path("total");
        assertEquals(before, after);
    }

    @Test
    void anImportOverItsLimitIsRefusedBeforeItIsSpooled() {
        // The test profile's import limit is 2 MiB; the form around the file may add 64 KiB. The form is sent with its
        // length declared, as a browser sends it, and is refused from that length before the CSRF check reads it.
        String boundary = "portal-" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\ncameras\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cameras.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + filler(3 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        given().auth().oauth2(DemoUsers.token("oxford.manager")).redirects().follow(false)
                .contentType("multipart/form-data; boundary=" + boundary).body(body.getBytes())
                .post("/estate/import").then().statusCode(413).body(containsString("data-testid=\"refused\""))
                .body(containsString("this page accepts at most 2.1 MiB"));
    }

    @Test
    void anHtmxRedirectAfterTheSessionEndsStaysOnThePortal() {
        for (String current : new String[] { "http://localhost//evil.example/x", "http://localhost/\\evil.example",
                "https://evil.example", "http://localhost/%09/evil.example" }) {
            Response response = given().redirects().follow(false).header("HX-Request", "true")
                    .header("HX-Current-URL", current).get("/cameras");
            assertEquals(401, response.statusCode(), current);
            String target = response.header("HX-Redirect");
            assertTrue(target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\"),
                    current + " -> " + target);
            assertFalse(target.contains("evil.example") && target.startsWith("//"), target);
        }
        Response ordinary = given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost/cameras?q=pole").get("/cameras");
        assertEquals("/cameras?q=pole", ordinary.header("HX-Redirect"));
    }
}
