package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A council manager keeps the estate in a real browser: adds a site and a camera, is told a decommissioning needs a
 * reason, gives it, finds the camera by searching the list; the PCC office then sees the switch-off. Every page on
 * the way passes axe-core.
 */
@QuarkusTest
class EstateFormsJourneyTest extends BrowserJourney {

    static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    @Test
    void aManagerAddsASiteAndACameraThenDecommissionsItWithAReasonThePccOfficeSees() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String site = "Bicester Market Square " + suffix;
        String tag = "CHE-" + suffix;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "cherwell.manager");
            click(page, AriaRole.LINK, "Estate");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Cameras");
            Browser.assertAccessible(page);

            click(page, AriaRole.LINK, "Sites");
            Browser.assertAccessible(page);
            click(page, AriaRole.BUTTON, "Add a site");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(site);
            page.getByLabel("Kind of site").selectOption("Town centre");
            page.getByLabel("Postcode (optional)").fill("ox26 6aa");
            page.getByLabel("Latitude (optional)").fill("51.8990");
            page.getByLabel("Longitude (optional)").fill("-1.1530");
            Browser.assertAccessible(page);
            click(page, AriaRole.BUTTON, "Save site");
            assertThat(page.getByTestId("saved-banner")).isVisible();
            assertThat(page.getByTestId("site-summary")).containsText("OX26 6AA");
            Browser.assertAccessible(page);

            click(page, AriaRole.LINK, "Estate");
            click(page, AriaRole.BUTTON, "Add a camera");
            page.getByLabel("Asset tag").fill(tag);
            page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption(site);
            page.getByLabel("Manufacturer").selectOption("Axis Communications");
            page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("Dome");
            page.getByLabel("Status").selectOption("Decommissioned");
            click(page, AriaRole.BUTTON, "Save camera");
            assertThat(page.getByTestId("error-summary")).containsText("Give the reason the camera is decommissioned");
            Browser.assertAccessible(page);

            page.getByLabel("Reason for taking the camera offline or decommissioning it")
                    .fill("Replaced by the new market square column");
            click(page, AriaRole.BUTTON, "Save camera");
            assertThat(page.getByTestId("saved-banner")).isVisible();
            assertThat(page.getByTestId("status-changes")).containsText("Replaced by the new market square column");
            assertThat(page.getByTestId("history-entry").first()).containsText("Added camera " + tag);
            Browser.assertAccessible(page);

            click(page, AriaRole.LINK, "Back to cameras");
            page.getByTestId("camera-filters").getByLabel("Search").fill(tag);
            assertThat(page.getByTestId("camera-count")).hasText("Showing 1 to 1 of 1 cameras");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=" + tag + ".*"));
            Browser.assertAccessible(page);

            click(page, AriaRole.LINK, "Recorders and servers");
            Browser.assertAccessible(page);
            click(page, AriaRole.BUTTON, "Add a recorder or server");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "opcc.analyst");
            click(page, AriaRole.LINK, "Switch-offs");
            assertThat(page.locator("[data-asset-tag='" + tag + "']")).containsText("Cherwell District Council");
            Browser.assertAccessible(page);
        }
    }
}
