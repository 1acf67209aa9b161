package org.cctvportal.platform.tenancy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Both pools check a connection as it leaves with the tenant statement itself (one round trip, not the driver's check
 * and then the tenant): a connection the server ended is still replaced before a request uses it, and each
 * connection carries the partner of whoever took it, whoever had it before.
 */
@QuarkusTest
class PoolTenantCheckTest {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(ReplicaReads.DATASOURCE)
    AgroalDataSource replica;

    @Test
    void bothPoolsCheckAConnectionWithTheTenantStatement() {
        assertInstanceOf(TenantConnectionInterceptor.TenantCheck.class,
                primary.getConfiguration().connectionPoolConfiguration().connectionValidator());
        assertInstanceOf(TenantConnectionInterceptor.TenantCheck.class,
                replica.getConfiguration().connectionPoolConfiguration().connectionValidator());
    }

    @Test
    void afterTheDatabaseEndsEverySessionEachPartnerIsServedItsOwnRowsAtOnce() {
        String oxford = DemoUsers.token("oxford.manager");
        String cherwell = DemoUsers.token("cherwell.manager");
        long oxfordSites = sites(oxford);
        long cherwellSites = sites(cherwell);
        assertNotEquals(oxfordSites, cherwellSites, "the two partners' estates tell them apart");

        assertTrue(LocalStackResource.stack().terminateDatabaseSessions() > 0, "the portal's sessions were ended");

        // Every connection in both pools is now dead: each request gets a new one, checked and given its partner,
        // and the partners take turns, so each takes connections the other had a moment before.
        for (int i = 0; i < 10; i++) {
            assertEquals(oxfordSites, sites(oxford));
            assertEquals(cherwellSites, sites(cherwell));
        }
        // The home page also reads through the replica's pool, whose connections were ended too.
        given().auth().oauth2(oxford).get("/").then().statusCode(200);
    }

    private static long sites(String token) {
        return given().auth().oauth2(token).get("/api/v1/sites").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
