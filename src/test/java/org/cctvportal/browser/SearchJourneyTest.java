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
 * to one kind, follows a result to its page, and meets the empty state and the error summary; the PCC office finds a
 * council's camera named by its council and reads it in the partnership's list; a long history is read a page at a
 * time; axe-core on each page.
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

    @Test
    void thePccOfficeFindsAPartnersCameraNamedByItsPartnerAndReadsItInThePartnershipsList() {
        String word = "PCCJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = DemoUsers.token("oxford.manager");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", word + " Quay", "kind",
                "Town centre")).post("/api/v1/sites").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("assetTag", word + "-01", "site",
                word + " Quay", "manufacturer", "Axis", "type", "Dome", "status", "Live")).post("/api/v1/cameras")
                .then().statusCode(201);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/", "opcc.analyst");
            page.getByLabel("Search the portal").fill(word);
            page.getByTestId("header-search").getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("search-total")).containsText("2 results");
            assertThat(page.getByTestId("search-group-camera").getByTestId("search-hit-partner"))
                    .hasText("Oxford City Council");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(word + "-01")).click();
            assertThat(page.getByTestId("across-partners")).isVisible();
            assertThat(page.locator("[data-asset-tag='" + word + "-01']")).hasCount(1);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aLongHistoryIsReadAPageAtATime() {
        String word = "HSTJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = DemoUsers.token("oxford.manager");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("name", word + " Row", "kind",
                "Town centre")).post("/api/v1/sites").then().statusCode(201);
        long id = ((Number) given().auth().oauth2(token).contentType("application/json").body(Map.of("assetTag",
                word + "-01", "site", word + " Row", "manufacturer", "Axis", "type", "Dome", "status", "Live"))
                .post("/api/v1/cameras").then().statusCode(201).extract().path("id")).longValue();
        for (int i = 1; i <= 20; i++) {
            int version = given().auth().oauth2(token).get("/api/v1/cameras/" + id).jsonPath().getInt("version");
            given().auth().oauth2(token).contentType("application/json").body(Map.of("firmware", "9.0." + i,
                    "version", version)).put("/api/v1/cameras/" + id).then().statusCode(200);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/cameras/" + id, "oxford.viewer");
            assertThat(page.getByTestId("history-entry")).hasCount(20);
            assertThat(page.locator("[data-audit-action='camera.created']")).hasCount(0);
            Browser.assertAccessible(page);
            page.getByTestId("history-pages-next").click();
            assertThat(page.locator("[data-audit-action='camera.created']")).hasCount(1);
            assertThat(page.getByTestId("history-pages")).containsText("Page 2 of 2");
            Browser.assertAccessible(page);
        }
    }
}
