package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.TimeUnit;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * What every browser journey shares: one Chromium for the test class, signing in on Keycloak's own page, and a time
 * limit per journey longer than other tests' (junit-platform.properties).
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
abstract class BrowserJourney {

    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Browser.playwright();
        browser = Browser.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Opens {@code path}, signs in as {@code user} with the demo password, and waits for the portal's page. */
    static void signIn(Page page, String path, String user) {
        page.navigate(LocalStackResource.stack().portalBaseUrl() + path);
        page.getByLabel("Username or email").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
        assertThat(page.getByTestId("signed-in-user")).isVisible();
    }
}
