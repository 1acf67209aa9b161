package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The assurance pages in a real browser, axe-core on each: the PCC office from its summary to a switch-off notice,
 * its map and an acknowledgement (a missing note pointed out first); a council manager assessing a principle and
 * adding a DPIA; an evidence officer recording a subject access request; the auditor's "who watched" report.
 */
@QuarkusTest
class AssuranceJourneyTest extends BrowserJourney {

    @Test
    void thePccOfficeAcknowledgesASwitchOffNoticeFromItsSummary() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/assurance", "opcc.admin");
            assertThat(page.getByTestId("assurance-summary")).containsText("Code of practice self-assessment");
            assertThat(page.getByTestId("cop-summary")).containsText("Slough Borough Council");
            Browser.assertAccessible(page);

            page.getByTestId("open-notices").click();
            assertThat(page.getByTestId("notices")).containsText("Funding ends on");
            Browser.assertAccessible(page);
            page.locator("[data-testid=notice][data-kind=DECOMMISSIONED] a").first().click();
            assertThat(page.getByTestId("notice-map")).hasAttribute("data-ready", "true");
            assertThat(page.getByTestId("notice-cameras")).isVisible();
            Browser.assertAccessible(page);
            if (page.getByTestId("acknowledge-start").count() > 0) {
                // The notice's button leads to a confirmation page that says what acknowledging means.
                page.getByTestId("acknowledge-start").click();
                assertThat(page.getByTestId("acknowledge-consequences")).containsText("final");
                Browser.assertAccessible(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the notice")).click();
                assertThat(page.getByTestId("error-summary")).containsText("Enter a note");
                Browser.assertAccessible(page);
                page.getByLabel("Note").fill("Raised with the council's CCTV manager at the partnership board");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the notice")).click();
                assertThat(page.getByTestId("acknowledged-banner")).isVisible();
                assertThat(page.getByTestId("notice-state")).containsText("Acknowledged by opcc.admin");
                Browser.assertAccessible(page);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assurance-notice.png"))
                    .setFullPage(true));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Switch-off notices").setExact(true))
                    .first().click();
            assertThat(page.getByTestId("notices")).isVisible();

            page.navigate(page.url().replace("/assurance/notices", "/assurance/code-of-practice/partnership"));
            assertThat(page.getByTestId("cop-summary")).containsText("Oxford City Council");
            Browser.assertAccessible(page);
            page.navigate(page.url().replace("/assurance/code-of-practice/partnership", "/assurance/who-watched"));
            assertThat(page.getByTestId("who-watched")).isVisible();
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aCouncilManagerAssessesAPrincipleAndAddsADpia() {
        String reference = "DPIA-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate review = TestClock.today().plusMonths(9);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/assurance", "mk.manager");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Code of practice self-assessment"))
                    .click();
            assertThat(page.getByTestId("cop-lines")).containsText("Reference databases");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assess principle 3")).click();
            Browser.assertAccessible(page);
            page.getByLabel("How far the principle is met").selectOption("PARTLY_MET");
            page.getByLabel("Evidence").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assessment")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the evidence for principle 3");
            Browser.assertAccessible(page);
            page.getByLabel("Evidence").fill("Signage audit found two car parks without the contact point");
            page.getByLabel("Day").fill("" + review.getDayOfMonth());
            page.getByLabel("Month").fill("" + review.getMonthValue());
            page.getByLabel("Year").fill("" + review.getYear());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the assessment")).click();
            assertThat(page.getByTestId("saved-banner")).containsText("Principle 3 is saved");
            assertThat(page.locator("[data-testid=cop-line][data-principle='3']")).containsText("Partly met");
            Browser.assertAccessible(page);

            page.navigate(page.url().replaceAll("/assurance/code-of-practice.*", "/assurance/dpias"));
            Browser.assertAccessible(page);
            page.getByTestId("new-dpia").click();
            Browser.assertAccessible(page);
            page.getByLabel("Reference").fill(reference);
            page.getByLabel("Title").fill("Central Milton Keynes CCTV");
            page.getByLabel("Status").selectOption("DRAFT");
            page.getByLabel("Owner").fill("Information Governance");
            page.locator("#review-day").fill("" + review.getDayOfMonth());
            page.locator("#review-month").fill("" + review.getMonthValue());
            page.locator("#review-year").fill("" + review.getYear());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the DPIA")).click();
            assertThat(page.getByTestId("dpias")).containsText(reference);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void anEvidenceOfficerRecordsASubjectAccessRequestAndTheAuditorReadsWhoWatched() {
        String reference = "SAR-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate received = TestClock.today().minusDays(3);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/assurance/disclosures", "oxford.evidence");
            assertThat(page.getByTestId("disclosures")).containsText("Thames Valley Police");
            Browser.assertAccessible(page);
            page.getByLabel("Reference").fill(reference);
            page.getByLabel("Requester").fill("Ms R. Journey");
            page.getByLabel("Day").fill("" + received.getDayOfMonth());
            page.getByLabel("Month").fill("" + received.getMonthValue());
            page.getByLabel("Year").fill("" + received.getYear());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
            assertThat(page.getByTestId("request-detail")).containsText("Ms R. Journey");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/assurance/who-watched", "oxford.auditor");
            assertThat(page.getByTestId("who-watched")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Action").selectOption("VIEWED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            assertThat(page.getByTestId("who-watched")).isVisible();
            Browser.assertAccessible(page);
        }
    }
}
