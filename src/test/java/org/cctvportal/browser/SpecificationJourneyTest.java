package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Avon and Somerset PCC office in a real browser: opens its draft specification (or starts one), raises a
 * minimum resolution, opens and leaves the page that removes it, sees the impact on the partners before ratifying,
 * is refused ratification until it confirms, then follows the estate's evaluation to its end and sees the version
 * ratified; axe-core on every page. Thames Valley's demo draft is left alone for the tests that read it.
 */
@QuarkusTest
class SpecificationJourneyTest extends BrowserJourney {

    @Test
    void raiseAMinimumResolutionAndRatifyWithConfirmation() {
        String mp = "5." + (1 + (int) (Math.random() * 9));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/specification", "as-opcc.admin");
            assertThat(page.getByTestId("version-table")).isVisible();
            Browser.assertAccessible(page);

            Locator draft = page.locator("[data-version-status=DRAFT] a");
            if (draft.count() > 0) {
                draft.first().click();
            } else {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a new draft")).click();
            }
            assertThat(page.getByTestId("version-status")).hasText("Draft");
            Browser.assertAccessible(page);

            page.getByLabel("Camera type").first().selectOption("FIXED");
            page.getByLabel("Minimum megapixels").fill(mp);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set minimum resolution")).click();
            assertThat(page.getByTestId("saved-banner")).isVisible();
            assertThat(page.locator("[data-testid=resolution-row][data-camera-type=Fixed]")).containsText(mp + " MP");
            Browser.assertAccessible(page);

            // Removing a rule asks first, with a reason; keeping it goes back with nothing changed.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Fixed")).click();
            assertThat(page.getByTestId("rule-description")).containsText("Minimum resolution for Fixed");
            assertThat(page.getByTestId("remove-consequences")).isVisible();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keep the rule")).click();
            assertThat(page.locator("[data-testid=resolution-row][data-camera-type=Fixed]")).containsText(mp + " MP");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Ratify Version")))
                    .click();
            assertThat(page.getByTestId("ratify-form")).isVisible();
            // The impact on the partners shows before the confirmation acts.
            assertThat(page.locator("#impact")).hasText("What changes for the partners");
            assertThat(page.getByTestId("impact-none").or(page.getByTestId("impact-table"))).isVisible();
            Browser.assertAccessible(page);
            Locator ratify = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Ratify Version")));
            ratify.click();
            assertThat(page.getByTestId("error-summary")).containsText("Confirm that the partnership ratifies");
            Browser.assertAccessible(page);

            page.getByLabel(Pattern.compile("^I confirm")).check();
            String version = page.url();
            ratify.click();
            // The estate's evaluation against the new version runs as a job, its progress on its page.
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Checking the estate against the ratified specification");
            assertThat(page.getByTestId("job-progress")).isVisible();
            Browser.assertAccessible(page);
            assertThat(page.getByTestId("job-status")).hasAttribute("data-status", "DONE",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            Browser.assertAccessible(page);
            page.navigate(version.replaceAll("/ratify.*", ""));
            assertThat(page.getByTestId("version-status")).hasText("Ratified");
            Browser.assertAccessible(page);
        }
    }
}
