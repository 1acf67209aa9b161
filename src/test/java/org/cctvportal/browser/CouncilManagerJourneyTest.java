package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * A council CCTV manager in a real browser: signs in on Keycloak's page, sees their council, edits the profile with a
 * mistake and corrects it, and signs out. Every portal page on the way passes axe-core.
 */
@QuarkusTest
class CouncilManagerJourneyTest extends BrowserJourney {

    @Test
    void theAccessibilityCheckCatchesAViolation() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                    + "<input type=\"text\"></main></body></html>");
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> Browser.assertAccessible(page));
        }
    }

    @Test
    void signInSeeTheCouncilFixAProfileMistakeAndSignOut() throws Exception {
        String portal = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(portal + "/");
            Browser.assertAccessible(page);
            page.getByLabel("Username or email").fill("slough.manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();

            assertThat(page.getByTestId("partner-name")).containsText("Slough Borough Council");
            assertThat(page.getByTestId("signed-in-user")).hasText("Sunita Patel");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Our profile").setExact(true)).first()
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Slough Borough Council");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit profile")).click();
            page.getByLabel("Email address").fill("dpo-at-slough");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter an email address in the correct format");
            Browser.assertAccessible(page);

            page.getByLabel("Email address").fill("dpo@slough.example.gov.uk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
            assertThat(page.getByTestId("saved-banner")).isVisible();
            assertThat(page.getByTestId("partner-summary")).containsText("dpo@slough.example.gov.uk");
            Browser.assertAccessible(page);

            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/profile.png"))
                    .setFullPage(true));

            page.getByTestId("sign-out").click();
            assertThat(page.getByTestId("signed-out")).isVisible();
            Browser.assertAccessible(page);

            page.navigate(portal + "/profile");
            assertThat(page.getByLabel("Username or email")).isVisible();
        }
    }
}
