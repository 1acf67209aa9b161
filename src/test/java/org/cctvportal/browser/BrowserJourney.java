package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.TimeUnit;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * What every browser journey shares: one Chromium for the whole run (each journey opens its own contexts, which keep
 * cookies and storage apart, and closes them), signing in on Keycloak's own page, and a time limit per journey longer
 * than other tests' (junit-platform.properties). Starting Playwright's driver and Chromium took a few seconds per
 * class on a 2-core machine; they are started once and closed when the test JVM ends.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
abstract class BrowserJourney {

    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browser.shared();
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
