package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.cctvportal.notify.NotifyFixture;
import org.junit.jupiter.api.Test;

/**
 * The bell in a browser: the header's link with the unread count leads to the notifications (the demo's booking
 * decisions among them), one is marked read, and the choices page is saved; each page passes axe.
 */
@QuarkusTest
class NotificationsJourneyTest extends BrowserJourney {

    @Test
    void theBellListsWhatNeedsAManagerAndTheChoicesAreSaved() {
        long booking = NotifyFixture.book(NotifyFixture.hub(), 13);
        NotifyFixture.approve(booking);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "oxford.manager");
            assertThat(page.getByTestId("notifications-link")).containsText("Notifications");
            page.getByTestId("notifications-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Notifications");
            assertThat(page.getByTestId("notifications")).containsText("approved your booking MB-" + booking);
            Browser.assertAccessible(page);

            int unread = page.locator(".portal-notification--unread").count();
            page.getByTestId("notification").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("approved your booking MB-" + booking + ".")).getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator(".portal-notification--unread")).hasCount(unread - 1);

            page.getByTestId("notification-settings-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("How you get notifications");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")).click();
            assertThat(page.getByTestId("saved")).containsText("Your choices are saved");
            assertThat(page.getByTestId("security-INVITATION_ACCEPTED")).containsText("cannot be turned off");
            Browser.assertAccessible(page);
        }
    }
}
