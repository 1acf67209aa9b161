package org.cctvportal.specification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.Test;

/**
 * The specification's life: a draft is edited, refused ratification without the confirmation, ratified with it
 * (superseding the one before), then refuses every edit; a new draft starts as a copy; the diff shows what changed;
 * another partnership's version is not found. Ratification runs in Avon and Somerset, so Thames Valley's demo draft
 * stays as the reading tests expect it.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class SpecificationPagesTest {

    static final String AVON_ADMIN = "as-opcc.admin";

    /** Avon's draft: the one there is, or a new one as a copy of the ratified version. */
    static long avonDraft(FormSession admin) {
        Long existing = versionWith(AVON_ADMIN, "status", "DRAFT");
        if (existing != null) {
            return existing;
        }
        String location = admin.form().post("/specification").then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/specification/(\\d+).*", "$1"));
    }

    /** The id of the caller's version whose field has the value, or null. */
    static Long versionWith(String user, String field, Object value) {
        List<Map<String, Object>> versions = api(user).get("/api/v1/specification?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
        return versions.stream().filter(v -> value.equals(v.get(field)))
                .map(v -> ((Number) v.get("id")).longValue()).findFirst().orElse(null);
    }

    static io.restassured.specification.RequestSpecification api(String user) {
        return given().auth().oauth2(DemoUsers.token(user));
    }

    @Test
    void aDraftIsRatifiedOnlyWithTheConfirmationAndSupersedesTheVersionBefore() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long draft = avonDraft(admin);
        String model = "Spec-" + UUID.randomUUID().toString().substring(0, 6);
        admin.form().formParam("action", "product").formParam("productMaker", "Hanwha Techwin")
                .formParam("productModel", model).formParam("productType", "PTZ").formParam("productPrice", "2,150.50")
                .formParam("productInstall", "£400").post("/specification/" + draft + "/rules").then().statusCode(303);
        api(AVON_ADMIN).get("/specification/" + draft).then().statusCode(200)
                .body(containsString("Hanwha Vision " + model)).body(containsString("&#163;2,150.50"));
        String before = api(AVON_ADMIN).get("/api/v1/specification").asString();

        admin.form().post("/specification/" + draft + "/ratify").then().statusCode(400)
                .body(containsString("Confirm that the partnership ratifies"));
        assertEquals(before, api(AVON_ADMIN).get("/api/v1/specification").asString(), "nothing changes");

        Long previous = versionWith(AVON_ADMIN, "status", "RATIFIED");
        JobWait.ratified(admin, draft);
        api(AVON_ADMIN).get("/api/v1/specification/current").then().statusCode(200)
                .body("version.id", org.hamcrest.Matchers.equalTo((int) draft))
                .body("approvedProducts.model", hasItem(model));
        if (previous != null) {
            api(AVON_ADMIN).get("/api/v1/specification/" + previous).then().body("version.status",
                    org.hamcrest.Matchers.equalTo("SUPERSEDED"));
        }
        admin.form().formParam("action", "max-age").formParam("maxAge", "3").post("/specification/" + draft + "/rules")
                .then().statusCode(400).body(containsString("is ratified and cannot change"));
        api(AVON_ADMIN).get("/api/v1/specification/" + draft).then().body("maxAssetAgeYears",
                not(org.hamcrest.Matchers.equalTo(3)));
    }

    @Test
    void aNewDraftIsACopyOfTheCurrentVersionAndTheDiffShowsARaisedMinimum() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long first = avonDraft(admin);
        JobWait.ratified(admin, first);
        long second = avonDraft(admin);
        JsonPath current = api(AVON_ADMIN).get("/api/v1/specification/" + first).jsonPath();
        JsonPath copy = api(AVON_ADMIN).get("/api/v1/specification/" + second).jsonPath();
        assertEquals(current.getList("approvedProducts.model"), copy.getList("approvedProducts.model"));
        assertEquals(current.getList("flaggedManufacturers.maker"), copy.getList("flaggedManufacturers.maker"));
        assertEquals(current.getInt("maxAssetAgeYears"), copy.getInt("maxAssetAgeYears"));
        assertEquals(current.getList("minimumResolutions.cameraType"), copy.getList("minimumResolutions.cameraType"));

        String mp = "7." + (1 + new java.util.Random().nextInt(9));
        admin.form().formParam("action", "resolution").formParam("resolutionType", "Redeployable")
                .formParam("resolutionMp", mp).post("/specification/" + second + "/rules").then().statusCode(303);
        api(AVON_ADMIN)
                .get("/specification/diff?from=" + first + "&to=" + second).then().statusCode(200)
                .body(containsString("Redeployable")).body(containsString(mp + " MP"));
        admin.form().formParam("action", "resolution").formParam("resolutionType", "Redeployable")
                .formParam("resolutionMp", "nine").post("/specification/" + second + "/rules").then().statusCode(400)
                .body(containsString("Minimum resolution must be a number"));
    }

    @Test
    void thamesValleysDraftRaisesThePtzMinimumAndEveryRoleReadsIt() {
        long ratified = versionWith("oxford.viewer", "number", 1);
        long draft = versionWith("oxford.viewer", "number", 2);
        api("oxford.viewer").get("/api/v1/specification/current").then().statusCode(200)
                .body("flaggedManufacturers.maker", hasItem("Hikvision"))
                .body("flaggedManufacturers.source", hasItem(SpecificationDemo.NDAA))
                .body("standards.code", hasItem("Secure by Default"));
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/specification/diff?from=" + ratified + "&to="
                + draft).then().statusCode(200).body(containsString("PTZ")).body(containsString("2 MP"))
                .body(containsString("4 MP"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/specification/" + draft).then()
                .statusCode(200).body(not(containsString("data-testid=\"resolution-form\"")));
        given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/specification/" + ratified).then()
                .statusCode(200).body(not(containsString("data-testid=\"resolution-form\"")));
    }

    @Test
    void unknownMakersAreRefusedWithTheNearestName() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long draft = avonDraft(admin);
        admin.form().formParam("action", "flag").formParam("flagMaker", "Hikvisoin").formParam("flagLevel", "BANNED")
                .formParam("flagReason", "r").formParam("flagSource", "s").post("/specification/" + draft + "/rules")
                .then().statusCode(400).body(containsString("did you mean Hikvision?"))
                .body(containsString("data-testid=\"error-summary\""));
    }

    @Test
    void anotherPartnershipsVersionIsNotFound() {
        long thames = versionWith("opcc.admin", "number", 1);
        api(AVON_ADMIN).get("/api/v1/specification/" + thames).then().statusCode(404);
        api(AVON_ADMIN).get("/specification/" + thames).then().statusCode(404);
        FormSession.of(AVON_ADMIN).form().formParam("action", "max-age").formParam("maxAge", "2")
                .post("/specification/" + thames + "/rules").then().statusCode(404);
        api("opcc.admin").get("/api/v1/specification/" + thames).then().statusCode(200);
    }
}
