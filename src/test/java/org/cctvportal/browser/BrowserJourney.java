package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Each demo user's Keycloak sign-in session cookies, from their last sign-in in any journey of the run. */
    private static final Map<String, List<Cookie>> KEYCLOAK_SESSIONS = new ConcurrentHashMap<>();

    /**
     * Opens {@code path}, signs in as {@code user} with the demo password, and waits for the portal's page. Every
     * sign-in goes through Keycloak's authorization endpoint and gets fresh tokens with the user's roles as they are
     * now; a user who signed in earlier in the run brings Keycloak's own session cookie along, so Keycloak answers
     * at once instead of showing its form again and checking the password (a deliberately slow hash) each time. When
     * that session has ended (signed out, disabled), Keycloak shows its form and the password is typed as before.
     */
    static void signIn(Page page, String path, String user) {
        long started = System.nanoTime();
        List<Cookie> held = KEYCLOAK_SESSIONS.get(user);
        if (held != null) {
            page.context().addCookies(held);
        }
        page.navigate(LocalStackResource.stack().portalBaseUrl() + path);
        Locator form = page.getByLabel("Username or email");
        Locator signedIn = page.getByTestId("signed-in-user");
        page.waitForCondition(() -> form.isVisible() || signedIn.isVisible());
        boolean typed = form.isVisible();
        if (typed) {
            form.fill(user);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
        }
        assertThat(signedIn).isVisible();
        KEYCLOAK_SESSIONS.put(user, page.context().cookies(LocalStackResource.stack().keycloakRealmUrl()
                + "/protocol/openid-connect/auth").stream()
                .filter(c -> c.name.startsWith("KEYCLOAK_IDENTITY") || c.name.startsWith("KEYCLOAK_SESSION"))
                .toList());
        System.out.printf("Browser sign-in as %s: %d ms (%s)%n", user, (System.nanoTime() - started) / 1_000_000,
                typed ? "password typed" : "Keycloak session");
    }
}
