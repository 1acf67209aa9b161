package org.cctvportal.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    private static final Pattern ACTION_LINK = Pattern.compile("(https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+)");
    /** Keycloak's "Click here to proceed" on its info page: the one link onwards into its login actions. */
    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*/login-actions/[^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

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

    /** Follows the invitation link and sets {@code password} on Keycloak's page, as the invited person does. */
    public static void setPassword(String link, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String page = get(client, link);
            for (int step = 0; step < 3 && passwordForm(page) == null; step++) {
                Matcher proceed = PROCEED.matcher(page);
                if (!proceed.find()) {
                    throw new AssertionError("no way on from Keycloak's page: " + body(page));
                }
                page = get(client, proceed.group(1).replace("&amp;", "&"));
            }
            String target = passwordForm(page);
            if (target == null) {
                throw new AssertionError("no password form on Keycloak's page: " + body(page));
            }
            String form = "password-new=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&password-confirm="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (done.statusCode() >= 400 || done.body().contains("password-new")) {
                throw new AssertionError("Keycloak did not take the password: " + done.statusCode() + " "
                        + done.body());
            }
        } catch (IOException e) {
            throw new AssertionError("could not follow the invitation link " + link, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The address the page's new-password form posts to, or null when the page has none. */
    private static String passwordForm(String page) {
        int field = page.indexOf("name=\"password-new\"");
        int form = field < 0 ? -1 : page.lastIndexOf("<form", field);
        if (form < 0) {
            return null;
        }
        Matcher action = FORM_ACTION.matcher(page.substring(form, field));
        return action.find() ? action.group(1).replace("&amp;", "&") : null;
    }

    private static String body(String page) {
        int body = page.indexOf("<body");
        return body < 0 ? page : page.substring(body);
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
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
