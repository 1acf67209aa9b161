package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * A council manager finds a camera from the search box in the header, keeps the term in the box, narrows the results
 * to one kind, follows a result to its page, and meets the empty state and the error summary; axe-core on each page.
 */
@QuarkusTest
class SearchJourneyTest extends BrowserJourney {

    @Test
    void theHeaderSearchFindsACameraAndLeadsToIt() {
        String word = "JRNY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = DemoUsers.token("oxford.manager");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", word + " Green", "kind",
                "Town centre")).post("/api/v1/sites").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("assetTag", word + "-01", "site",
                word + " Green", "manufacturer", "Axis", "type", "Dome", "status", "Live")).post("/api/v1/cameras")
                .then().statusCode(201);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "oxford.manager");
            page.getByLabel("Search the portal").fill(word.toLowerCase());
            page.getByTestId("header-search").getByRole(AriaRole.BUTTON).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Search results");
            assertThat(page.getByTestId("search-total")).containsText("2 results");
            assertThat(page.getByTestId("search-group-camera")).containsText(word + "-01");
            assertThat(page.getByTestId("search-group-site")).containsText(word + " Green");
            assertThat(page.getByLabel("Search the portal"))
                    .hasValue(word.toLowerCase());
            Browser.assertAccessible(page);

            page.getByTestId("search-kinds").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                    .GetByRoleOptions().setName("Sites (1)")).click();
            assertThat(page.getByTestId("search-group-camera")).hasCount(0);
            assertThat(page.getByTestId("search-group-site")).isVisible();
            page.getByTestId("search-kinds").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                    .GetByRoleOptions().setName("All kinds")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(word + "-01")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(word + "-01");
            Browser.assertAccessible(page);

            page.getByLabel("Search the portal").fill("no such " + word);
            page.getByTestId("header-search").getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("search-empty")).containsText("No camera, site, recorder");
            Browser.assertAccessible(page);

            page.getByLabel("Camera tag, site or recorder name, booking or evidence reference").fill(" ");
            page.getByTestId("search-page-form").getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter a camera tag");
            Browser.assertAccessible(page);
        }
    }
}
