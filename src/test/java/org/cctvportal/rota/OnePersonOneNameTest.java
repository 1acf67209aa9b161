package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person has one name wherever the portal shows it: the header, their own rota page and the supervisor's list of
 * operators all say "Rachel Green" (the header once said "Sam ODS" while the rota said Rachel Green).
 */
@QuarkusTest
class OnePersonOneNameTest {

    private static final Pattern HEADER = Pattern.compile("data-testid=\"signed-in-user\">([^<]+)<");
    private static final Pattern MINE = Pattern.compile("data-testid=\"my-name\">([^<]+)<");

    @ParameterizedTest
    @CsvSource({ "ods.supervisor, Rachel Green", "ods.operator, Sam Osei" })
    void theHeaderTheRotaAndTheOperatorListAgree(String user, String name) {
        String mine = given().auth().oauth2(DemoUsers.token(user)).get("/rota/mine").then().statusCode(200)
                .extract().asString();
        assertEquals(name, first(HEADER, mine), "the header");
        assertEquals(name, first(MINE, mine), "the rota page");
        String operators = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then()
                .statusCode(200).extract().asString();
        assertTrue(operators.contains(">" + name + "</a>"), "the operator list names " + name);
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), "no " + pattern + " on the page");
        return matcher.group(1).strip();
    }
}
