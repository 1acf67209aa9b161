package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Rate limits on the running portal: a machine client past its allowance (the test profile's small one) is answered
 * 429 with Retry-After and the API's error shape while a person's calls go on; sign-in and secret-link routes count
 * per client address, so a flood from one loopback address is refused while another address is still served.
 */
@QuarkusTest
class RateLimitTest {

    private static int config(String key) {
        return ConfigProvider.getConfig().getValue(key, Integer.class);
    }

    @Test
    void aMachineClientPastItsAllowanceIsToldWhenToComeBackAndOthersAreStillServed() {
        JsonPath made = given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("name", "Busy system " + UUID.randomUUID().toString().substring(0, 8),
                        "roles", List.of("partner-viewer")))
                .post("/api/v1/machine-clients").then().statusCode(201).extract().jsonPath();
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", made.getString("client.clientId"))
                .formParam("client_secret", made.getString("clientSecret"))
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        int allowance = config("portal.rate-limits.machine-client-requests");
        // The allowance refills evenly while the requests are sent (slowly on a busy machine): count until refused.
        int served = 0;
        while (served < allowance * 4
                && given().auth().oauth2(token).get("/api/v1/me").then().extract().statusCode() == 200) {
            served++;
        }
        assertTrue(served >= allowance && served < allowance * 4, "served before the limit: " + served);
        String retryAfter = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(429)
                .body("status", equalTo(429)).body("message", containsString("Try again in"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, retryAfter);
        // Another caller has its own allowance.
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .post("/api/v1/machine-clients/" + made.getString("client.id") + "/revoke").then().statusCode(200);
    }

    @Test
    void signInFromOneAddressIsLimitedAndAnotherAddressIsStillServed() throws IOException {
        URI portal = URI.create(LocalStackResource.stack().portalBaseUrl());
        InetAddress flooding = InetAddress.getByName("127.0.0.7");
        int allowance = config("portal.rate-limits.sign-in-requests");
        int served = 0;
        String retryAfter = null;
        // The allowance refills evenly while the requests are sent: count until refused, within a bound.
        while (retryAfter == null && served < allowance * 4) {
            String answer = get(portal, flooding, "/login");
            if (answer.startsWith("HTTP/1.1 429")) {
                retryAfter = header(answer, "Retry-After");
            } else {
                served++;
            }
        }
        assertTrue(served >= allowance && retryAfter != null, "served before the limit: " + served);
        assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);
        // The allowance refills one request at a time while these are sent (every 150 ms in the test profile), so a
        // refill may let one through; an allowance of its own would serve hundreds before refusing.
        int linksServed = 0;
        while (linksServed < 10
                && !get(portal, flooding, "/rota/feed/no-such-secret.ics").startsWith("HTTP/1.1 429")) {
            linksServed++;
        }
        assertTrue(linksServed < 10, "a secret link from the same address counts against the same allowance: "
                + linksServed + " served after sign-in was refused");
        String other = get(portal, InetAddress.getByName("127.0.0.8"), "/login");
        assertNotEquals("429", other.substring(9, 12), other);
    }

    /** A GET sent from the given loopback address, answered as raw text (status line, headers). */
    private static String get(URI portal, InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), portal.getPort(), from, 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }
}
