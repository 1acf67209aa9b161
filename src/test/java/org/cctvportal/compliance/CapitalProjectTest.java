package org.cctvportal.compliance;

import static org.cctvportal.compliance.ComplianceEngineTest.MANAGER;
import static org.cctvportal.compliance.ComplianceEngineTest.as;
import static org.cctvportal.compliance.ComplianceEngineTest.camera;
import static org.cctvportal.compliance.ComplianceEngineTest.open;
import static org.cctvportal.compliance.ComplianceEngineTest.recorderId;
import static org.cctvportal.compliance.ComplianceEngineTest.site;
import static org.cctvportal.compliance.ComplianceEngineTest.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Map;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Capital plan projects on the real plan: a Windows 7 control-room workstation is a costed replacement this financial
 * year, a project groups it with other replacements and totals them per financial year as the plan costs them; bad
 * input changes nothing; another partner's project is not found, and the PCC office reads it without changing it.
 */
@QuarkusTest
class CapitalProjectTest {

    private static String workstation(String site, String os) {
        return as(MANAGER).get("/api/v1/recorders/" + workstationId(site, os)).then().statusCode(200).extract()
                .path("name");
    }

    private static long workstationId(String site, String os) {
        return as(MANAGER).body(Map.of("name", unique("WS"), "kind", "WORKSTATION", "site", site, "manufacturer",
                "Dell", "operatingSystem", os, "exposure", "PARTNERSHIP_NETWORK")).post("/api/v1/recorders").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String start(String name) {
        String location = FormSession.of(MANAGER).form().formParam("name", name).post("/capital-plan/projects")
                .then().statusCode(303).extract().header("Location");
        return location.replaceAll(".*/capital-plan/projects/(\\d+).*", "$1");
    }

    private static JsonPath project(String user, String id) {
        return as(user).get("/api/v1/capital-plan/projects/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal cost(JsonPath project, String year) {
        Object cost = project.get("years.find { it.financialYear == '" + year + "' }.estimatedCost");
        return cost == null ? BigDecimal.ZERO : new BigDecimal(cost.toString());
    }

    @Test
    void aWindows7ControlRoomWorkstationIsReplacedThisFinancialYearAtTheApprovedWorkstationsCost() {
        String site = site(MANAGER, false);
        long id = workstationId(site, "Windows 7 SP1");
        Map<String, Object> f = open(MANAGER, "recorder", id, "OPERATING_SYSTEM");
        assertEquals("HIGH", f.get("severity"));
        assertEquals("REPLACE_NOW", f.get("action"));
        assertTrue(f.get("reason").toString().contains("cannot be isolated"), f.get("reason").toString());
        // Thames Valley's approved workstation: the Dell Precision 3680 Tower, £2,100 plus £250.
        assertEquals(2350.0, ((Number) f.get("estimatedCost")).doubleValue());
        assertEquals(TestClock.today().toString(), f.get("due"));
        // An NVR on the same network and system is still isolated first, as before.
        long nvr = recorderId(MANAGER, site, "Dell", "Windows 7 SP1", "PARTNERSHIP_NETWORK");
        assertEquals("ISOLATE", open(MANAGER, "recorder", nvr, "OPERATING_SYSTEM").get("action"));
    }

    @Test
    void aProjectTotalsItsReplacementsPerFinancialYearAsThePlanCostsThem() {
        String site = site(MANAGER, false);
        String ws = workstation(site, "Windows 7 SP1");
        String nvr = as(MANAGER).get("/api/v1/recorders/" + recorderId(MANAGER, site, "Dell", "Windows 7 SP1",
                "INTERNET_FACING")).then().extract().path("name");
        String later = TestClock.today().plusYears(2).toString();
        long camera = camera(MANAGER, site, Map.of("resolutionMp", "1", "nextMaintenance", later));
        String tag = as(MANAGER).get("/api/v1/cameras/" + camera).then().extract().path("assetTag");
        String thisYear = CapitalPlanService.label(TestClock.today().minusMonths(3).getYear());
        String laterYear = CapitalPlanService.label(TestClock.today().plusYears(2).minusMonths(3).getYear());

        String id = start(unique("Control-room upgrade"));
        FormSession.of(MANAGER).form().formParam("asset", ws.toLowerCase()).post("/capital-plan/projects/" + id
                + "/items").then().statusCode(303);
        as(MANAGER).body(Map.of("asset", nvr)).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(200);
        JsonPath project = as(MANAGER).body(Map.of("asset", tag)).post("/api/v1/capital-plan/projects/" + id
                + "/items").then().statusCode(200).extract().jsonPath();
        // The workstation at £2,350 and the internet-facing NVR at £8,000 this year; the dome at £1,600 later.
        assertEquals(0, new BigDecimal("10350").compareTo(cost(project, thisYear)), project.prettify());
        assertEquals(0, new BigDecimal("1600").compareTo(cost(project, laterYear)), project.prettify());
        assertEquals(0, new BigDecimal("11950").compareTo(new BigDecimal(project.get("estimatedCost").toString())));
        as(MANAGER).get("/capital-plan/projects/" + id).then().statusCode(200)
                .body(containsString("&#163;11,950")).body(containsString("data-asset=\"" + ws + "\""));

        // Removed, the NVR leaves the project's total and stays in the plan.
        long item = project.getLong("items.find { it.asset == '" + nvr + "' }.id");
        FormSession.of(MANAGER).form().post("/capital-plan/projects/" + id + "/items/" + item + "/remove").then()
                .statusCode(303);
        assertEquals(0, new BigDecimal("2350").compareTo(cost(project(MANAGER, id), thisYear)));
        as(MANAGER).body(Map.of("asset", nvr)).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(200).body("items.asset", hasItem(nvr));
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        String site = site(MANAGER, false);
        String ws = workstation(site, "Windows 7 SP1");
        String name = unique("Town centre refresh");
        String id = start(name);
        FormSession.of(MANAGER).form().formParam("name", "  ").post("/capital-plan/projects").then().statusCode(400)
                .body(containsString("Enter the project"));
        FormSession.of(MANAGER).form().formParam("name", name.toUpperCase()).post("/capital-plan/projects").then()
                .statusCode(400).body(containsString("You already have a project named"));
        // A supported workstation is not in the plan; an unknown asset neither.
        String modern = workstation(site, "Windows Server 2022");
        FormSession.of(MANAGER).form().formParam("asset", modern).post("/capital-plan/projects/" + id + "/items")
                .then().statusCode(400).body(containsString("is not in your capital plan"));
        as(MANAGER).body(Map.of("asset", "")).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(400);
        as(MANAGER).body(Map.of("asset", ws)).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(200);
        // One project per asset.
        String other = start(unique("Second project"));
        as(MANAGER).body(Map.of("asset", ws)).post("/api/v1/capital-plan/projects/" + other + "/items").then()
                .statusCode(400).body(containsString("is already in the project " + name));
        assertEquals(1, project(MANAGER, id).getList("items").size());
        assertEquals(0, project(MANAGER, other).getList("items").size());
    }

    @Test
    void anAssetAddedToTwoProjectsAtOnceLandsInOneAndTheOthersAreToldWhy() throws Exception {
        String ws = workstation(site(MANAGER, false), "Windows 7 SP1");
        java.util.List<String> ids = java.util.List.of(start(unique("Upgrade A")), start(unique("Upgrade B")));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = ids.get(i % 2);
                answers.add(pool.submit(() -> as(MANAGER).body(Map.of("asset", ws))
                        .post("/api/v1/capital-plan/projects/" + id + "/items").then().extract().statusCode()));
            }
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                codes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, codes.stream().filter(code -> code == 200).count(), "one request adds it: " + codes);
            assertEquals(7, codes.stream().filter(code -> code == 400).count(), "the rest are refused: " + codes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, project(MANAGER, ids.get(0)).getList("items").size()
                + project(MANAGER, ids.get(1)).getList("items").size(), "the asset is in one project");
    }

