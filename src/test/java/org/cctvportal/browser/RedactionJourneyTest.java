package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Oxford's evidence officer redacts the demo's Cornmarket Street clip: opens its workspace from the evidence page,
 * has face detection propose a box and accepts it, draws one by hand, renders, and watches the progress bar until the
 * redacted copy is stored; the evidence page then lists it as redacted. axe-core on every page.
 */
@QuarkusTest
class RedactionJourneyTest extends BrowserJourney {

    @Test
    void theOfficerRedactsTheCornmarketClip() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence", "oxford.evidence");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Assault outside a bar, Cornmarket Street")).first().click();
            assertThat(page.getByTestId("item-title")).containsText("Cornmarket Street");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redact CAM-OXF-CORN-0412.mp4")).click();
            // The demo's own redaction renders at start; the workspace offers a new one once it is done.
            Locator start = page.getByTestId("start-redaction");
            for (int i = 0; i < 60 && !start.isVisible(); i++) {
                page.waitForTimeout(1000);
                page.reload();
            }
            assertThat(page.getByTestId("render-done")).isVisible();
            Browser.assertAccessible(page);
            start.click();
            assertThat(page.getByTestId("frame")).isVisible();
            Browser.assertAccessible(page);

            page.getByTestId("detect-faces").click();
            assertThat(page.getByTestId("saved")).containsText("Face detection has proposed boxes");
            Locator proposed = page.locator("[data-testid=box-row][data-decision=PROPOSED]");
            assertThat(proposed.first()).isVisible();
            String box = proposed.first().getAttribute("data-box");
            page.getByTestId("accept-" + box).click();
            assertThat(page.locator("[data-testid=box-row][data-box=" + box + "]"))
                    .hasAttribute("data-decision", "ACCEPTED");
            for (Locator other : page.locator("[data-testid=box-row][data-decision=PROPOSED]").all()) {
                page.getByTestId("remove-" + other.getAttribute("data-box")).click();
            }
            Browser.assertAccessible(page);

            page.getByLabel("Left (pixels)").fill("250");
            page.getByLabel("Top (pixels)").fill("180");
            page.getByLabel("Width (pixels)").fill("60");
            page.getByLabel("Height (pixels)").fill("50");
            page.getByLabel("Solid fill").check();
            page.getByTestId("add-box").click();
            assertThat(page.getByTestId("saved")).containsText("Box added");
            assertThat(page.locator("[data-testid=box-row][data-decision=ACCEPTED]").last()).containsText("Solid fill");
            Browser.assertAccessible(page);

            page.getByTestId("render").click();
            assertThat(page.getByTestId("saved")).containsText("Render asked for");
            Browser.assertAccessible(page);
            assertThat(page.getByTestId("render-done")).isVisible(new com.microsoft.playwright.assertions
                    .LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
            Browser.assertAccessible(page);
            page.getByTestId("render-done").getByRole(AriaRole.LINK).click();
            assertThat(page.getByTestId("redacted-tag")).hasCount(2);
            Browser.assertAccessible(page);
        }
    }
}
