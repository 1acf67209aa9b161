package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service operator's platform admin in a real browser: home leads to the partnerships, a partnership is opened
 * (after a mistake the form points out) and suspended and reopened with a reason. Axe checks every page.
 */
@QuarkusTest
class PlatformConsoleJourneyTest extends BrowserJourney {

    @Test
    void openSuspendAndReopenAPartnership() {
        String n = UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "platform.admin");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Partnerships");
            assertThat(page.getByTestId("partnership-table")).containsText("Thames Valley CCTV Partnership");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a partnership")).click();
            Browser.assertAccessible(page);
            page.getByLabel("Name of the partnership").fill("Mercia " + n + " CCTV Partnership");
            page.getByLabel("E-mail address").fill("not-an-address");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the partnership")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the region it covers");
            assertThat(page.getByTestId("error-summary")).containsText("in the correct format");
            Browser.assertAccessible(page);

            page.getByLabel("Region").fill("Mercia " + n);
            page.getByLabel("Name of its PCC office").fill("Office of the PCC for Mercia " + n);
            page.getByLabel("First name").fill("Sam");
            page.getByLabel("Last name").fill("Admin");
            page.getByLabel("E-mail address").fill("sam.admin-" + n + "@mercia.test");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the partnership")).click();
            assertThat(page.getByTestId("done-banner")).containsText("Invitation sent to sam.admin-" + n);
            assertThat(page.getByTestId("admin-table")).containsText("Invited");
            Browser.assertAccessible(page);

            page.getByLabel("Reason for suspending").fill("Contract not signed yet");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend")).click();
            assertThat(page.getByTestId("status")).hasText("Suspended");
            assertThat(page.getByTestId("partnership-timeline")).containsText("Contract not signed yet");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the reason for reopening");
            Browser.assertAccessible(page);
            page.getByLabel("Reason for reopening").fill("Contract signed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen")).click();
            assertThat(page.getByTestId("status")).hasText("Open");
        }
    }
}
