package org.cctvportal.compliance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.dashboard.DashboardFigures;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Money is not understated in silence: Oxford's demo replacements include cameras of a type the ratified
 * specification approves no product for, and every total that leaves them out says how many and why, with a link
 * to the specification (the capital plan, its CSV, the dashboards, the finding list).
 */
@QuarkusTest
class UnpricedCostsTest {

    @Inject
    DashboardFigures figures;

    private static final Pattern NOTE = Pattern.compile("data-testid=\"unpriced-note\" data-count=\"(\\d+)\"");

    @Test
    void theCapitalPlanSaysHowManyReplacementsItsTotalLeavesOutAndLinksToTheSpecification() {
        String token = DemoUsers.token("oxford.manager");
        String plan = given().auth().oauth2(token).get("/capital-plan").then().statusCode(200).extract().asString();
        long unpriced = noted(plan);
        assertTrue(unpriced > 0, "Oxford's demo has replacements with no approved product to price them");
        assertTrue(plan.contains("href=\"/specification\" data-testid=\"unpriced-fix\""), "links to the fix");
        assertTrue(plan.contains("not priced: the ratified specification approves no product"), "says why");

        List<String> rows = given().auth().oauth2(token).get("/capital-plan/export").then().statusCode(200)
                .extract().asString().lines().toList();
        assertTrue(rows.get(0).endsWith(",reasons,cost_note"), rows.get(0));
        assertEquals(unpriced, rows.stream().filter(r -> r.contains(CapitalPlanPages.NOT_PRICED)).count(),
                "each row the total leaves out says so in the CSV");

        String findings = given().auth().oauth2(token).get("/findings?action=REPLACE_NOW").then().statusCode(200)
                .extract().asString();
        assertTrue(findings.contains("data-testid=\"not-priced\"")
                && findings.contains("data-testid=\"not-priced-note\""),
                "the finding list names unpriced replacements and says why, with the link to the specification");
    }

    @Test
    void thePartnershipPlanAndDashboardCountWhatTheyLeaveOut() {
        String token = DemoUsers.token("opcc.admin");
        String plan = given().auth().oauth2(token).get("/capital-plan").then().statusCode(200).extract().asString();
        assertTrue(plan.contains("data-testid=\"partner-unpriced\""), "Oxford's row says what it leaves out");
        figures.refreshAll();
        String dashboard = given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/dashboard/partner").then()
                .statusCode(200).extract().asString();
        assertTrue(noted(dashboard) > 0, "the dashboard's capital figures say what they leave out");
    }

    private static long noted(String html) {
        Matcher matcher = NOTE.matcher(html);
        assertTrue(matcher.find(), "no note of unpriced replacements");
        return Long.parseLong(matcher.group(1));
    }
}
