package org.cctvportal.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user posting the portal's HTML forms: a bearer token, plus the CSRF cookie and form token taken from a page
 * exactly as a browser would get them. Each request carries the user's current token (renewed before it expires), so
 * a session held through a long test is still signed in.
 */
public final class FormSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String username;
    private final String cookie;
    private final String formToken;

    private FormSession(String username, String cookie, String formToken) {
        this.username = username;
        this.cookie = cookie;
        this.formToken = formToken;
    }

    public static FormSession of(String username) {
        String token = DemoUsers.token(username);
        Response home = given().auth().oauth2(token).get("/");
        Matcher matcher = FORM_TOKEN.matcher(home.asString());
        if (home.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("no form token on the home page for " + username + ": " + home.statusCode());
        }
        return new FormSession(username, home.getCookie("csrf-token"), matcher.group(1));
    }

    /** A request carrying the token and CSRF cookie; add form params, then post. */
    public RequestSpecification form() {
        return given().auth().oauth2(token()).cookie("csrf-token", cookie).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", formToken);
    }

    /** A multipart request (a file upload) carrying the form token as a form field, as the browser sends it. */
    public RequestSpecification multipart() {
        return given().auth().oauth2(token()).cookie("csrf-token", cookie).redirects().follow(false)
                .multiPart("csrf-token", formToken);
    }

    /** A request carrying the form token in the header HTMX and the portal's scripts send (a streamed upload). */
    public RequestSpecification headers() {
        return given().auth().oauth2(token()).cookie("csrf-token", cookie).redirects().follow(false)
                .header("X-CSRF-TOKEN", formToken);
    }

    public String token() {
        return DemoUsers.token(username);
    }

    /** The same request without the form token, as a forged cross-site post would arrive. */
    public RequestSpecification forgedForm() {
        return given().auth().oauth2(token()).cookie("csrf-token", cookie).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded");
    }
}
