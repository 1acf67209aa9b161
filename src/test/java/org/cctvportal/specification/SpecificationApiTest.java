package org.cctvportal.specification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.compliance.ComplianceEngineTest;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.Test;

/**
 * The specification through the API, as a partnership admin's tooling would use it: a draft started as a copy of the
 * ratified version, each kind of rule changed with the pages' checks and messages (keyed by the JSON names), the diff
 * as JSON, ratification with its confirmation and the re-evaluation it starts, and a ratified version refusing every
 * change with 409. It runs in Avon and Somerset, so Thames Valley's demo draft stays as the reading tests expect it.
 */
@QuarkusTest
class SpecificationApiTest {

    static final String ADMIN = "as-opcc.admin";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    /** A fresh draft of Avon's: any draft there is gets ratified first, so the new one copies it. */
    private static long freshDraft() {
        Long existing = SpecificationPagesTest.versionWith(ADMIN, "status", "DRAFT");
        if (existing != null) {
            as(ADMIN).body(Map.of("confirm", true)).post("/api/v1/specification/" + existing + "/ratification")
                    .then().statusCode(200).body("version.status", equalTo("RATIFIED"));
        }
        JsonPath current = as(ADMIN).get("/api/v1/specification/current").then().statusCode(200).extract().jsonPath();
        JsonPath draft = as(ADMIN).post("/api/v1/specification").then().statusCode(201)
                .header("Location", containsString("/api/v1/specification/")).body("version.status", equalTo("DRAFT"))
                .extract().jsonPath();
        assertEquals(current.getList("minimumResolutions.minMp"), draft.getList("minimumResolutions.minMp"));
        assertEquals(current.getList("flaggedManufacturers.maker"), draft.getList("flaggedManufacturers.maker"));
        assertEquals(current.getInt("maxAssetAgeYears"), draft.getInt("maxAssetAgeYears"), "a copy of the ratified one");
        return draft.getLong("version.id");
    }