    @Test
    void anotherPartnersProjectIsNotFoundAndThePccOfficeReadsItWithoutChangingIt() {
        String site = site(MANAGER, false);
        String ws = workstation(site, "Windows 7 SP1");
        String name = unique("Shared upgrade");
        String id = start(name);
        as(MANAGER).body(Map.of("asset", ws)).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(200);
        as("cherwell.manager").get("/api/v1/capital-plan/projects/" + id).then().statusCode(404);
        as("cherwell.manager").get("/capital-plan/projects/" + id).then().statusCode(404);
        as("cherwell.manager").body(Map.of("asset", ws)).post("/api/v1/capital-plan/projects/" + id + "/items")
                .then().statusCode(404);
        as("cherwell.manager").get("/api/v1/capital-plan/projects?size=200").then().statusCode(200)
                .body("items.name", not(hasItem(name)));
        as("bristol.manager").get("/capital-plan/projects/" + id).then().statusCode(404);
        as("as-opcc.analyst").get("/api/v1/capital-plan/projects/" + id).then().statusCode(404);
        // The PCC office: every partner's projects, read-only.
        as("opcc.analyst").get("/api/v1/capital-plan/projects?size=200").then().statusCode(200)
                .body("items.find { it.name == '" + name + "' }.partner", equalTo("Oxford City Council"));
        as("opcc.analyst").get("/capital-plan/projects/" + id).then().statusCode(200)
                .body(containsString(ws)).body(not(containsString("Add to the project")));
        as("opcc.admin").body(Map.of("asset", ws)).post("/api/v1/capital-plan/projects/" + id + "/items").then()
                .statusCode(403);
        as("oxford.viewer").get("/capital-plan/projects/" + id).then().statusCode(200)
                .body(not(containsString("Add to the project")));
    }
}
