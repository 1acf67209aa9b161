package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * The PCC office in a real browser: lists its partnership's partners, admits a new council after correcting a
 * mistake the form points out, opens its record and makes it active with a reason on Manage partner (refused
 * first without one); axe-core on every page.
 */
@QuarkusTest
class PccAdminJourneyTest extends BrowserJourney {

    @Test
    void admitACouncilAfterFixingTheIcoNumber() {
        String council = "West Berkshire Council " + UUID.randomUUID().toString().substring(0, 4);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/partners");
            page.getByLabel("Username or email").fill("opcc.admin");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();

            assertThat(page.getByTestId("partner-table")).containsText("Thames Valley Police");
            assertThat(page.getByTestId("partner-table")).not().containsText("Bristol City Council");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit a partner")).click();
            Browser.assertAccessible(page);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(council);
            page.getByLabel("Kind of partner").selectOption("COUNCIL");
            page.getByLabel("ICO registration number (optional)").fill("Z12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit partner")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter an ICO registration number");
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(council);
            Browser.assertAccessible(page);

            page.getByLabel("ICO registration number (optional)").fill("Z7654321");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit partner")).click();
            assertThat(page.getByTestId("admitted-banner")).containsText("thames-valley-west-berkshire-council");
            Browser.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/partners.png"))
                    .setFullPage(true));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(council)).click();
            assertThat(page.getByTestId("partner-summary")).containsText("Z7654321");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manage partner")).click();
            page.getByLabel("Move to phase").selectOption("LIVE");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change phase")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the reason for the change of phase");
            Browser.assertAccessible(page);

            page.getByLabel("Reason for the change of phase").fill("Onboarding checks complete");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change phase")).click();
            assertThat(page.getByTestId("governed-banner")).isVisible();
            assertThat(page.getByTestId("phase-now")).hasText("Live");
            assertThat(page.getByTestId("phase-change").last()).containsText("Onboarding checks complete");
            assertThat(page.getByTestId("history-entry").first()).containsText("Onboarding checks complete");
            assertThat(page.getByTestId("history-change").first()).containsText("Live");
            Browser.assertAccessible(page);
        }
    }
}
