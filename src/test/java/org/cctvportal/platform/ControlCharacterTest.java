package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.Routes;
import org.junit.jupiter.api.Test;

/**
 * A NUL byte (and the other control characters PostgreSQL or a person has no use for) in any text the portal is
 * sent: a clear 400 naming the field, never a 500, and nothing changed. Every route of the access matrix is tried as a
 * role it allows, with the character in a query parameter, in its address, and in a form field or JSON body.
 */
@QuarkusTest
class ControlCharacterTest {

    static final String NUL = "\u0000";
    /** Property names the portal's JSON inputs use, each sent holding a NUL so any one read is refused. */
    static final List<String> JSON_FIELDS = List.of("name", "title", "reason", "reference", "description", "note",
            "recipient", "label", "kind", "status", "category", "start", "end", "expires", "maker", "model",
            "assetTag", "siteId", "hubId", "cameraGroup", "startsAt", "endsAt", "until", "reviewDate", "manufacturer",
            "version", "address", "icoRegistration", "dataProtectionContact");

    static String allowedUser(String route) {
        Set<String> allowed = AccessMatrixTest.MATRIX.get(route);
        return DemoUsers.BY_ROLE.entrySet().stream().filter(e -> allowed == AccessMatrixTest.ANY
                || allowed == AccessMatrixTest.EVERYONE || allowed.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void everyRouteRefusesANulInAQueryParameterAddressFormOrJsonWithA400NeverA500() {
        List<String> serverErrors = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        Map<String, FormSession> sessions = new LinkedHashMap<>();
        for (String route : Routes.all()) {
            String user = allowedUser(route);
            String partner = DemoUsers.PARTNER.get(user);
            String[] parts = route.split(" ", 2);
            String path = parts[1].replaceAll("\\{[^}]+}", partner);
            // In a query parameter: every route reads its query, so every one refuses it.
            Response query = request(sessions, user, route).queryParam("q", NUL).request(parts[0], path);
            check(route + " ?q", query, 400, serverErrors, notRefused);
            // In the address, where the route has a parameter there.
            if (parts[1].contains("{")) {
                String nulPath = parts[1].replaceAll("\\{[^}]+}", "1%00");
                Response address = request(sessions, user, route).urlEncodingEnabled(false).request(parts[0], nulPath);
                check(route + " address", address, 400, serverErrors, notRefused);
            }
            // In the body: a form field for a page's post, every known property of a JSON body for the API.
            if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
                RequestSpecification body = request(sessions, user, route);
                if (path.startsWith("/api/")) {
                    Map<String, String> json = new LinkedHashMap<>();
                    JSON_FIELDS.forEach(f -> json.put(f, "x" + NUL));
                    body.contentType("application/json").body(json);
                } else {
                    body.formParam("name", "x" + NUL).formParam("reason", NUL);
                }
                // A page's form is always read before the resource runs (the import page reads only multipart).
                int expected = path.startsWith("/api/") || route.equals("POST /estate/import") ? -1 : 400;
                check(route + " body", body.request(parts[0], path), expected, serverErrors, notRefused);
            }
        }
        assertTrue(serverErrors.isEmpty(), "server errors: " + serverErrors);
        assertTrue(notRefused.isEmpty(), "not refused with 400: " + notRefused);
    }

    private static RequestSpecification request(Map<String, FormSession> sessions, String user, String route) {
        if (route.startsWith("POST /") && !route.contains(" /api/")) {
            return sessions.computeIfAbsent(user, FormSession::of).form();
        }
        RequestSpecification api = given().auth().oauth2(DemoUsers.token(user)).redirects().follow(false);
        // An API call that sends a body sends JSON, so it reaches the resource (and the check) rather than a 415.
        return route.startsWith("POST /") || route.startsWith("PUT /") ? api.contentType("application/json").body("{}")
                : api;
    }

    private static void check(String what, Response response, int expected, List<String> serverErrors,
            List<String> notRefused) {
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.add(what + " -> " + status);
        } else if (expected > 0 && status != expected) {
            notRefused.add(what + " -> " + status);
        }
    }

    @Test
    void theCameraSearchTellsPeopleAndApiCallersWhatWasWrong() {
        String token = DemoUsers.token("oxford.viewer");
        given().auth().oauth2(token).queryParam("q", NUL).get("/cameras").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("data-testid=\"refused\""))
                .body(containsString("query parameter &#8220;q&#8221; contains a control character"));
        given().auth().oauth2(token).queryParam("q", "a\u0001b").get("/api/v1/cameras").then().statusCode(400)
                .body("status", equalTo(400)).body("fieldErrors.q", containsString("control character"));
        // Tab, line feed and carriage return are ordinary text.
        given().auth().oauth2(token).queryParam("q", "a\tb\r\nc").get("/api/v1/cameras").then().statusCode(200);
    }

    @Test
    void aNulInAFormOrJsonChangesNothing() {
        String token = DemoUsers.token("oxford.manager");
        int before = given().auth().oauth2(token).get("/api/v1/sites").then().statusCode(200).extract().path("total");
        Response json = given().auth().oauth2(token).contentType("application/json")
                .body("{\"name\":\"Depot\\u0000\",\"kind\":\"TOWN_CENTRE\"}").post("/api/v1/sites");
        assertEquals(400, json.statusCode(), json.asString());
        assertTrue(json.asString().contains("\"fieldErrors\":{\"name\":\"The property “name” contains a control"),
                json.asString());
        FormSession.of("oxford.manager").form().formParam("name", "Depot" + NUL).formParam("kind", "TOWN_CENTRE")
                .post("/sites").then().statusCode(400).body(containsString("form field &#8220;name&#8221; contains a control"));
        int after = given().auth().oauth2(token).get("/api/v1/sites").then().extract().path("total");
        assertEquals(before, after);
    }

    @Test
    void aNulInTheImportFormIsRefusedAndTheFileItselfIsNotText() {
        FormSession.of("oxford.manager").multipart().multiPart("subject", "cameras" + NUL)
                .multiPart("file", "cameras.csv", "asset_tag\n".getBytes(), "text/csv").post("/estate/import")
                .then().statusCode(400).body(containsString("form field &#8220;subject&#8221; contains a control"));
    }
}
