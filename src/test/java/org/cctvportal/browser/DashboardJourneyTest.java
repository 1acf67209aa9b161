package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.cctvportal.dashboard.DashboardFigures;
import org.junit.jupiter.api.Test;

/**
 * The dashboards in a real browser: the PCC office's admin goes from the home page to the partnership dashboard,
 * follows a compliance figure down to one partner's finding and comes back, then has the figures taken again now and
 * follows the job to its end; a council manager and a hub supervisor
 * open theirs. axe-core on every page.
 */
@QuarkusTest
class DashboardJourneyTest extends BrowserJourney {

    @Inject
    DashboardFigures figures;

    @Test
    void thePccAdminFollowsAComplianceFigureDownToAFindingAndBack() {
        figures.refreshAll();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "opcc.admin");
            Browser.assertAccessible(page);
            page.getByTestId("go-to-dashboard").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Partnership dashboard");
            assertThat(page.getByTestId("as-at")).containsText("Figures as at");
            assertThat(page.getByTestId("partner-table")).containsText("Oxford City Council");
            assertThat(page.locator("#assurance")).containsText("switch-off notices open");
            assertThat(page.getByTestId("newest-notices")).containsText("cameras, raised");
            page.locator("[data-testid=compliance-map][data-ready=true]").waitFor();
            Browser.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pcc-dashboard.png"))
                    .setFullPage(true));

            // The first severity with standing findings, followed to its rows.
            Locator row = page.locator("[data-testid=severity-row]:not([data-figure='0'])").first();
            String severity = row.getAttribute("data-key");
            long figure = Long.parseLong(row.getAttribute("data-figure").replace(",", ""));
            assertTrue(figure > 0, "the demo partnership has standing findings");
            row.getByRole(AriaRole.LINK).click();
            assertThat(page.getByTestId("across-partners")).isVisible();
            Locator findings = page.getByTestId("finding-row");
            assertThat(findings.first()).hasAttribute("data-severity", severity);
            if (figure <= 25) {
                assertEquals(figure, findings.count(), "the list holds exactly the findings the figure counts");
            }
            Browser.assertAccessible(page);

            String asset = findings.first().getAttribute("data-asset");
            findings.first().getByRole(AriaRole.LINK).click();
            assertThat(page.getByTestId("finding-title")).containsText(asset);
            assertThat(page.getByTestId("finding-severity")).isVisible();
            Browser.assertAccessible(page);

            page.goBack();
            page.goBack();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Partnership dashboard");

            // The figures taken again now, as a job whose page shows each partner done, then back to them.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh the figures now")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Refreshing the partnership's dashboard figures");
            Browser.assertAccessible(page);
            assertThat(page.getByTestId("job-status")).hasAttribute("data-status", "DONE",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.getByTestId("job-message")).containsText("were taken again");
            Browser.assertAccessible(page);
            page.getByTestId("job-result").click();
            assertThat(page.getByTestId("as-at")).containsText("Figures as at");
        }
    }

    @Test
    void aCouncilManagerAndAHubSupervisorOpenTheirDashboards() {
        figures.refreshAll();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "oxford.manager");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Dashboard");
            assertThat(page.getByTestId("status-table")).isVisible();
            Browser.assertAccessible(page);
            page.getByTestId("status-row").first().getByRole(AriaRole.LINK).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Cameras");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "ods.supervisor");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Hub dashboard");
            assertThat(page.getByTestId("hub-row").first()).isVisible();
            Browser.assertAccessible(page);
        }
    }
}
