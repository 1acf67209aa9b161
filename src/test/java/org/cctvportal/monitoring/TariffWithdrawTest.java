package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager withdraws a tariff that has not started, by page and by API, each audited; a tariff in force
 * cannot be deleted (a clear message, nothing changed), and nobody else reaches the withdrawal. Dates follow the fixed
 * test clock; the future tariffs are the test's own, days no other test uses.
 */
@QuarkusTest
class TariffWithdrawTest {

    @Test
    void aFutureTariffIsWithdrawnByPageAndByApi() {
        long byPage = set(TestClock.today().plusYears(6).withDayOfMonth(7));
        long byApi = set(TestClock.today().plusYears(6).withDayOfMonth(9));
        FormSession ods = FormSession.of("ods.manager");
        ods.form().get("/tariffs").then().statusCode(200).body(containsString(MonitoringLinks.deleteTariff(byPage)));
        FormSession.of("oxford.manager").form().get("/tariffs").then().statusCode(200)
                .body(not(containsString("data-testid=\"delete-tariff\"")));
        ods.form().get(MonitoringLinks.deleteTariff(byPage)).then().statusCode(200)
                .body(containsString("Are you sure you want to delete this tariff?"));

        // Nobody but the operator's managers withdraws one: other managers find nothing, other roles are refused.
        FormSession.of("oxford.manager").form().get(MonitoringLinks.deleteTariff(byPage)).then().statusCode(404);
        FormSession.of("oxford.manager").form().post(MonitoringLinks.deleteTariff(byPage)).then().statusCode(404);
        FormSession.of("ods.supervisor").form().post(MonitoringLinks.deleteTariff(byPage)).then().statusCode(403);
        given().auth().oauth2(DemoUsers.token("bristol.manager")).delete("/api/v1/tariffs/" + byApi).then()
                .statusCode(404);
        assertTrue(ids().containsAll(List.of(byPage, byApi)), "nothing refused was deleted");

        ods.form().post(MonitoringLinks.deleteTariff(byPage)).then().statusCode(303)
                .header("Location", containsString("/tariffs?saved=deleted"));
        ods.form().get("/tariffs?saved=deleted").then().statusCode(200).body(containsString("Tariff deleted"));
        given().auth().oauth2(DemoUsers.token("ods.manager")).delete("/api/v1/tariffs/" + byApi).then()
                .statusCode(204);
        assertTrue(ids().stream().noneMatch(id -> id == byPage || id == byApi), "both withdrawn");
        given().auth().oauth2(DemoUsers.token("ods.manager")).delete("/api/v1/tariffs/" + byApi).then()
                .statusCode(404);
        given().auth().oauth2(DemoUsers.token("ods.auditor")).get("/api/v1/audit-events?size=50").then()
                .body(containsString("tariff.withdrawn"));
    }

    @Test
    void aTariffInForceCannotBeDeleted() {
        List<Map<String, Object>> rows = given().auth().oauth2(DemoUsers.token("ods.manager")).get("/api/v1/tariffs")
                .then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> inForce = rows.stream().filter(r -> "COUNCIL".equals(r.get("customerKind"))
                && !LocalDate.parse((String) r.get("effectiveFrom")).isAfter(TestClock.today())).findFirst()
                .orElseThrow();
        long id = ((Number) inForce.get("id")).longValue();
        String from = Formats.day(LocalDate.parse((String) inForce.get("effectiveFrom")));
        FormSession ods = FormSession.of("ods.manager");
        ods.form().get(MonitoringLinks.deleteTariff(id)).then().statusCode(200)
                .body(containsString("This tariff cannot be deleted"))
                .body(containsString("The council tariff from " + from + " has started, so it cannot be deleted"))
                .body(not(containsString("data-testid=\"delete-form\"")));
        ods.form().post(MonitoringLinks.deleteTariff(id)).then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\"")).body(containsString("has started"));
        given().auth().oauth2(DemoUsers.token("ods.manager")).delete("/api/v1/tariffs/" + id).then().statusCode(400)
                .body(containsString("has started, so it cannot be deleted"));
        assertTrue(ids().contains(id), "the tariff in force stays");
        ods.form().get("/tariffs").then().body(not(containsString(MonitoringLinks.deleteTariff(id))));
    }

    private static long set(LocalDate from) {
        return ((Number) given().auth().oauth2(DemoUsers.token("ods.manager")).contentType("application/json")
                .body(Map.of("customerKind", "BUSINESS", "basis", "CAMERA_HOUR", "effectiveFrom", from.toString(),
                        "dayPence", 330, "nightPence", 370, "weekendPence", 410)).post("/api/v1/tariffs").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private static List<Long> ids() {
        return given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/tariffs").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }
}
