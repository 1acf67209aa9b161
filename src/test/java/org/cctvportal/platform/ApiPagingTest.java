package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** Every growing list of the API pages the same way: page and size, the same limits, the same refusals. */
@QuarkusTest
class ApiPagingTest {

    static final List<String> LISTS = List.of("/api/v1/cameras", "/api/v1/sites", "/api/v1/recorders",
            "/api/v1/bookings", "/api/v1/people", "/api/v1/specification", "/api/v1/assurance/dpias");

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user));
    }

    @Test
    void everyPagedListAnswersOnePageWithItsTotal() {
        for (String list : LISTS) {
            as("oxford.manager").get(list + "?size=1").then().statusCode(200).body("page", equalTo(1))
                    .body("pageSize", equalTo(1)).body("items", hasSize(1)).body("total", greaterThan(0));
        }
    }

    @Test
    void aPagePastTheLastIsEmptyWithTheTotal() {
        for (String list : LISTS) {
            int total = as("oxford.manager").get(list + "?size=200").then().extract().path("total");
            as("oxford.manager").get(list + "?size=200&page=" + (total / 200 + 2)).then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(total));
        }
    }

    @Test
    void aSizeOverTheLimitOrAPageBelowOneIsA400WithTheParameterNamed() {
        for (String list : java.util.stream.Stream.concat(LISTS.stream(),
                java.util.stream.Stream.of("/api/v1/capital-plan/projects", "/api/v1/findings")).toList()) {
            if (!list.endsWith("findings")) {
                as("oxford.manager").get(list + "?size=500").then().statusCode(400).body("status", equalTo(400))
                        .body("fieldErrors.size", equalTo("size must be from 1 to 200"));
            }
            as("oxford.manager").get(list + "?page=0").then().statusCode(400)
                    .body("fieldErrors.page", equalTo("page must be 1 or more"));
            as("oxford.manager").get(list + "?page=two").then().statusCode(400)
                    .body("fieldErrors.page", equalTo("page must be a whole number"));
        }
        for (String list : List.of("/api/v1/sites", "/api/v1/cameras")) {
            as("oxford.manager").get(list + "?size=ten").then().statusCode(400)
                    .body("fieldErrors.size", equalTo("size must be a whole number"));
        }
    }

    @Test
    void theAuditTrailKeepsTheSameLimits() {
        as("oxford.auditor").get("/api/v1/audit-events?size=201").then().statusCode(400)
                .body("fieldErrors.size", equalTo("size must be from 1 to 200"));
        as("oxford.auditor").get("/api/v1/audit-events?size=1").then().statusCode(200).body("pageSize", equalTo(1));
    }
}
