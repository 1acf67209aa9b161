package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Oxford's evidence officer sends a subject access package in a real browser, axe-core on each page: from the
 * evidence list to the packages (the demo's sent one among them), the form refused empty, then the demo's extended
 * request, its redacted Westgate copy, a reason and a line for the letter; the job making it to its end, the
 * package page, and the disclosure
 * register showing the package and the request answered.
 */
@QuarkusTest
class DisclosurePackageJourneyTest extends BrowserJourney {

    static final String REQUEST = "SAR-2026-033";

    @Test
    void anEvidenceOfficerSendsASubjectAccessPackageAndFindsItInTheRegister() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence", "oxford.evidence");
            Browser.assertAccessible(page);
            page.getByTestId("packages-link").click();
            assertThat(page.getByTestId("packages")).containsText("Subject access request SAR-2026-041");
            Browser.assertAccessible(page);

            page.getByTestId("new-package").click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the package")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Select the files to disclose");
            Browser.assertAccessible(page);

            page.getByLabel("What the package answers", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("SUBJECT_ACCESS");
            Locator request = page.locator("#request option", new Page.LocatorOptions().setHasText(REQUEST));
            page.getByLabel("Subject access request", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(request.getAttribute("value"));
            page.getByLabel("Third parties blurred").first().check();
            page.getByLabel("Why the footage is disclosed").fill("Article 15 UK GDPR: the requester's own images");
            page.getByLabel("Anything else for the covering letter (optional)")
                    .fill("Please contact us within a month if anything is missing.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the package")).click();

            // The package is made as a job: its page shows the progress, then the outcome and a link to the package.
            assertThat(page.locator("h1")).hasText("Making a disclosure package");
            Browser.assertAccessible(page);
            assertThat(page.getByTestId("job-status")).hasAttribute("data-status", "DONE",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.getByTestId("job-percent")).hasText("100%");
            assertThat(page.getByTestId("job-message")).containsText("Disclosure package DP-");
            Browser.assertAccessible(page);
            page.getByTestId("job-result").click();

            assertThat(page.getByTestId("sent-banner")).containsText("the subject access request's clock has stopped");
            assertThat(page.getByTestId("package-summary")).containsText(REQUEST);
            assertThat(page.getByTestId("package-manifest")).containsText("westgate-L2-redacted.ts");
            Browser.assertAccessible(page);
            String reference = page.locator("h1").innerText().strip();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/disclosure-package.png"))
                    .setFullPage(true));

            page.navigate(page.url().replaceAll("/evidence/packages.*", "/assurance/disclosures"));
            assertThat(page.getByTestId("disclosures")).containsText("Disclosure package " + reference);
            assertThat(page.locator("[data-reference='" + REQUEST + "']")).containsText("Responded");
            Browser.assertAccessible(page);
        }
    }
}