    @Test
    void aDraftIsEditedWithThePagesChecksComparedAndRatifiedThenRefusesChanges() {
        long draft = freshDraft();
        String path = "/api/v1/specification/" + draft;
        as(ADMIN).post("/api/v1/specification").then().statusCode(409)
                .body("message", containsString("is already a draft"));

        // Bad input: the pages' messages, named by the JSON field, and nothing changes.
        as(ADMIN).body(Map.of("years", 60)).put(path + "/max-asset-age").then().statusCode(400)
                .body("fieldErrors.years", equalTo("Maximum asset age must be a whole number between 1 and 50"));
        as(ADMIN).body(Map.of("manufacturer", "Hikvison", "level", "BANNED", "reason", "r", "source", "s"))
                .post(path + "/flagged-manufacturers").then().statusCode(400)
                .body("fieldErrors.manufacturer", containsString("did you mean Hikvision?"));
        as(ADMIN).body(Map.of("minMp", "5")).put(path + "/minimum-resolutions/BULLET").then().statusCode(400)
                .body("fieldErrors.cameraType", equalTo("Select the camera type"));
        as(ADMIN).body(Map.of("manufacturer", "Bosch", "model", "X", "type", "Toaster", "unitPrice", "-1",
                "installCost", "1")).post(path + "/approved-products").then().statusCode(400)
                .body("fieldErrors.type", equalTo("Select the camera type or recorder kind"))
                .body("fieldErrors.unitPrice", containsString("Unit price must be a number from 0"));

        // Good input, one kind of rule after another.
        as(ADMIN).body(Map.of("years", 7)).put(path + "/max-asset-age").then().statusCode(200)
                .body("maxAssetAgeYears", equalTo(7));
        as(ADMIN).body(Map.of("minMp", 5)).put(path + "/minimum-resolutions/FIXED").then().statusCode(200)
                .body("minimumResolutions.find { it.cameraType == 'Fixed' }.minMp", equalTo(5.0f));
        as(ADMIN).body(Map.of("manufacturer", "Uniview", "level", "RESTRICTED", "reason", "State-linked ownership",
                "source", "Partnership vendor risk review")).post(path + "/flagged-manufacturers").then()
                .statusCode(200).body("flaggedManufacturers.maker", hasItem("Uniview"));
        String model = "DIVAR-" + UUID.randomUUID().toString().substring(0, 6);
        JsonPath withNvr = as(ADMIN).body(Map.of("manufacturer", "Bosch", "model", model, "type", "NVR", "unitPrice",
                "6,800", "installCost", 1200)).post(path + "/approved-products").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("NVR", withNvr.getString("approvedProducts.find { it.model == '" + model + "' }.recorderKind"));
        as(ADMIN).body(Map.of("code", "NDAA-" + model, "name", "Not covered by section 889", "kind", "OTHER",
                "manufacturers", List.of("Axis", "Bosch"))).post(path + "/standards").then().statusCode(200)
                .body("standards.find { it.code == 'NDAA-" + model + "' }.makers",
                        equalTo(List.of("Axis Communications", "Bosch Security Systems")));
        as(ADMIN).body(Map.of("name", "Ubuntu 24.04 LTS")).post(path + "/operating-systems").then().statusCode(200)
                .body("supportedOperatingSystems.name", hasItem("Ubuntu 24.04 LTS"));
        long productId = withNvr.getLong("approvedProducts.find { it.model == '" + model + "' }.id");
        as(ADMIN).delete(path + "/approved-products/" + productId).then().statusCode(200)
                .body("approvedProducts.model", not(hasItem(model)));

        // The diff against the version in force, as JSON.
        long current = as(ADMIN).get("/api/v1/specification/current").then().extract().jsonPath().getLong("version.id");
        as(ADMIN).get("/api/v1/specification/diff?from=" + current + "&to=" + draft).then().statusCode(200)
                .body("to.id", equalTo((int) draft))
                .body("sections.find { it.name == 'Minimum resolution' }.changes.find { it.rule == 'Fixed' }.kind",
                        equalTo("CHANGED"))
                .body("sections.find { it.name == 'Flagged manufacturers' }.changes.rule", hasItem("Uniview"));
        as(ADMIN).get("/api/v1/specification/diff?to=" + draft).then().statusCode(400)
                .body("fieldErrors.from", equalTo("Select the version to compare from"));

        // A camera the new minimum leaves short: found once the draft is ratified, and only with the confirmation.
        String site = ComplianceEngineTest.site("bristol.manager", false);
        long camera = ComplianceEngineTest.camera("bristol.manager", site, Map.of("type", "FIXED", "resolutionMp",
                "4"));
        as(ADMIN).body(Map.of("confirm", false)).post(path + "/ratification").then().statusCode(400)
                .body("fieldErrors.confirm", containsString("Confirm that the partnership ratifies"));
        String evaluation = as(ADMIN).body(Map.of("confirm", true)).post(path + "/ratification").then()
                .statusCode(200).body("version.status", equalTo("RATIFIED")).body("version.ratifiedBy", equalTo(ADMIN))
                .body("evaluation.kind", equalTo("compliance-evaluation"))
                .body("evaluation.subjectId", equalTo(Long.toString(draft)))
                .extract().jsonPath().getString("evaluation.id");
        JsonPath evaluated = JobWait.ended(DemoUsers.token(ADMIN), evaluation);
        assertEquals("DONE", evaluated.getString("status"), evaluated.getString("message"));
        assertTrue(evaluated.getString("message").contains("checked against"), evaluated.getString("message"));
        assertEquals(evaluated.getLong("total"), evaluated.getLong("done"), "one step per partner, every one done");
        ComplianceEngineTest.open("bristol.manager", "camera", camera, "MIN_RESOLUTION");

        // A ratified version refuses every change, with 409 and a message saying why.
        as(ADMIN).body(Map.of("years", 9)).put(path + "/max-asset-age").then().statusCode(409)
                .body("message", endsWith("is ratified and cannot change: start a new draft to change the "
                        + "specification"));
        as(ADMIN).delete(path + "/minimum-resolutions/" + as(ADMIN).get(path).then().extract().jsonPath()
                .getLong("minimumResolutions[0].id")).then().statusCode(409);
        as(ADMIN).body(Map.of("confirm", true)).post(path + "/ratification").then().statusCode(409)
                .body("message", containsString("only a draft can be ratified"));
        as(ADMIN).get(path).then().body("maxAssetAgeYears", equalTo(7));
    }

    @Test
    void anotherPartnershipsVersionIsNotFoundAndOtherRolesCannotChangeOne() {
        long avon = as(ADMIN).get("/api/v1/specification").then().extract().jsonPath().getLong("items[0].id");
        as("opcc.admin").get("/api/v1/specification/" + avon).then().statusCode(404);
        as("opcc.admin").body(Map.of("years", 9)).put("/api/v1/specification/" + avon + "/max-asset-age").then()
                .statusCode(404);
        as("opcc.admin").get("/api/v1/specification/diff?from=" + avon + "&to=" + avon).then().statusCode(404);
        as("bristol.manager").body(Map.of("years", 9)).put("/api/v1/specification/" + avon + "/max-asset-age")
                .then().statusCode(403);
        as("opcc.analyst").post("/api/v1/specification").then().statusCode(403);
    }
}
