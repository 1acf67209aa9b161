package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.UUID;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A council evidence officer records an incident, uploads a clip with the progress shown and shares it with Thames
 * Valley Police; the force's evidence officer downloads it with a reason; the custody log shows both and verifies.
 * The PCC analyst sees counts only. axe-core on every page.
 */
@QuarkusTest
class EvidenceJourneyTest extends BrowserJourney {

    @Test
    void uploadShareDownloadAndTheCustodyLogShowsIt() throws Exception {
        String title = "Journey incident " + UUID.randomUUID().toString().substring(0, 8);
        byte[] clip = clip();
        String itemPath;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence", "oxford.evidence");
            assertThat(page.getByTestId("evidence-table")).isVisible();
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record new evidence")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record evidence")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter a title");
            Browser.assertAccessible(page);

            page.getByLabel("Title").fill(title);
            page.getByLabel("Why the footage is kept").selectOption("INCIDENT");
            LocalDateTime start = TestClock.londonNow().minusHours(5).withSecond(0).withNano(0);
            page.getByLabel("Incident started (London time)").fill(start.toString());
            page.getByLabel("Incident ended (London time)").fill(start.plusMinutes(20).toString());
            page.getByLabel("Description").fill("A fight outside a bar, recorded for the police.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record evidence")).click();
            assertThat(page.getByTestId("item-title")).containsText(title);
            Browser.assertAccessible(page);
            itemPath = new java.net.URI(page.url()).getPath();

            page.getByTestId("upload-link").click();
            assertThat(page.getByTestId("upload-form")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Video file").setInputFiles(new FilePayload("cornmarket-cam4.mp4", "video/mp4", clip));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and hash")).click();
            assertThat(page.getByTestId("saved-banner")).containsText("File stored and hashed");
            assertThat(page.getByTestId("file-row")).hasCount(1);
            Browser.assertAccessible(page);

            page.getByLabel("Police force").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Thames Valley Police"));
            page.getByLabel("Share ends at the end of").fill(TestClock.today().plusDays(14).toString());
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Crime 43260299999");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
            assertThat(page.getByTestId("saved-banner")).containsText("Evidence shared");
            assertThat(page.getByTestId("share-row")).containsText("Thames Valley Police");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            signIn(page, itemPath, "tvp.evidence");
            assertThat(page.getByTestId("item-title")).containsText(title);
            Browser.assertAccessible(page);
            page.getByLabel("Reason for downloading cornmarket-cam4.mp4").fill("Case file for crime 43260299999");
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Download cornmarket-cam4.mp4")).click());
            assertArrayEquals(clip, Files.readAllBytes(download.path()));

            page.getByTestId("custody-link").click();
            assertThat(page.locator("[data-testid=custody-row][data-action=SHARED][data-actor='oxford.evidence']"))
                    .hasCount(1);
            assertThat(page.locator("[data-testid=custody-row][data-action=DOWNLOADED][data-actor='tvp.evidence']"))
                    .hasCount(1);
            // The force reads its own events and the share made to it, not the owner's, and leaves verifying to it.
            assertThat(page.locator("[data-testid=custody-row][data-action=UPLOADED]")).hasCount(0);
            assertThat(page.getByTestId("own-events-only")).isVisible();
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, itemPath + "/custody", "oxford.evidence");
            assertThat(page.locator("[data-testid=custody-row][data-action=DOWNLOADED][data-actor='tvp.evidence']"))
                    .hasCount(1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain and the files"))
                    .click();
            assertThat(page.getByTestId("verify-result")).hasAttribute("data-outcome", "intact");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence", "opcc.analyst");
            assertThat(page.getByTestId("evidence-counts")).containsText("Oxford City Council");
            assertThat(page.getByText(title)).hasCount(0);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aLegalHoldIsReleasedOnlyWhenASecondPersonConfirms() {
        String title = "Held journey " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = TestClock.londonNow().minusHours(5).withSecond(0).withNano(0);
        long item = ((Number) io.restassured.RestAssured.given().auth()
                .oauth2(org.cctvportal.support.DemoUsers.token("oxford.evidence")).contentType("application/json")
                .body(java.util.Map.of("title", title, "category", "INCIDENT", "start", start.toString(),
                        "end", start.plusMinutes(10).toString(), "description", "Held for a trial"))
                .post("/api/v1/evidence").then().statusCode(201).extract().path("id")).longValue();
        io.restassured.RestAssured.given().auth().oauth2(org.cctvportal.support.DemoUsers.token("oxford.evidence"))
                .contentType("application/json").body(java.util.Map.of("hold", true, "reason", "Trial pending"))
                .post("/api/v1/evidence/" + item + "/hold").then().statusCode(200);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence/" + item, "oxford.evidence");
            page.getByLabel("Reason for releasing the hold").fill("Verdict given");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the hold to be released"))
                    .click();
            assertThat(page.getByTestId("saved-banner")).containsText("Release of the legal hold asked for");
            assertThat(page.getByTestId("release-pending")).containsText("Release asked for by oxford.evidence");
            assertThat(page.getByTestId("item-status")).containsText("Legal hold");
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/evidence/" + item, "oxford.manager");
            page.getByLabel("Reason for confirming the release, or for keeping the hold").fill("Checked: trial over");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the release")).click();
            assertThat(page.getByTestId("saved-banner")).containsText("Legal hold changed");
            assertThat(page.getByTestId("item-status")).not().containsText("Legal hold");
            Browser.assertAccessible(page);
        }
    }

    /** A small MP4 (ftyp, free and mdat boxes) with random content. */
    static byte[] clip() {
        ByteBuffer mp4 = ByteBuffer.allocate(24 + 8 + 200_000);
        mp4.putInt(24).put("ftyp".getBytes()).put("isom".getBytes()).putInt(0x200).put("isommp41".getBytes());
        byte[] payload = new byte[200_000];
        new Random().nextBytes(payload);
        mp4.putInt(8 + payload.length).put("mdat".getBytes()).put(payload);
        return mp4.array();
    }
}
