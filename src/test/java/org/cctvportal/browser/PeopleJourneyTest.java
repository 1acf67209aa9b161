package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * A council manager in a real browser manages their people: opens People, invites a colleague (after a mistake the
 * form points out), the colleague sets a password from the e-mail and signs in, the manager deactivates them, and
 * the colleague's next page load is refused although their session cookie is still there. Axe checks every page.
 */
@QuarkusTest
class PeopleJourneyTest extends BrowserJourney {

    @Test
    void inviteListAndDeactivateAColleague() {
        String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@cherwell.test";
        try (BrowserContext managerContext = browser.newContext();
                BrowserContext colleagueContext = browser.newContext()) {
            Page manager = managerContext.newPage();
            signIn(manager, "/", "cherwell.manager");
            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).first()
                    .click();
            assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("People");
            assertThat(manager.getByTestId("people-table")).containsText("cherwell.viewer@demo.cctv-portal.test");
            Browser.assertAccessible(manager);

            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite a person")).click();
            Browser.assertAccessible(manager);
            manager.getByLabel("E-mail address").fill("not-an-address");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
            assertThat(manager.getByTestId("error-summary"))
                    .containsText("Enter an e-mail address in the correct format");
            assertThat(manager.getByTestId("error-summary")).containsText("Choose at least one role");
            Browser.assertAccessible(manager);

            manager.getByLabel("E-mail address").fill(email);
            manager.getByLabel("First name").fill("Robin");
            manager.getByLabel("Last name").fill("Colleague");
            manager.getByLabel("Partner viewer").check();
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
            assertThat(manager.getByTestId("done-banner")).containsText("Invitation sent to " + email);
            Locator row = manager.locator("tr[data-person='" + email + "']");
            assertThat(row.getByTestId("state")).hasText("Invited");
            Browser.assertAccessible(manager);

            Page colleague = colleagueContext.newPage();
            Mailbox.setPassword(colleague, Mailbox.invitationLink(email), "Colleague-pass-1");
            colleague.navigate(LocalStackResource.stack().portalBaseUrl() + "/");
            if (colleague.getByLabel("Username or email").count() > 0) {
                colleague.getByLabel("Username or email").fill(email);
                colleague.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("Colleague-pass-1");
                colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
            }
            assertThat(colleague.getByTestId("partner-name")).containsText("Cherwell District Council");
            Browser.assertAccessible(colleague);

            manager.reload();
            assertThat(row.getByTestId("state")).hasText("Active");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate Robin Colleague"))
                    .click();
            assertThat(manager.getByTestId("done-banner")).containsText(email + " is deactivated");
            assertThat(row.getByTestId("state")).hasText("Deactivated");
            Browser.assertAccessible(manager);

            colleague.reload();
            assertThat(colleague.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Your account has been deactivated");
            Browser.assertAccessible(colleague);
        }
    }
}
