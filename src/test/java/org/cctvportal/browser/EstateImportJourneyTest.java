package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * A council CCTV manager imports a camera file in a real browser: one row names a site that does not exist, the
 * preview says which line and why, the corrected file imports while its progress page counts the rows to the end,
 * and the cameras are found in the list. Every page on the way passes axe-core.
 */
@QuarkusTest
class EstateImportJourneyTest extends BrowserJourney {

    @Test
    void importACameraFileFixABadRowAndFindTheCameras() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String site = "Journey square " + id;
        Path dir = Files.createTempDirectory("estate-import");
        Path sites = Files.writeString(dir.resolve("sites.csv"), "name,kind\n" + site + ",Town centre\n");
        String header = "asset_tag,site,manufacturer,type,status\n";
        Path bad = Files.writeString(dir.resolve("cameras.csv"), header + "JRN-" + id + "-1," + site
                + ",Axis,Dome,Live\nJRN-" + id + "-2,Journey sqaure " + id + ",Axis,Fixed,Live\n");
        StringBuilder more = new StringBuilder();
        for (int row = 3; row <= 12; row++) {
            more.append("JRN-").append(id).append('-').append(row).append(',').append(site).append(",Axis,Dome,Live,,\n");
        }
        Path fixed = Files.writeString(dir.resolve("cameras-fixed.csv"), header.replace("\n", ",latitude,longitude\n")
                + "JRN-" + id + "-1," + site + ",Axis,Dome,Live,51.7521,-1.2578\nJRN-" + id + "-2," + site
                + ",Axis,Fixed,Live,51.7524,-1.2581\n" + more);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/cameras");
            page.getByLabel("Username or email").fill("oxford.manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Cameras");
            Browser.assertAccessible(page);

            importFile(page, "Sites", sites);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 1 sites")).click();
            followToTheEnd(page);
            assertThat(page.getByTestId("imported-banner")).containsText("1 created");
            Browser.assertAccessible(page);

            page.navigate(LocalStackResource.stack().portalBaseUrl() + "/cameras");
            importFile(page, "Cameras", bad);
            assertThat(page.getByTestId("problem-count")).hasText("1 problem to fix");
            assertThat(page.getByTestId("problems")).containsText("Unknown site \"Journey sqaure " + id + "\"");
            assertThat(page.locator("[data-testid=problem]")).hasAttribute("data-line", "3");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload a corrected file")).click();
            importFile(page, "Cameras", fixed);
            assertThat(page.getByTestId("to-create")).hasText("12");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 12 cameras")).click();
            followToTheEnd(page);
            assertThat(page.getByTestId("imported-banner")).containsText("12 created, 0 updated, 0 unchanged");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to cameras")).click();
            page.getByTestId("camera-filters").getByLabel("Search").fill("JRN-" + id);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
            assertThat(page.getByTestId("camera-count")).containsText("of 12 cameras");
            assertThat(page.locator("[data-asset-tag='JRN-" + id + "-2']")).isVisible();
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map").setExact(true)).click();
            assertThat(page.locator("[data-testid=map-camera][data-asset-tag='JRN-" + id + "-1']")).containsText("51.7521");
            assertThat(page.locator("[data-testid=map-camera][data-asset-tag='JRN-" + id + "-2']")).isVisible();
            Browser.assertAccessible(page);
        }
    }

    /**
     * On the import's progress page: a progress bar with its percentage in words, updated by the page itself (HTMX,
     * every 2 s) until the import is done, then the link to the outcome. Checked by axe on the way and at the end.
     */
    private static void followToTheEnd(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importing to the estate");
        assertThat(page.getByTestId("job-live")).hasAttribute("aria-live", "polite");
        Browser.assertAccessible(page);
        assertThat(page.locator("[data-testid=job-status][data-status=DONE]"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        assertThat(page.getByTestId("job-percent")).hasText("100%");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the outcome")).click();
    }

    /** From the camera list (or a page with the upload form), choose the kind of file, upload it and check it. */
    private static void importFile(Page page, String kind, Path file) {
        if (!page.url().contains("/estate/import")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import cameras or sites")).click();
            Browser.assertAccessible(page);
        }
        page.getByLabel(kind, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Upload a file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check")).click();
    }
}
