package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cctvportal.estate.CameraMapViewTest;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * A partner with more than 500 located cameras opens the camera map in a real browser: the map asks the portal for the
 * part in sight and draws the cameras counted in squares, says how many are in sight, and points to the camera list
 * instead of listing them all. axe-core on the page, and no content security policy violation.
 */
@QuarkusTest
class LargeEstateMapJourneyTest extends BrowserJourney {

    @Test
    void theMapOfALargeEstateShowsCountedSquaresForThePartInSight() throws Exception {
        new CameraMapViewTest().placeCameras();
        List<String> violations = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });
            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/cameras/map");
            page.getByLabel("Username or email").fill("ods.supervisor");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();

            assertThat(page.getByTestId("camera-map")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#camera-map .portal-map-cluster").first()).isVisible();
            assertThat(page.getByTestId("map-status")).containsText("cameras in this part of the map");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("camera list"))).isVisible();
            Browser.assertAccessible(page);
        }
        assertTrue(violations.isEmpty(), "content security policy violations: " + violations);
    }
}
