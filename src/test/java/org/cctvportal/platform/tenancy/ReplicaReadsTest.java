package org.cctvportal.platform.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The replica datasource is bounded by tenancy like the primary: its connections carry the caller's partner, so a
 * partner counts only its own cameras (with no tenant settings, row-level security would count none), and the home
 * page shows that figure.
 */
@QuarkusTest
class ReplicaReadsTest {

    private static final String CAMERAS = "select count(*) from camera where status <> 'DECOMMISSIONED'";

    @Inject
    TenantContext context;

    @Inject
    ReplicaReads replica;

    @Inject
    EntityManager entityManager;

    @Test
    void aPartnerCountsOnlyItsOwnRowsOnTheReplica() {
        long oxford = context.asPartner("tv-oxford-city", "thames-valley", () -> replica.count(CAMERAS).orElseThrow());
        long cherwell = context.asPartner("tv-cherwell", "thames-valley", () -> replica.count(CAMERAS).orElseThrow());
        assertTrue(oxford > 0, "the replica's connections carry the partner, so its own cameras are visible");
        assertNotEquals(oxford, cherwell);
        assertEquals(primaryCount("tv-oxford-city", "thames-valley"), oxford);
        assertEquals(primaryCount("tv-cherwell", "thames-valley"), cherwell);
    }

    @Test
    void withNoPartnerTheReplicaShowsNothing() {
        assertEquals(0, replica.count(CAMERAS).orElseThrow());
    }

    @Test
    void theReplicaRefusesWrites() {
        long before = context.asPartner("tv-oxford-city", "thames-valley", () -> replica.count(CAMERAS).orElseThrow());
        assertTrue(context.asPartner("tv-oxford-city", "thames-valley",
                () -> replica.count("with gone as (delete from camera returning 1) select count(*) from gone"))
                .isEmpty());
        assertEquals(before, context.asPartner("tv-oxford-city", "thames-valley",
                () -> replica.count(CAMERAS).orElseThrow()));
    }

    @Test
    void theHomePageShowsTheSignedInPartnersCameraCount() {
        long oxford = primaryCount("tv-oxford-city", "thames-valley");
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"camera-count\">" + oxford + " cameras in your estate"));
    }

    private long primaryCount(String partner, String partnership) {
        return context.asPartner(partner, partnership, () -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) entityManager.createNativeQuery(CAMERAS).getSingleResult()).longValue()));
    }
}
