package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Oxford's manager groups a Windows 7 control-room workstation, a costed replacement of this year's plan, into a new
 * capital project and sees its total; the PCC office opens the operator's demo control-room upgrade; the operator's
 * manager reaches operator profiles from the menu. axe-core on every page.
 */
@QuarkusTest
class CapitalProjectJourneyTest extends BrowserJourney {

    @Test
    void aManagerGroupsReplacementsIntoAProjectAndThePccOfficeReadsTheOperatorsUpgrade() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String site = "Project Street " + suffix;
        String workstation = "OXF-WS-J-" + suffix;
        var manager = given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json");
        manager.body(Map.of("name", site, "kind", "TOWN_CENTRE")).post("/api/v1/sites").then().statusCode(201);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("name", workstation, "kind", "WORKSTATION", "site", site, "manufacturer", "Dell",
                        "operatingSystem", "Windows 7 SP1", "exposure", "PARTNERSHIP_NETWORK"))
                .post("/api/v1/recorders").then().statusCode(201);

        try (BrowserContext council = browser.newContext(); BrowserContext office = browser.newContext();
                BrowserContext operator = browser.newContext()) {
            Page oxford = council.newPage();
            signIn(oxford, "/capital-plan", "oxford.manager");
            oxford.getByTestId("projects-link").click();
            assertThat(oxford.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Capital projects")))
                    .isVisible();
            Browser.assertAccessible(oxford);
            oxford.getByTestId("new-project").click();
            oxford.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the project")).click();
            assertThat(oxford.getByTestId("error-summary")).containsText("Enter the project's name");
            Browser.assertAccessible(oxford);
            oxford.getByLabel("Project name").fill("Hub workstations " + suffix);
            oxford.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the project")).click();
            assertThat(oxford.getByTestId("saved")).containsText("Project started");
            assertThat(oxford.getByTestId("no-items")).isVisible();
            Browser.assertAccessible(oxford);
            oxford.getByLabel("Asset tag or recorder name").fill(workstation);
            oxford.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the project")).click();
            assertThat(oxford.locator("[data-testid=project-item][data-asset='" + workstation + "']")).isVisible();
            assertThat(oxford.getByTestId("project-total")).hasText("£2,350");
            Browser.assertAccessible(oxford);
            oxford.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + workstation)).click();
            assertThat(oxford.getByTestId("no-items")).isVisible();
            assertThat(oxford.locator("[data-testid=candidate][data-asset='" + workstation + "']")).isVisible();

            Page pcc = office.newPage();
            signIn(pcc, "/capital-plan/projects", "opcc.analyst");
            assertThat(pcc.locator("[data-testid=project-row][data-project='Control-room upgrade']")).isVisible();
            Browser.assertAccessible(pcc);
            pcc.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Control-room upgrade").setExact(true))
                    .click();
            assertThat(pcc.locator("[data-testid=project-item][data-asset='ODS-OXF-WS-01']")).isVisible();
            assertThat(pcc.getByTestId("add-item-form")).hasCount(0);
            Browser.assertAccessible(pcc);

            Page ods = operator.newPage();
            signIn(ods, "/", "ods.manager");
            ods.getByLabel("Menu").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Operators").setExact(true)).click();
            assertThat(ods.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            Browser.assertAccessible(ods);
        }
    }
}
