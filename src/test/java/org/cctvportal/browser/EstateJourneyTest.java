package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * A council CCTV manager looks through the demo estate in a real browser: the camera list, one camera, and the map,
 * whose markers and list still work although no tile server answers (the test profile points tiles at a closed
 * port). axe-core on every page, and no content security policy violation on the way.
 */
@QuarkusTest
class EstateJourneyTest extends BrowserJourney {

    @Test
    void browseTheCameraListACameraAndTheMapWithNoTileServer() {
        List<String> violations = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });
            // Searched, because other tests add cameras to Oxford's estate that sort before its own tags.
            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/cameras?q=OXF-000");
            page.getByLabel("Username or email").fill("oxford.manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();

            assertThat(page.getByTestId("camera-count")).containsText("cameras");
            assertThat(page.getByTestId("camera-table")).containsText("OXF-");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("OXF-0001").setExact(true)).click();
            assertThat(page.getByTestId("camera-tag")).containsText("OXF-0001");
            assertThat(page.getByTestId("camera-summary")).containsText("Cornmarket Street");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to cameras")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Camera map");
            assertThat(page.getByTestId("camera-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#camera-map path.leaflet-interactive").first()).isVisible();
            assertThat(page.getByTestId("map-camera-list")).containsText("OXF-0001");
            assertThat(page.getByTestId("map-camera-list")).containsText("Cornmarket Street");
            Browser.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/camera-map.png"))
                    .setFullPage(true));

            page.getByTestId("map-camera-list").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("OXF-0002").setExact(true))
                    .click();
            assertThat(page.getByTestId("camera-tag")).containsText("OXF-0002");
        }
        assertTrue(violations.isEmpty(), "content security policy violations: " + violations);
    }

    @Test
    void thePartnershipAdminKeepsTheReferenceData() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/");
            page.getByLabel("Username or email").fill("opcc.admin");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();

            page.getByLabel("Menu").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reference data")).click();
            assertThat(page.getByTestId("manufacturer-table")).containsText("Hangzhou Hikvision Digital Technology");
            Browser.assertAccessible(page);

            page.getByLabel("Manufacturer", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Dahua"));
            page.getByLabel("Other name").fill("Hik-Vision");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add other name")).click();
            assertThat(page.getByTestId("error-summary")).containsText("already means Hikvision");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Operating systems")).click();
            assertThat(page.locator("[data-os-name='Windows 7 SP1']")).containsText("Past end of support");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Windows Server 2025")).click();
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Windows Server 2025");
            Browser.assertAccessible(page);
        }
    }
}
