package org.cctvportal.platform.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The seed reports as a newcomer finds them in the demo: Mansfield's Windows 7 control-room workstation costed in
 * this year's plan and grouped into a control-room upgrade; Kent's isolated Hikvision recorder, whose footage is
 * reached only through the vault with every read logged; and an operator whose licence lapses before a shift.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class SeedReportsDemoTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user));
    }

    @Test
    void theWindows7WorkstationIsCostedThisYearInTheOperatorsControlRoomUpgrade() {
        String thisYear = org.cctvportal.compliance.CapitalPlanService.label(TestClock.today().minusMonths(3)
                .getYear());
        as("ods.manager").get("/api/v1/findings?rule=OPERATING_SYSTEM").then().statusCode(200)
                .body("items.find { it.asset == 'ODS-OXF-WS-01' }.action", org.hamcrest.Matchers.equalTo(
                        "REPLACE_NOW"));
        List<Map<String, Object>> projects = as("ods.manager").get("/api/v1/capital-plan/projects?size=200").then()
                .statusCode(200).extract().path("items");
        Map<String, Object> upgrade = projects.stream().filter(p -> "Control-room upgrade".equals(p.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no control-room upgrade: " + projects));
        JsonPath project = as("ods.manager").get("/api/v1/capital-plan/projects/" + upgrade.get("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(thisYear, project.getString("items.find { it.asset == 'ODS-OXF-WS-01' }.financialYear"));
        assertEquals(0, new BigDecimal("2350").compareTo(new BigDecimal(project.getString(
                "items.find { it.asset == 'ODS-OXF-WS-01' }.estimatedCost"))));
        List<Object> costs = project.get("items.estimatedCost");
        BigDecimal items = costs.stream()
                .map(c -> new BigDecimal(c.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, items.compareTo(new BigDecimal(project.getString("estimatedCost"))), project.prettify());
        assertTrue(project.getList("items").size() >= 2, project.prettify());
        // The PCC office sees it among the partners' projects.
        as("opcc.analyst").get("/capital-plan/projects").then().statusCode(200)
                .body(containsString("Control-room upgrade")).body(containsString("Oxford Direct Services"));
    }

    @Test
    void sloughsFootageFromItsIsolatedHikvisionRecorderIsReachedThroughTheVaultAndEveryReadIsLogged() {
        List<Map<String, Object>> items = as("slough.manager").get("/api/v1/evidence?size=200").then().statusCode(200)
                .extract().path("items");
        Map<String, Object> damage = items.stream().filter(i -> i.get("title").toString().contains("bus shelter"))
                .findFirst().orElseThrow(() -> new AssertionError("no Britwell incident: " + items));
        long id = ((Number) damage.get("id")).longValue();
        JsonPath detail = as("slough.manager").get("/api/v1/evidence/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertTrue(detail.getString("description").contains("SLO-NVR-02"), detail.getString("description"));
        List<String> cameras = detail.getList("cameras");
        assertFalse(cameras.isEmpty());
        for (String camera : cameras) {
            as("slough.manager").get("/api/v1/cameras?q=" + camera).then().statusCode(200)
                    .body("items.find { it.assetTag == '" + camera + "' }.recorder",
                            org.hamcrest.Matchers.equalTo("SLO-NVR-02"));
        }
        as("slough.manager").get("/api/v1/recorders?exposure=ISOLATED").then()
                .body("items.name", hasItem("SLO-NVR-02"));
        as("slough.manager").get("/api/v1/evidence/" + id + "/custody").then().statusCode(200)
                .body("items.action", hasItems("CREATED", "UPLOADED", "VIEWED", "SHARED", "DOWNLOADED"))
                .body("items.actor", hasItem("slough.manager"));
        // Shared with the force for a month, so its evidence officer reaches it; another council does not.
        as("tvp.evidence").get("/api/v1/evidence/" + id).then().statusCode(200);
        as("oxford.manager").get("/api/v1/evidence/" + id).then().statusCode(404);
    }

    @Test
    void anOperatorsLapsingLicenceBreaksAShiftAheadOnTheRotaAndTheHubDashboard() {
        List<Map<String, Object>> hubs = as("ods.supervisor").get("/api/v1/hubs").then().statusCode(200).extract()
                .path("");
        Number oxford = (Number) hubs.stream().filter(h -> "Oxford hub".equals(h.get("name"))).findFirst()
                .orElseThrow().get("id");
        List<Map<String, Object>> broken = as("ods.supervisor").get("/api/v1/rota/hubs/" + oxford
                + "/broken-shifts").then().statusCode(200).extract().path("");
        assertTrue(broken.stream().anyMatch(b -> b.get("rule").toString().startsWith("Valid SIA licence")),
                "a shift ahead broken by a lapsing licence: " + broken);
        as("ods.supervisor").get("/dashboard/hub").then().statusCode(200)
                .body(containsString("data-testid=\"hub-broken-shifts\""));
    }
}
