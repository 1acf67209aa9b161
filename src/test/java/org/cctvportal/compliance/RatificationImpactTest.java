package org.cctvportal.compliance;

import static io.restassured.RestAssured.given;
import static org.cctvportal.compliance.ComplianceEngineTest.as;
import static org.cctvportal.compliance.ComplianceEngineTest.camera;
import static org.cctvportal.compliance.ComplianceEngineTest.finding;
import static org.cctvportal.compliance.ComplianceEngineTest.site;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.FormSession;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Before ratifying, the admin sees per partner the findings that would open or close and the capital cost that would
 * change, and nothing of it is kept; removing a rule from the draft asks first, with a reason the audit keeps.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class RatificationImpactTest {

    static final String AVON_ADMIN = "as-opcc.admin";
    static final String BRISTOL = "bristol.manager";

    @Test
    void theRatifyPageShowsWhatWouldOpenAndCloseForEachPartnerAndKeepsNothing() {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long camera = camera(BRISTOL, site(BRISTOL, false), Map.of("type", "FIXED", "resolutionMp", "6"));
        String tag = as(BRISTOL).get("/api/v1/cameras/" + camera).then().extract().path("assetTag");
        // Whatever the version in force asks of fixed cameras, the draft asks the opposite of this 6 MP one.
        boolean failsNow = finding(BRISTOL, "camera", camera, "MIN_RESOLUTION", "OPEN") != null;
        long draft = draft(admin);
        admin.form().formParam("action", "resolution").formParam("resolutionType", "FIXED")
                .formParam("resolutionMp", failsNow ? "1" : "12").post("/specification/" + draft + "/rules").then()
                .statusCode(303);
        String findingsBefore = as(BRISTOL).get("/api/v1/findings?status=ALL&camera=" + camera).asString();
        String versionsBefore = as(AVON_ADMIN).get("/api/v1/specification").asString();

        String page = given().auth().oauth2(admin.token()).get("/specification/" + draft + "/ratify").then()
                .statusCode(200).body(containsString("data-testid=\"impact-table\""))
                .body(containsString("data-partner=\"as-bristol\"")).extract().asString();
        String bristol = page.substring(page.indexOf("data-testid=\"impact-details\" data-partner=\"as-bristol\""));
        String list = failsNow ? "impact-closes" : "impact-opens";
        assertTrue(bristol.contains(list) && bristol.indexOf(tag + ": Minimum resolution") > bristol.indexOf(list),
                "Bristol's camera is listed as " + (failsNow ? "closing" : "opening"));

        assertEquals(findingsBefore, as(BRISTOL).get("/api/v1/findings?status=ALL&camera=" + camera).asString(),
                "the preview raised and closed nothing");
        assertEquals(versionsBefore, as(AVON_ADMIN).get("/api/v1/specification").asString(),
                "the draft is still a draft and the version in force is unchanged");
        // Only the partnership admin previews: the council's manager is refused the page.
        as(BRISTOL).get("/specification/" + draft + "/ratify").then().statusCode(403);
    }

    @Test
    void removingARuleAsksFirstAndKeepsTheReasonInTheAuditTrail() throws SQLException {
        FormSession admin = FormSession.of(AVON_ADMIN);
        long draft = draft(admin);
        admin.form().formParam("action", "resolution").formParam("resolutionType", "ANPR")
                .formParam("resolutionMp", "3").post("/specification/" + draft + "/rules").then().statusCode(303);
        long rule = ruleId(draft, "ANPR");
        // The version page's Remove leads to the confirmation page, and so does the old form's post.
        given().auth().oauth2(admin.token()).get("/specification/" + draft).then()
                .body(containsString("/specification/" + draft + "/rules/remove?section=resolution&amp;rule=" + rule));
        admin.form().redirects().follow(false).formParam("action", "remove").formParam("section", "resolution")
                .formParam("rule", rule).post("/specification/" + draft + "/rules").then().statusCode(303)
                .header("Location", containsString("/rules/remove?section=resolution&rule=" + rule));
        given().auth().oauth2(admin.token()).get("/specification/" + draft + "/rules/remove?section=resolution&rule="
                + rule).then().statusCode(200).body(containsString("Minimum resolution for ANPR: 3"))
                .body(containsString("data-testid=\"remove-consequences\""));
        given().auth().oauth2(admin.token()).get("/specification/" + draft + "/rules/remove?section=resolution&rule="
                + (rule + 100000)).then().statusCode(404);

        admin.form().formParam("section", "resolution").formParam("rule", rule).formParam("reason", " ")
                .post("/specification/" + draft + "/rules/remove").then().statusCode(400)
                .body(containsString("Enter why the rule is removed"));
        assertEquals(rule, ruleId(draft, "ANPR"), "the rule is still there");
        admin.form().formParam("section", "resolution").formParam("rule", rule)
                .formParam("reason", "ANPR cameras are held to the force's own standard")
                .post("/specification/" + draft + "/rules/remove").then().statusCode(303);
        as(AVON_ADMIN).get("/api/v1/specification/" + draft).then()
                .body("minimumResolutions.cameraType", not(org.hamcrest.Matchers.hasItem("ANPR")));
        assertEquals(1, audited(draft, "%because: ANPR cameras are held to the force's own standard"));
    }

    private static long draft(FormSession admin) {
        List<Map<String, Object>> versions = as(AVON_ADMIN).get("/api/v1/specification?size=200").then().extract().jsonPath()
                .getList("items", Map.class).stream().map(m -> (Map<String, Object>) m).toList();
        return versions.stream().filter(v -> "DRAFT".equals(v.get("status")))
                .map(v -> ((Number) v.get("id")).longValue()).findFirst().orElseGet(() -> Long.parseLong(admin.form()
                        .post("/specification").then().statusCode(303).extract().header("Location")
                        .replaceAll(".*/specification/(\\d+).*", "$1")));
    }

    private static long ruleId(long draft, String cameraType) {
        List<Map<String, Object>> rules = as(AVON_ADMIN).get("/api/v1/specification/" + draft).then().extract()
                .jsonPath().getList("minimumResolutions", Map.class).stream().map(m -> (Map<String, Object>) m)
                .toList();
        return rules.stream().filter(r -> r.get("cameraType").toString().toUpperCase().replace(" ", "_")
                .equals(cameraType)).map(r -> ((Number) r.get("id")).longValue()).findFirst().orElse(-1L);
    }

    /** The PCC office's audit events about this version whose summary matches. */
    private static long audited(long draft, String like) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            try (Statement sql = db.createStatement()) {
                sql.execute("select set_config('app.partner', 'as-opcc', false), "
                        + "set_config('app.partnership', 'avon-somerset', false)");
            }
            try (PreparedStatement sql = db.prepareStatement("select count(*) from audit_event where"
                    + " entity_type = 'specification-version' and entity_id = ? and summary like ?")) {
                sql.setString(1, Long.toString(draft));
                sql.setString(2, like);
                try (ResultSet rows = sql.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }
}
