package org.cctvportal.platform.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * A write sent again with its Idempotency-Key is not done twice, on the real portal and database: capital project
 * names are unique per partner, so a second creation that really ran would be refused as a duplicate (400) instead
 * of answered again with the first 201.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String PROJECTS = "/api/v1/capital-plan/projects";

    private static RequestSpecification as(String user, String key) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json")
                .header(IdempotencyFilter.HEADER, key);
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The caller's projects with this name. */
    private static long projectsNamed(String user, String name) {
        List<String> names = given().auth().oauth2(DemoUsers.token(user)).queryParam("size", 200).get(PROJECTS)
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        return names.stream().filter(name::equals).count();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAgainAndTheProjectIsCreatedOnce() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idempotent repeat");
        Response first = as("oxford.manager", key).body(Map.of("name", name)).post(PROJECTS);
        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header(IdempotencyFilter.REPLAYED));
        Response again = as("oxford.manager", key).body(Map.of("name", name)).post(PROJECTS);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.header(IdempotencyFilter.REPLAYED));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
        assertEquals(name, again.jsonPath().getString("name"));
        assertEquals(1, projectsNamed("oxford.manager", name));
        // Without a key the same creation really runs, and is refused as a duplicate.
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("name", name)).post(PROJECTS).then().statusCode(400);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndNothingIsCreated() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idempotent first");
        as("oxford.manager", key).body(Map.of("name", name)).post(PROJECTS).then().statusCode(201);
        String other = unique("Idempotent other");
        Response refused = as("oxford.manager", key).body(Map.of("name", other)).post(PROJECTS);
        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals(422, refused.jsonPath().getInt("status"));
        assertTrue(refused.jsonPath().getString("message").contains("different request"), refused.asString());
        assertTrue(refused.jsonPath().getMap("fieldErrors").containsKey(IdempotencyFilter.HEADER));
        assertEquals(0, projectsNamed("oxford.manager", other));
        // The key is bound to its route too: the same key on another write is another request.
        as("oxford.manager", key).body(Map.of("name", name)).post(PROJECTS + "/0/items").then().statusCode(422);
    }

    @Test
    void concurrentRepeatsCreateOneProjectAndEachGetsItsAnswerOr409() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = unique("Idempotent race");
        String token = DemoUsers.token("oxford.manager");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(() -> given().auth().oauth2(token).contentType("application/json")
                        .header(IdempotencyFilter.HEADER, key).body(Map.of("name", name)).post(PROJECTS));
            }
            List<Long> created = new ArrayList<>();
            int conflicts = 0;
            for (Future<Response> answer : pool.invokeAll(sends)) {
                Response response = answer.get();
                if (response.statusCode() == 409) {
                    conflicts++;
                    assertTrue(response.jsonPath().getString("message").contains("still being answered"));
                } else {
                    assertEquals(201, response.statusCode(), response.asString());
                    created.add(response.jsonPath().getLong("id"));
                }
            }
            assertEquals(6, created.size() + conflicts);
            assertTrue(created.stream().distinct().count() == 1, "one project for every 201: " + created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, projectsNamed("oxford.manager", name));
    }

    @Test
    void anotherPartnerSendingTheSameKeyGetsItsOwnWriteNeverTheFirstPartnersAnswer() {
        String key = UUID.randomUUID().toString();
        String name = unique("Idempotent partner");
        Response oxford = as("oxford.manager", key).body(Map.of("name", name)).post(PROJECTS);
        assertEquals(201, oxford.statusCode(), oxford.asString());
        Response cherwell = as("cherwell.manager", key).body(Map.of("name", name)).post(PROJECTS);
        assertEquals(201, cherwell.statusCode(), cherwell.asString());
        assertNull(cherwell.header(IdempotencyFilter.REPLAYED));
        assertNotEquals(oxford.jsonPath().getLong("id"), cherwell.jsonPath().getLong("id"));
        assertNotEquals(oxford.jsonPath().getString("partner"), cherwell.jsonPath().getString("partner"));
        assertEquals(1, projectsNamed("cherwell.manager", name));
        assertEquals(1, projectsNamed("oxford.manager", name));
    }

    @Test
    void aPageFormSentAgainWithItsKeyIsRedirectedToTheSameProjectOnce() {
        FormSession session = FormSession.of("oxford.manager");
        String key = UUID.randomUUID().toString();
        String name = unique("Idempotent form");
        String first = session.form().header(IdempotencyFilter.HEADER, key).formParam("name", name)
                .post("/capital-plan/projects").then().statusCode(303).extract().header("Location");
        Response again = session.form().header(IdempotencyFilter.HEADER, key).formParam("name", name)
                .post("/capital-plan/projects");
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals(first, again.header("Location"));
        assertEquals(1, projectsNamed("oxford.manager", name));
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsRefusedWith400() {
        as("oxford.manager", "two words").body(Map.of("name", unique("Idempotent bad key"))).post(PROJECTS).then()
                .statusCode(400);
    }
}
