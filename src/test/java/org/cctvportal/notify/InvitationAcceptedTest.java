package org.cctvportal.notify;

import static io.restassured.RestAssured.given;
import static org.cctvportal.notify.NotifyFixture.awaitMessage;
import static org.cctvportal.notify.NotifyFixture.mail;
import static org.cctvportal.notify.NotifyFixture.messagesWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * An invited person's first sign-in is security mail to their partner's managers, always sent at once, once, and to
 * nobody of another partner.
 */
@QuarkusTest
class InvitationAcceptedTest {

    @Test
    void theManagersLearnOfANewAccountOnItsFirstRequest() {
        String last = "Joiner" + UUID.randomUUID().toString().substring(0, 6);
        String email = last.toLowerCase() + "@people.test";
        given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("email", email, "firstName", "Jo", "lastName", last, "roles", List.of("partner-viewer")))
                .post("/api/v1/people").then().statusCode(201);
        Mailbox.setPassword(Mailbox.invitationLink(email), "Invited-pass-1");
        String token = given().formParam("grant_type", "password").formParam("client_id", "cctv-portal-local-cli")
                .formParam("username", email).formParam("password", "Invited-pass-1")
                .post(LocalStackResource.stack().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        String message = awaitMessage(mail("oxford.manager"), "Jo " + last + " has started using the portal");
        assertTrue(message.contains("This is security mail"), message);
        NotifyFixture.sleep(2000);
        assertEquals(1, messagesWith(mail("oxford.manager"), "Jo " + last + " has started").size(), "told once");
        for (String other : List.of("oxford.viewer", "cherwell.manager", "opcc.admin")) {
            assertEquals(List.of(), messagesWith(mail(other), "Jo " + last), other);
        }
        assertEquals(List.of(), messagesWith(email, "has started using the portal"), "not told of themselves");
    }
}
