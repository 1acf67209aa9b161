package org.cctvportal.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Each rule of Thames Valley's ratified specification (version 1) on cameras and recorders the test adds to Oxford's
 * estate, through the API as the council manager would: the engine raises the finding when the asset is written,
 * changes it when the estate changes and closes it when its cause is gone.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
public class ComplianceEngineTest {

    public static final String MANAGER = "oxford.manager";

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new site of the manager's estate. */
    public static String site(String user, boolean sensitive) {
        String name = unique("Compliance Street");
        as(user).body(Map.of("name", name, "kind", "TOWN_CENTRE", "sensitive", sensitive ? "yes" : "no"))
                .post("/api/v1/sites").then().statusCode(201);
        return name;
    }

    /** The id of the caller's site with this name. */
    public static long siteId(String user, String name) {
        return as(user).get("/api/v1/sites?q=" + name).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == '" + name + "' }.id");
    }

    /** A new recorder at the site; returns its name. */
    public static String recorder(String user, String site, String maker, String os, String exposure) {
        String name = unique("NVR");
        as(user).body(Map.of("name", name, "kind", "NVR", "site", site, "manufacturer", maker, "operatingSystem", os,
                "exposure", exposure)).post("/api/v1/recorders").then().statusCode(201);
        return name;
    }

    public static long recorderId(String user, String site, String maker, String os, String exposure) {
        String name = unique("NVR");
        return as(user).body(Map.of("name", name, "kind", "NVR", "site", site, "manufacturer", maker,
                "operatingSystem", os, "exposure", exposure)).post("/api/v1/recorders").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A new live camera; fields override the defaults (an 8 MP Axis dome installed last year). */
    public static long camera(String user, String site, Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("assetTag", unique("CMP"), "site", site, "manufacturer",
                "Axis", "model", "M3088-V", "type", "DOME", "resolutionMp", "8", "status", "Live", "installDate",
                TestClock.today().minusYears(1).toString(), "nextMaintenance",
                TestClock.today().plusMonths(18).toString()));
        body.putAll(fields);
        return as(user).body(body).post("/api/v1/cameras").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Every finding of one asset, closed ones included. */
    public static List<Map<String, Object>> findings(String user, String kind, long id) {
        return as(user).get("/api/v1/findings?status=ALL&" + kind + "=" + id).then().statusCode(200).extract()
                .jsonPath().getList("items", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
    }

    public static Map<String, Object> finding(String user, String kind, long id, String rule, String status) {
        return findings(user, kind, id).stream().filter(f -> rule.equals(f.get("rule")) && status.equals(f.get("status")))
                .findFirst().orElse(null);
    }

    public static Map<String, Object> open(String user, String kind, long id, String rule) {
        Map<String, Object> found = finding(user, kind, id, rule, "OPEN");
        assertNotNull(found, "an open " + rule + " finding on " + kind + " " + id + ": " + findings(user, kind, id));
        return found;
    }

    @Test
    void aHikvisionCameraAtASensitiveSiteIsCriticalAndReplacedNowAtTheCheapestApprovedDome() {
        String site = site(MANAGER, true);
        long camera = camera(MANAGER, site, Map.of("manufacturer", "HIKVISION", "model", "DS-2CD2143G2-I"));
        Map<String, Object> f = open(MANAGER, "camera", camera, "FLAGGED_MAKER");
        assertEquals("CRITICAL", f.get("severity"));
        assertEquals("REPLACE_NOW", f.get("action"));
        assertTrue(f.get("reason").toString().contains("sensitive site"), f.get("reason").toString());
        // Thames Valley's cheapest approved dome: the Axis P3268-LVE, £1,150 plus £450 to install.
        assertEquals(1600.0, ((Number) f.get("estimatedCost")).doubleValue());
        assertEquals(TestClock.today().toString(), f.get("due"));
    }

    @Test
    void theSameCameraOnAnIsolatedNetworkAtAnOrdinarySiteIsReplacedAtItsNextMaintenance() {
        String site = site(MANAGER, false);
        String nvr = recorder(MANAGER, site, "Bosch", "Windows Server 2019", "ISOLATED");
        String maintenance = TestClock.today().plusMonths(14).toString();
        long camera = camera(MANAGER, site, Map.of("manufacturer", "Hikvision", "model", "DS-2CD2143G2-I",
                "recorder", nvr, "nextMaintenance", maintenance));
        Map<String, Object> f = open(MANAGER, "camera", camera, "FLAGGED_MAKER");
        assertEquals("MEDIUM", f.get("severity"));
        assertEquals("REPLACE_AT_NEXT_UPGRADE", f.get("action"));
        assertEquals(maintenance, f.get("due"));
        // Not isolated: off the core network now.
        String other = site(MANAGER, false);
        long exposed = camera(MANAGER, other, Map.of("manufacturer", "Hikvision", "recorder",
                recorder(MANAGER, other, "Bosch", "Windows Server 2019", "PARTNERSHIP_NETWORK")));
        assertEquals("ISOLATE", open(MANAGER, "camera", exposed, "FLAGGED_MAKER").get("action"));
    }

    @Test
    void anInternetFacingRecorderOnWindows7IsCritical() {
        String site = site(MANAGER, false);
        long nvr = recorderId(MANAGER, site, "Dell", "Windows 7 SP1", "INTERNET_FACING");
        Map<String, Object> f = open(MANAGER, "recorder", nvr, "OPERATING_SYSTEM");
        assertEquals("CRITICAL", f.get("severity"));
        assertEquals("REPLACE_NOW", f.get("action"));
        assertTrue(f.get("reason").toString().contains("14 Jan 2020"), f.get("reason").toString());
        // Priced at Thames Valley's cheapest approved NVR: the Bosch DIVAR IP all-in-one 7000, £6,800 plus £1,200.
        assertEquals(8000.0, ((Number) f.get("estimatedCost")).doubleValue());
        // Past its end of support on an isolated network: at the next upgrade.
        long isolated = recorderId(MANAGER, site, "Dell", "Windows Server 2012 R2", "ISOLATED");
        Map<String, Object> old = open(MANAGER, "recorder", isolated, "OPERATING_SYSTEM");
        assertEquals("MEDIUM", old.get("severity"));
        assertEquals("REPLACE_AT_NEXT_UPGRADE", old.get("action"));
        // Supported and on the list: nothing.
        long current = recorderId(MANAGER, site, "Dell", "Windows Server 2022", "INTERNET_FACING");
        assertNull(finding(MANAGER, "recorder", current, "OPERATING_SYSTEM", "OPEN"));
        // Still supported by its maker but not on the specification's list: low, at the next upgrade.
        long unlisted = recorderId(MANAGER, site, "Dell", "Windows 11", "ISOLATED");
        Map<String, Object> listed = open(MANAGER, "recorder", unlisted, "OPERATING_SYSTEM");
        assertEquals("LOW", listed.get("severity"));
        assertTrue(listed.get("reason").toString().contains("not an operating system the specification supports"));
    }

    @Test
    void aRecordersFindingChangesWithItsExposureAndStaysOne() {
        String site = site(MANAGER, false);
        long nvr = recorderId(MANAGER, site, "Dell", "Windows 7 SP1", "INTERNET_FACING");
        Map<String, Object> facing = open(MANAGER, "recorder", nvr, "OPERATING_SYSTEM");
        assertEquals("CRITICAL", facing.get("severity"));

        as(MANAGER).body(Map.of("exposure", "ISOLATED")).put("/api/v1/recorders/" + nvr).then().statusCode(200);
        Map<String, Object> isolated = open(MANAGER, "recorder", nvr, "OPERATING_SYSTEM");
        assertEquals("MEDIUM", isolated.get("severity"));
        assertEquals("REPLACE_AT_NEXT_UPGRADE", isolated.get("action"));
        assertEquals(facing.get("id"), isolated.get("id"), "the same finding, changed");
        assertEquals(1, findings(MANAGER, "recorder", nvr).stream()
                .filter(f -> "OPERATING_SYSTEM".equals(f.get("rule"))).count(), "one finding per rule, never two");
    }

    @Test
    void aTwoMegapixelCameraWhereFourIsTheMinimumIsMedium() {
        String site = site(MANAGER, false);
        long camera = camera(MANAGER, site, Map.of("type", "FIXED", "resolutionMp", "2"));
        Map<String, Object> f = open(MANAGER, "camera", camera, "MIN_RESOLUTION");
        assertEquals("MEDIUM", f.get("severity"));
        assertEquals("REPLACE_AT_NEXT_UPGRADE", f.get("action"));
        assertTrue(f.get("reason").toString().contains("2 MP is below the minimum of 4 MP"), f.get("reason").toString());
        long sharp = camera(MANAGER, site, Map.of("type", "FIXED", "resolutionMp", "4"));
        assertNull(finding(MANAGER, "camera", sharp, "MIN_RESOLUTION", "OPEN"));
    }

    @Test
    void firmwareBelowTheApprovedProductsMinimumIsUpdated() {
        String site = site(MANAGER, false);
        long old = camera(MANAGER, site, Map.of("model", "P3268-LVE", "firmware", "10.12.114"));
        Map<String, Object> f = open(MANAGER, "camera", old, "FIRMWARE");
        assertEquals("UPDATE_FIRMWARE", f.get("action"));
        assertNull(f.get("estimatedCost"));
        long current = camera(MANAGER, site, Map.of("model", "p3268-lve", "firmware", "11.10.2"));
        assertNull(finding(MANAGER, "camera", current, "FIRMWARE", "OPEN"));
    }

    @Test
    void anAssetOlderThanTheMaximumAgeIsReplacedAtItsNextMaintenance() {
        String site = site(MANAGER, false);
        long camera = camera(MANAGER, site, Map.of("installDate", TestClock.today().minusYears(11).toString()));
        Map<String, Object> f = open(MANAGER, "camera", camera, "MAX_AGE");
        assertEquals("LOW", f.get("severity"));
        assertTrue(f.get("reason").toString().contains("maximum age of 10 years"), f.get("reason").toString());
        long young = camera(MANAGER, site, Map.of("installDate", TestClock.today().minusYears(9).toString()));
        assertNull(finding(MANAGER, "camera", young, "MAX_AGE", "OPEN"));
    }

    @Test
    void aMakerNotMeetingSecureByDefaultIsFoundApartFromVendorRisk() {
        String site = site(MANAGER, false);
        long vivotek = camera(MANAGER, site, Map.of("manufacturer", "Vivotek", "model", "IB9389-EH"));
        Map<String, Object> f = open(MANAGER, "camera", vivotek, "SECURE_BY_DEFAULT");
        assertEquals("LOW", f.get("severity"));
        assertNull(finding(MANAGER, "camera", vivotek, "FLAGGED_MAKER", "OPEN"), "Vivotek is not a vendor risk");
        long axis = camera(MANAGER, site, Map.of());
        assertTrue(findings(MANAGER, "camera", axis).isEmpty(), "an approved maker's modern camera is compliant");
    }

    @Test
    void aFindingClosesByItselfWhenItsCauseIsGoneAndASiteTurningSensitiveRaisesItsCameras() {
        String site = site(MANAGER, false);
        long camera = camera(MANAGER, site, Map.of("manufacturer", "Dahua", "model", "IPC-HDBW2431E-S"));
        assertEquals("HIGH", open(MANAGER, "camera", camera, "FLAGGED_MAKER").get("severity"));

        long siteId = siteId(MANAGER, site);
        as(MANAGER).body(Map.of("sensitive", "yes")).put("/api/v1/sites/" + siteId).then().statusCode(200);
        Map<String, Object> raised = open(MANAGER, "camera", camera, "FLAGGED_MAKER");
        assertEquals("CRITICAL", raised.get("severity"));
        assertEquals("REPLACE_NOW", raised.get("action"));

        as(MANAGER).body(Map.of("manufacturer", "Axis", "model", "P3268-LVE", "firmware", "11.8.64"))
                .put("/api/v1/cameras/" + camera).then().statusCode(200);
        Map<String, Object> closed = finding(MANAGER, "camera", camera, "FLAGGED_MAKER", "CLOSED");
        assertNotNull(closed, "closed once the camera is no longer a flagged maker's");
        assertNotNull(closed.get("closedAt"));
        assertEquals(raised.get("id"), closed.get("id"), "the same finding, closed");
        assertTrue(findings(MANAGER, "camera", camera).stream().noneMatch(f -> "OPEN".equals(f.get("status"))));
    }

    @Test
    void decommissioningACameraClosesItsFindings() {
        String site = site(MANAGER, false);
        long camera = camera(MANAGER, site, Map.of("type", "FIXED", "resolutionMp", "1.3"));
        open(MANAGER, "camera", camera, "MIN_RESOLUTION");
        as(MANAGER).body(Map.of("status", "Decommissioned", "statusReason", "Removed with the old shelter"))
                .put("/api/v1/cameras/" + camera).then().statusCode(200);
        assertNotNull(finding(MANAGER, "camera", camera, "MIN_RESOLUTION", "CLOSED"));
    }

    @Test
    void anotherPartnersFindingIsNotFound() {
        String site = site(MANAGER, false);
        long camera = camera(MANAGER, site, Map.of("type", "FIXED", "resolutionMp", "1"));
        long id = ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
        as("cherwell.manager").get("/api/v1/findings/" + id).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("cherwell.manager")).get("/findings/" + id).then().statusCode(404);
        as("cherwell.manager").get("/api/v1/findings?camera=" + camera).then().body("total", org.hamcrest.Matchers
                .equalTo(0));
        as("oxford.viewer").get("/findings/" + id).then().statusCode(200).body(containsString("Minimum resolution"));
    }
}
