package org.cctvportal.compliance;

import static org.cctvportal.compliance.ComplianceEngineTest.MANAGER;
import static org.cctvportal.compliance.ComplianceEngineTest.as;
import static org.cctvportal.compliance.ComplianceEngineTest.camera;
import static org.cctvportal.compliance.ComplianceEngineTest.finding;
import static org.cctvportal.compliance.ComplianceEngineTest.open;
import static org.cctvportal.compliance.ComplianceEngineTest.recorder;
import static org.cctvportal.compliance.ComplianceEngineTest.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Ratifying a version re-evaluates every partner of the partnership (in Avon and Somerset, so Thames Valley's demo
 * draft stays a draft); the capital plan counts and costs the replacements the test creates in the right financial
 * years; the demo partnership shows findings and a plan, and the PCC office sees every partner's.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RatificationAndPlanTest {

    static final String AVON_ADMIN = "as-opcc.admin";
    static final String BRISTOL = "bristol.manager";

    private static long avonDraft(FormSession admin) {
        List<Map<String, Object>> versions = as(AVON_ADMIN).get("/api/v1/specification?size=200").then().extract().jsonPath()
                .getList("items", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
        return versions.stream().filter(v -> "DRAFT".equals(v.get("status")))
                .map(v -> ((Number) v.get("id")).longValue()).findFirst().orElseGet(() -> Long.parseLong(admin.form()
                        .post("/specification").then().statusCode(303).extract().header("Location")
                        .replaceAll(".*/specification/(\\d+).*", "$1")));
    }

    private static void ratifyWithFixedMinimum(FormSession admin, String mp) {
        long draft = avonDraft(admin);
        admin.form().formParam("action", "resolution").formParam("resolutionType", "FIXED").formParam("resolutionMp", mp)
                .post("/specification/" + draft + "/rules").then().statusCode(303);
        JobWait.ratified(admin, draft);
    }

    @Test
    void ratifyingAVersionReEvaluatesEveryPartnerOfThePartnership() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long camera = camera(BRISTOL, site(BRISTOL, false), Map.of("type", "FIXED", "resolutionMp", "6"));
        ratifyWithFixedMinimum(admin, "12");
        Map<String, Object> raised = open(BRISTOL, "camera", camera, "MIN_RESOLUTION");
        assertTrue(raised.get("reason").toString().contains("minimum of 12 MP"), raised.get("reason").toString());
        as("as-opcc.admin").get("/compliance").then().statusCode(200).body(containsString("Bristol City Council"));

        ratifyWithFixedMinimum(admin, "1");
        assertNotNull(finding(BRISTOL, "camera", camera, "MIN_RESOLUTION", "CLOSED"),
                "closed on re-evaluation against the new version");
        as("opcc.admin").get("/api/v1/findings?camera=" + camera).then().body("total", org.hamcrest.Matchers
                .equalTo(0));
    }

    @Test
    void theCapitalPlanCountsAndCostsEachReplacementOnceInItsFinancialYear() {
        Map<Integer, Map<String, Object>> before = plan(MANAGER);
        int thisYear = financialYear(TestClock.today());
        LocalDate later = TestClock.today().plusYears(2);
        int laterYear = financialYear(later);
        String sensitive = site(MANAGER, true);
        // Two replace-now domes (flagged maker at a sensitive site; one also fails Secure by Default and the
        // minimum resolution): each counted once, at £1,600.
        camera(MANAGER, sensitive, Map.of("manufacturer", "Hikvision"));
        camera(MANAGER, sensitive, Map.of("manufacturer", "Dahua", "resolutionMp", "2"));
        // One at its next maintenance, two years on: an isolated flagged camera.
        String ordinary = site(MANAGER, false);
        camera(MANAGER, ordinary, Map.of("manufacturer", "Hikvision", "nextMaintenance", later.toString(),
                "recorder", recorder(MANAGER, ordinary, "Bosch", "Windows Server 2019", "ISOLATED")));
        Map<Integer, Map<String, Object>> after = plan(MANAGER);

        assertEquals(count(before, thisYear, "replacements") + 2, count(after, thisYear, "replacements"));
        assertEquals(0, cost(before, thisYear).add(new BigDecimal("3200")).compareTo(cost(after, thisYear)));
        assertEquals(count(before, laterYear, "replacements") + 1, count(after, laterYear, "replacements"));
        assertEquals(0, cost(before, laterYear).add(new BigDecimal("1600")).compareTo(cost(after, laterYear)));

        String csv = as("oxford.viewer").get("/capital-plan/export").then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("financial_year,asset_type,asset,due,estimated_cost_gbp,reasons"), csv);
        as("oxford.viewer").get("/capital-plan").then().statusCode(200)
                .body(containsString("data-testid=\"plan-chart\"")).body(containsString("data-year=\"" + thisYear));
    }

    @Test
    void aRecorderToReplaceIsCostedFromTheApprovedRecorders() {
        int thisYear = financialYear(TestClock.today());
        Map<Integer, Map<String, Object>> before = plan(MANAGER);
        // An internet-facing NVR on Windows 7: critical, replace now, at the approved NVR's £6,800 plus £1,200.
        recorder(MANAGER, site(MANAGER, false), "Dell", "Windows 7 SP1", "INTERNET_FACING");
        Map<Integer, Map<String, Object>> after = plan(MANAGER);
        assertEquals(count(before, thisYear, "replacements") + 1, count(after, thisYear, "replacements"));
        assertEquals(count(before, thisYear, "unpriced"), count(after, thisYear, "unpriced"), "priced by the list");
        assertEquals(0, cost(before, thisYear).add(new BigDecimal("8000")).compareTo(cost(after, thisYear)));
    }

    @Test
    void theDemoPartnershipHasFindingsAndThePccOfficeSeesEveryPartner() {
        long exposed = as("cherwell.viewer").get("/api/v1/recorders?exposure=INTERNET_FACING").then().extract()
                .jsonPath().getLong("items.find { it.name == 'CHE-NVR-01' }.id");
        as("cherwell.viewer").get("/api/v1/findings?severity=CRITICAL&rule=FLAGGED_MAKER&recorder=" + exposed).then()
                .statusCode(200).body("items.asset", org.hamcrest.Matchers.hasItem("CHE-NVR-01"));
        as("ods.manager").get("/api/v1/findings?rule=OPERATING_SYSTEM").then()
                .body("items.asset", org.hamcrest.Matchers.hasItem("ODS-OXF-WS-01"));
        as("mk.viewer").get("/api/v1/findings").then().body("total", greaterThan(0));
        // Slough's acceptance of its isolated Hikvision NVR has run out: the finding is open again.
        long nvr = as("slough.viewer").get("/api/v1/recorders?exposure=ISOLATED").then().extract().jsonPath()
                .getLong("items.find { it.name == 'SLO-NVR-02' }.id");
        long lapsed = as("slough.viewer").get("/api/v1/findings?rule=FLAGGED_MAKER&recorder=" + nvr).then()
                .body("items[0].status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("items[0].acceptedBy", org.hamcrest.Matchers.equalTo("slough.manager"))
                .extract().jsonPath().getLong("items[0].id");
        as("slough.viewer").get("/findings/" + lapsed).then().statusCode(200)
                .body(containsString("The acceptance ran out and the finding reopened"));
        as("opcc.analyst").get("/compliance").then().statusCode(200)
                .body(containsString("data-partner=\"tv-oxford-city\""))
                .body(containsString("data-partner=\"tv-slough\""))
                .body(org.hamcrest.Matchers.not(containsString("Bristol City Council")));
        as("opcc.analyst").get("/capital-plan").then().statusCode(200).body(containsString("Partnership total"))
                .body(containsString("Milton Keynes City Council"));
        // The API gives the PCC office what its page shows: the partnership's findings, each with its partner.
        as("opcc.analyst").get("/api/v1/findings").then().statusCode(200).body("total", greaterThan(0))
                .body("items.partnerId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("tv-")))
                .body("items.partnerName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        as("opcc.analyst").get("/api/v1/findings?partner=tv-cherwell").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.partnerName", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("Cherwell District Council")));
        as("oxford.viewer").get("/compliance").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("data-testid=\"partnership-table\"")));
        as("oxford.viewer").get("/capital-plan").then().body(org.hamcrest.Matchers.not(containsString(
                "Partnership total")));
    }

    private static Map<Integer, Map<String, Object>> plan(String user) {
        List<Map<String, Object>> years = as(user).get("/api/v1/capital-plan").then().statusCode(200).extract()
                .jsonPath().getList("", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
        Map<Integer, Map<String, Object>> byYear = new java.util.HashMap<>();
        years.forEach(y -> byYear.put(((Number) y.get("startYear")).intValue(), y));
        return byYear;
    }

    private static long count(Map<Integer, Map<String, Object>> plan, int year, String key) {
        Map<String, Object> row = plan.get(year);
        return row == null ? 0 : ((Number) row.get(key)).longValue();
    }

    private static BigDecimal cost(Map<Integer, Map<String, Object>> plan, int year) {
        Map<String, Object> row = plan.get(year);
        return row == null ? BigDecimal.ZERO : new BigDecimal(row.get("cost").toString());
    }

    static int financialYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
