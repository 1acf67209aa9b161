package org.cctvportal.estate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The estate behind the database's own wall, with native SQL as the portal's role: another partner's cameras are
 * invisible and unchangeable, a camera cannot point at another partner's site, and reference data stays in its
 * partnership.
 */
@QuarkusTest
class EstateRowLevelSecurityTest {

    private Connection portalRole(String partner, String partnership) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false), "
                    + "set_config('app.partnership', '" + partnership + "', false)");
        }
        return connection;
    }

    private static long number(Statement sql, String query) throws SQLException {
        var rows = sql.executeQuery(query);
        rows.next();
        return rows.getLong(1);
    }

    @Test
    void anotherPartnersCamerasAreInvisibleAndUnchangeable() throws SQLException {
        long id = EstateApiTest.oxfordCamera(EstateApiTest.unique("RLS"), EstateApiTest.unique("Carfax"), "Axis");
        try (Connection connection = portalRole("tv-cherwell", "thames-valley");
                Statement sql = connection.createStatement()) {
            assertEquals(0, number(sql, "select count(*) from camera where id = " + id));
            assertEquals(0, number(sql, "select count(*) from camera where partner_id = 'tv-oxford-city'"));
            assertEquals(0, sql.executeUpdate("update camera set status = 'DECOMMISSIONED' where id = " + id));
            assertEquals(0, sql.executeUpdate("delete from camera where id = " + id));
            assertTrue(number(sql, "select count(*) from camera") > 0, "Cherwell reads its own cameras");
        }
        try (Connection connection = portalRole("tv-oxford-city", "thames-valley");
                Statement sql = connection.createStatement()) {
            assertEquals(1, number(sql, "select count(*) from camera where id = " + id + " and status = 'LIVE'"));
        }
    }

    @Test
    void aCameraCannotPointAtAnotherPartnersSite() throws SQLException {
        String siteName = EstateApiTest.unique("Bonn Square");
        EstateApiTest.as("oxford.manager").body(Map.of("name", siteName, "kind", "Town centre"))
                .post("/api/v1/sites").then().statusCode(201);
        long oxfordSite = EstateApiTest.as("oxford.manager").get("/api/v1/sites?q=" + siteName).jsonPath()
                .getLong("items[0].id");
        try (Connection connection = portalRole("tv-cherwell", "thames-valley");
                Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute(
                    "insert into camera (id, partner_id, asset_tag, site_id, type, status) values "
                            + "(nextval('camera_seq'), 'tv-cherwell', 'ROGUE-1', " + oxfordSite + ", 'FIXED', 'LIVE')"));
            assertTrue(refused.getMessage().contains("foreign key"), refused.getMessage());
        }
    }

    @Test
    void referenceDataBelongsToItsPartnershipOnly() throws SQLException {
        try (Connection connection = portalRole("as-bristol", "avon-somerset");
                Statement sql = connection.createStatement()) {
            assertTrue(number(sql, "select count(*) from manufacturer") >= 20);
            assertEquals(0, number(sql, "select count(*) from manufacturer where partnership_id <> 'avon-somerset'"));
            assertEquals(0, number(sql, "select count(*) from operating_system where partnership_id = 'thames-valley'"));
            SQLException planted = assertThrows(SQLException.class, () -> sql.execute("insert into manufacturer (id,"
                    + " partnership_id, name) values (nextval('manufacturer_seq'), 'thames-valley', 'Planted Maker')"));
            assertEquals("42501", planted.getSQLState(), planted.getMessage());
        }
    }
}
