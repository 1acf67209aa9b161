package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A council manager in a real browser registers a machine client for their council's VMS (after a mistake the form
 * points out), copies its secret from the one page that shows it, finds it listed, and revokes it; the partnership
 * admin reads the footage setting. Axe checks every page.
 */
@QuarkusTest
class MachineClientJourneyTest extends BrowserJourney {

    @Test
    void registerSeeTheSecretOnceAndRevoke() {
        String name = "Cherwell VMS " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = browser.newContext(); BrowserContext admin = browser.newContext()) {
            Page manager = context.newPage();
            signIn(manager, "/people", "cherwell.manager");
            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("your machine clients")).click();
            assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Machine clients");
            assertThat(manager.getByTestId("machine-clients-table")).containsText("Cherwell reporting");
            Browser.assertAccessible(manager);

            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register a machine client"))
                    .click();
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true))
                    .click();
            assertThat(manager.getByTestId("error-summary")).containsText("Enter a name");
            assertThat(manager.getByTestId("error-summary")).containsText("Choose at least one role");
            Browser.assertAccessible(manager);

            manager.getByLabel("Name of the system").fill(name);
            manager.getByLabel("Partner viewer").check();
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true))
                    .click();
            assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText(name + " is registered");
            assertThat(manager.getByTestId("client-secret")).not().isEmpty();
            String clientId = manager.getByTestId("client-id").textContent();
            Browser.assertAccessible(manager);

            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to machine clients")).last()
                    .click();
            Locator row = manager.locator("tr[data-client='" + clientId + "']");
            assertThat(row.getByTestId("state")).hasText("Active");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke " + name)).click();
            assertThat(manager.getByTestId("done-banner")).containsText(name + " is revoked");
            assertThat(row.getByTestId("state")).containsText("Revoked");
            Browser.assertAccessible(manager);

            Page pcc = admin.newPage();
            signIn(pcc, "/people/machine-clients/footage", "opcc.admin");
            assertThat(pcc.getByLabel("No", new Page.GetByLabelOptions().setExact(true))).isChecked();
            Browser.assertAccessible(pcc);
        }
    }
}
