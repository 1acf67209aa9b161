package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's search in a real browser, axe-core on each page: an auditor narrows the trail to one action,
 * follows a row to its record, downloads exactly those events and is shown a wrong date range; the PCC analyst
 * narrows the partnership's trail to one partner.
 */
@QuarkusTest
class AuditJourneyTest extends BrowserJourney {

    @Test
    void anAuditorSearchesTheTrailDownloadsWhatItFoundAndOpensARecord() throws Exception {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            try {
                signIn(page, "/audit", "oxford.auditor");
            } catch (AssertionError e) {
                throw new AssertionError("signed in at " + page.url() + ": " + page.content(), e);
            }
            assertThat(page.getByTestId("audit-table")).isVisible();
            Browser.assertAccessible(page);

            page.getByLabel("Action").fill("camera.created");
            page.getByTestId("audit-filter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.locator("[data-testid=audit-event]").first()).isVisible();
            assertEquals(0, page.locator("[data-testid=audit-event]:not([data-audit-action='camera.created'])")
                    .count());
            Browser.assertAccessible(page);

            String shown = page.getByTestId("audit-export").textContent();
            Download download = page.waitForDownload(() -> page.getByTestId("audit-export").click());
            List<String> lines = Files.readAllLines(download.path());
            assertEquals("occurred_at,partner,person,action,record_kind,record,summary", lines.get(0));
            assertTrue(shown.contains(" " + (lines.size() - 1) + " events"), shown + " against " + lines.size());
            assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",camera.created,camera,")), "only cameras");

            page.getByTestId("audit-record-link").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cameras/\\d+$"));

            page.navigate(page.url().replaceAll("/cameras/\\d+$", "/audit"));
            page.getByLabel("From").fill("2026-07-02");
            page.getByLabel("To").fill("2026-07-01");
            page.getByTestId("audit-filter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.getByTestId("error-summary")).containsText("after the from date");
            assertThat(page.getByTestId("audit-empty")).containsText("Correct the filter");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void thePartnershipAdminReadsOnePartnersTrail() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/audit", "opcc.admin");
            assertThat(page.getByTestId("audit-table")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Partner").selectOption("tv-oxford-city");
            page.getByTestId("audit-filter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.locator("[data-testid=audit-event]").first()).containsText("Oxford City Council");
            assertEquals(0, page.locator("[data-testid=audit-event]:not(:has-text('Oxford City Council'))").count());
            Browser.assertAccessible(page);
        }
    }
}
