package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Avon and Somerset's PCC office ratifies a draft that raises the fixed-camera minimum above a 9.5 MP camera Bristol
 * has just added, and follows the evaluation's progress to its end; Bristol's manager then finds the new finding from the camera's page, filters the findings list,
 * and sees the capital plan count more replacements. axe-core on every page. (Thames Valley's demo draft is left
 * alone.)
 */
@QuarkusTest
class ComplianceJourneyTest extends BrowserJourney {

    @Test
    void aRaisedMinimumResolutionRaisesFindingsAndMovesTheCapitalPlan() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String site = "Journey Street " + suffix;
        String tag = "BRS-J-" + suffix;
        var manager = given().auth().oauth2(DemoUsers.token("bristol.manager")).contentType("application/json");
        manager.body(Map.of("name", site, "kind", "TOWN_CENTRE")).post("/api/v1/sites").then().statusCode(201);
        long camera = given().auth().oauth2(DemoUsers.token("bristol.manager")).contentType("application/json")
                .body(Map.of("assetTag", tag, "site", site, "manufacturer", "Axis", "model", "P1468-LE", "type",
                        "FIXED", "resolutionMp", "9.5", "status", "Live", "installDate",
                        TestClock.today().minusYears(1).toString(), "nextMaintenance",
                        TestClock.today().plusDays(10).toString()))
                .post("/api/v1/cameras").then().statusCode(201).extract().jsonPath().getLong("id");

        try (BrowserContext council = browser.newContext(); BrowserContext office = browser.newContext()) {
            Page bristol = council.newPage();
            signIn(bristol, "/capital-plan", "bristol.manager");
            assertThat(bristol.getByTestId("plan-table")).isVisible();
            int before = Integer.parseInt(bristol.getByTestId("plan-total-count").innerText().strip());
            Browser.assertAccessible(bristol);

            Page admin = office.newPage();
            signIn(admin, "/specification", "as-opcc.admin");
            Locator draft = admin.locator("[data-version-status=DRAFT] a");
            if (draft.count() > 0) {
                draft.first().click();
            } else {
                admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a new draft")).click();
            }
            admin.getByLabel("Camera type").first().selectOption("FIXED");
            admin.getByLabel("Minimum megapixels").fill("10");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set minimum resolution")).click();
            assertThat(admin.getByTestId("saved-banner")).isVisible();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ratify Version")))
                    .click();
            admin.getByLabel(Pattern.compile("^I confirm")).check();
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ratify Version")))
                    .click();
            // The ratification leads to the evaluation's progress; its outcome is the partnership's compliance.
            assertThat(admin.getByTestId("job-status")).hasAttribute("data-status", "DONE",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(admin.getByTestId("job-message")).containsText("checked against Version");
            assertThat(admin.getByTestId("job-percent")).hasText("100%");
            Browser.assertAccessible(admin);
            admin.getByTestId("job-result").click();
            assertThat(admin.locator("[data-testid=partner-row][data-partner=as-bristol]")).isVisible();
            Browser.assertAccessible(admin);

            bristol.navigate(bristol.url().replaceAll("/capital-plan.*", "/cameras/" + camera));
            bristol.getByTestId("asset-findings").click();
            assertThat(bristol.getByTestId("finding-table")).isVisible();
            Browser.assertAccessible(bristol);
            bristol.getByLabel("Rule").selectOption("MIN_RESOLUTION");
            Locator row = bristol.locator("[data-testid=finding-row][data-rule=MIN_RESOLUTION]");
            assertThat(row).hasCount(1);
            assertThat(bristol.getByTestId("finding-count")).containsText("of 1 findings");
            row.getByRole(AriaRole.LINK).click();
            assertThat(bristol.getByTestId("finding-reason")).containsText("9.5 MP is below the minimum of 10 MP");
            assertThat(bristol.getByTestId("finding-severity")).hasText("Medium");
            assertThat(bristol.getByTestId("accept-form")).isVisible();
            Browser.assertAccessible(bristol);

            bristol.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the risk")).click();
            assertThat(bristol.getByTestId("error-summary")).containsText("Enter why the risk is accepted");
            Browser.assertAccessible(bristol);

            bristol.navigate(bristol.url().replaceAll("/findings.*", "/compliance"));
            assertThat(bristol.getByTestId("severity-chart")).isVisible();
            Browser.assertAccessible(bristol);
            bristol.navigate(bristol.url().replaceAll("/compliance.*", "/capital-plan"));
            // Every fixed camera of Bristol's below 10 MP now has a replacement due, the journey's one included.
            int after = Integer.parseInt(bristol.getByTestId("plan-total-count").innerText().strip());
            assertTrue(after > before, "the plan grew from " + before + " to " + after);
            Browser.assertAccessible(bristol);
        }
    }
}
