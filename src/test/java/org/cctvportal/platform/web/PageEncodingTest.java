package org.cctvportal.platform.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Pages reach the browser as the UTF-8 they say they are, whatever characters their data holds: the portal writes a
 * page as its bytes ({@link HtmlBodyWriter}), and the templates and the values they show write every character beyond
 * ASCII as a numeric reference ({@link AsciiHtmlEscaper}), which the browser shows as the character.
 */
@QuarkusTest
class PageEncodingTest {

    @Test
    void aSiteNamedBeyondLatin1ShowsOnItsPageAsTyped() {
        String token = DemoUsers.token("oxford.manager");
        String name = "Łódź – “Rynek” Ærø " + UUID.randomUUID().toString().substring(0, 6);
        long id = ((Number) given().auth().oauth2(token).contentType("application/json; charset=UTF-8")
                .body(Map.of("name", name, "kind", "Town centre")).post("/api/v1/sites").then().statusCode(201)
                .extract().path("id")).longValue();

        Response page = given().auth().oauth2(token).get("/sites/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.contentType().toLowerCase().replace(" ", "").startsWith("text/html;charset=utf-8"),
                page.contentType());
        byte[] bytes = page.asByteArray();
        assertEquals(String.valueOf(bytes.length), page.header("Content-Length"));
        String html = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(html.contains("&#321;&#243;d&#378; &#8211; &#8220;Rynek&#8221; &#198;r&#248; "),
                "the name as typed is on the page, each character beyond ASCII as its reference");
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, "the page is ASCII: byte " + i + " is not");
        }
        // The layout's own dash is a reference to the character, which the browser shows as the dash.
        assertTrue(html.contains("&#8211; CCTV Partnership Portal</title>"), "the title's dash");
    }
}
