package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Milton Keynes' manager finds the demo webhook from the menu with the failed attempts to its address that cannot
 * exist, adds a webhook (refused first with nothing chosen, then for an address inside the portal's network), copies
 * the secret shown once, pauses, resumes and deletes it. axe-core on every page.
 */
@QuarkusTest
class WebhookJourneyTest extends BrowserJourney {

    static final String DEMO_URL = "https://vms.milton-keynes.example.invalid/portal-events";

    @Test
    void aManagerReadsTheDemoWebhooksHistoryAndAddsPausesAndDeletesOne() {
        awaitDemoHistory();
        String address = "https://hooks-" + UUID.randomUUID().toString().substring(0, 6) + ".example.org/portal";
        try (BrowserContext context = browser.newContext()) {
            Page mk = context.newPage();
            signIn(mk, "/", "mk.manager");
            mk.getByLabel("Menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Webhooks")
                    .setExact(true)).click();
            assertThat(mk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Webhooks"))).isVisible();
            Browser.assertAccessible(mk);
            mk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMO_URL)).click();
            assertThat(mk.getByTestId("attempts")).containsText("could not be found");
            Browser.assertAccessible(mk);

            mk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks").setExact(true)).first().click();
            mk.getByTestId("new-webhook").click();
            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the webhook")).click();
            assertThat(mk.getByTestId("error-summary")).containsText("Enter the address events are sent to");
            assertThat(mk.getByTestId("error-summary")).containsText("Choose at least one kind of event");
            Browser.assertAccessible(mk);
            mk.getByLabel("Address events are sent to").fill("https://169.254.169.254/latest/meta-data");
            mk.getByLabel("A hub approves or declines one of your bookings").check();
            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the webhook")).click();
            assertThat(mk.getByTestId("error-summary")).containsText("private or internal network");
            assertThat(mk.getByLabel("A hub approves or declines one of your bookings")).isChecked();
            mk.getByLabel("Address events are sent to").fill(address);
            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the webhook")).click();
            assertThat(mk.getByTestId("secret-banner")).containsText("it is not shown again");
            assertThat(mk.getByTestId("secret")).containsText("whsec_");
            assertThat(mk.getByTestId("no-attempts")).isVisible();
            Browser.assertAccessible(mk);

            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
            assertThat(mk.getByTestId("saved")).containsText("Webhook paused");
            assertThat(mk.getByTestId("webhook-status")).hasText("Paused");
            assertThat(mk.getByTestId("secret")).hasCount(0);
            Browser.assertAccessible(mk);
            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume")).click();
            assertThat(mk.getByTestId("webhook-status")).hasText("Active");
            mk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).click();
            assertThat(mk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Webhooks"))).isVisible();
            assertThat(mk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(address))).hasCount(0);
            assertThat(mk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMO_URL))).isVisible();
        }
    }

    /** The demo delivery's first failed attempt, noted by the sender a moment after start. */
    private static void awaitDemoHistory() {
        String token = DemoUsers.token("mk.manager");
        Instant end = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(end)) {
            List<Map<String, Object>> items = given().auth().oauth2(token).get("/api/v1/webhooks?size=200").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            Optional<Object> id = items.stream().filter(i -> DEMO_URL.equals(i.get("url"))).map(i -> i.get("id"))
                    .findFirst();
            if (id.isPresent() && given().auth().oauth2(token).get("/api/v1/webhooks/" + id.get() + "/deliveries")
                    .then().statusCode(200).extract().jsonPath().getInt("total") > 0) {
                return;
            }
            sleep();
        }
        assertTrue(false, "the demo webhook has no history");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
