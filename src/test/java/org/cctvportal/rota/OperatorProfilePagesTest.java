package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operator profiles through the pages: made for a person of the operator partner by its manager or a hub supervisor
 * (nobody else), a bad field named with nothing made, and a licence cut short or a profile ended shown as the shifts
 * ahead it breaks, on the rota and on the hub dashboard, by the portal's clock.
 */
@QuarkusTest
class OperatorProfilePagesTest {

    private static final Instant NOW = Instant.parse("2031-03-03T09:00:00Z");

    @Inject
    UnattendedWork unattended;

    @Inject
    OperatorService operatorService;

    @Inject
    ShiftService shiftService;

    @Inject
    AssignmentService assignments;

    FormSession supervisor;

    @BeforeEach
    void setUp() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        supervisor = FormSession.of("ods.supervisor");
    }

    @Test
    void theOperatorsManagerAndItsSupervisorsKeepProfilesAndNobodyElse() {
        given().auth().oauth2(DemoUsers.token("ods.manager")).get("/rota/operators/new").then().statusCode(200)
                .body(containsString("Add an operator profile"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then().statusCode(200)
                .body(containsString("data-testid=\"add-operator\""));
        // A council's manager holds the role but runs no hub: there are no profiles to keep.
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/rota/operators/new").then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/operators/new").then().statusCode(403);
    }

    @Test
    void aProfileIsMadeForAPersonAndABadFieldIsNamedWithNothingMade() {
        long hub = RotaFixture.hub(2, 5);
        String name = "Nadia Profile" + (System.nanoTime() % 100_000);
        UUID person = as(() -> TestOperators.person(name).id);
        supervisor.form().formParam("person", person.toString()).formParam("siaLicence", "1013 0000 1234")
                .formParam("siaExpires", "2032-01-31").formParam("contractedHours", "37")
                .formParam("trainedHubs", Long.toString(hub)).post("/rota/operators").then().statusCode(400)
                .body(containsString("govuk-error-summary"))
                .body(containsString("Enter the SIA licence number as the 16 digits"));
        assertEquals(0, count("select count(*) from operator_profile where person_id = '" + person + "'"));
        supervisor.form().formParam("person", person.toString()).formParam("siaLicence", "1013 0000 1234 5678")
                .formParam("siaExpires", "2032-01-31").formParam("contractedHours", "37")
                .formParam("trainedHubs", Long.toString(hub)).formParam("clearedPartners", "tv-oxford-city")
                .post("/rota/operators").then().statusCode(303).header("Location", endsWith("saved=created"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then()
                .body(containsString(">" + name + "</a>"));
        assertEquals(1, count("select count(*) from operator_cleared_partner c join operator_profile o on "
                + "o.id = c.operator_id where o.person_id = '" + person + "' and c.cleared_on = date '2031-03-03'"));
        // The person has a profile now: a second one is refused, and they are no longer offered.
        supervisor.form().formParam("person", person.toString()).formParam("siaLicence", "1013 0000 1234 5678")
                .formParam("siaExpires", "2032-01-31").formParam("contractedHours", "37")
                .post("/rota/operators").then().statusCode(400).body(containsString("who has no operator profile"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators/new").then()
                .body(not(containsString(person.toString())));
    }

    @Test
    void aLicenceCutShortAndAnEndedProfileShowTheShiftsTheyBreak() {
        long hub = RotaFixture.hub(2, 5);
        String name = "Owen Breaks" + (System.nanoTime() % 100_000);
        long operator = as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = "1013000055556666";
            profile.siaExpires = LocalDate.of(2033, 1, 1);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            return TestOperators.add(operatorService, profile, name).id;
        });
        // Thursday 13 March 2031, 07:00 to 15:00 in London (GMT).
        long shift = as(() -> shiftService.addShift(hub, Instant.parse("2031-03-13T07:00:00Z"),
                Instant.parse("2031-03-13T15:00:00Z"), RotaShift.Role.OPERATOR, 1).id);
        as(() -> {
            assignments.assign(shift, operator);
            return null;
        });
        String week = "/rota/hubs/" + hub + "?week=2031-03-10";
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get(week).then().statusCode(200)
                .body(containsString("data-testid=\"no-broken-shifts\""));
        String form = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators/" + operator)
                .then().statusCode(200).extract().asString();
        supervisor.form().formParam("version", form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"))
                .formParam("siaLicence", "1013000055556666").formParam("siaExpires", "2031-03-12")
                .formParam("contractedHours", "40").formParam("trainedHubs", Long.toString(hub))
                .post("/rota/operators/" + operator).then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get(week).then().statusCode(200)
                .body(containsString("data-testid=\"broken-shift\""))
                .body(containsString("Valid SIA licence: " + name + "&#39;s licence expires on 12 Mar 2031"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/dashboard/hub").then().statusCode(200)
                .body(containsString("data-testid=\"hub-broken-shifts\""))
                .body(containsString("Valid SIA licence: " + name));
        supervisor.form().formParam("active", "no").post("/rota/operators/" + operator + "/active").then()
                .statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get(week).then()
                .body(containsString("Active: " + name + "&#39;s profile is inactive"));
    }

    private long count(String query) {
        try (Connection db = RotaFixture.portalRole("tv-ods")) {
            return RotaFixture.number(db, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner("tv-ods", "thames-valley", work);
        } finally {
            context.terminate();
        }
    }
}
