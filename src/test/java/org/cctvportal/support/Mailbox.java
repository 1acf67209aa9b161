package org.cctvportal.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.stack.LocalStackResource;

/**
 * The local stack's mail server (GreenMail) read through its REST API, and the link in Keycloak's invitation
 * e-mail followed as a person would: set a password on Keycloak's page, then sign in with it.
 */
public final class Mailbox {

    private static final Pattern ACTION_LINK =
            Pattern.compile("(https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+)");

    private Mailbox() {
    }

    /** The messages GreenMail holds for {@code address} (subject and raw MIME text each). */
    public static List<String> messages(String address) {
        JsonPath json = given().get(LocalStackResource.stack().mailApiUrl() + "/api/user/" + address + "/messages/")
                .then().extract().jsonPath();
        List<String> raw = json.getList("mimeMessage");
        return raw == null ? List.of() : raw;
    }

    /** Waits (up to 20 s) for the invitation to {@code address} and returns its "set your password" link. */
    public static String invitationLink(String address) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (String message : messages(address)) {
                Matcher link = ACTION_LINK.matcher(unfold(message));
                if (link.find()) {
                    return link.group(1).replace("&amp;", "&");
                }
            }
            sleep();
        }
        throw new AssertionError("no invitation e-mail for " + address + " within 20 s; mail: " + messages(address));
    }

    /**
     * Follows the invitation link in a real browser and sets {@code password} on Keycloak's page, as the invited person
     * does (a browser, because Keycloak's session cookies are marked Secure, which a browser honours on localhost).
     */
    public static void setPassword(String link, String password) {
        try (BrowserContext context = Chromium.shared().newContext()) {
            setPassword(context.newPage(), link, password);
        }
    }

    /** The same in a page of a browser the test already has. */
    public static void setPassword(Page page, String link, String password) {
        page.navigate(link);
        Locator proceed = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Click here to proceed"));
        if (proceed.count() > 0) {
            proceed.click();
        }
        page.getByLabel("New Password").fill(password);
        page.getByLabel("Confirm password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
        assertThat(page.getByLabel("New Password")).hasCount(0);
    }

    /** The message with quoted-printable soft line breaks and escapes undone, so a long link reads whole. */
    static String unfold(String message) {
        return message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
