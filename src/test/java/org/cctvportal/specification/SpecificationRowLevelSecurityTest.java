package org.cctvportal.specification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A ratified version never changes, even through native SQL as the portal's role: its rules and its own columns are
 * refused by the database's triggers; another partnership's versions are invisible.
 */
@QuarkusTest
class SpecificationRowLevelSecurityTest {

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
    void theDatabaseRefusesChangesToARatifiedVersion() throws SQLException {
        try (Connection connection = portalRole("tv-opcc", "thames-valley");
                Statement sql = connection.createStatement()) {
            long ratified = number(sql, "select id from specification_version where status = 'RATIFIED'");
            SQLException rule = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update spec_min_resolution set min_mp = 1 where version_id = " + ratified));
            assertTrue(rule.getMessage().contains("is not a draft"), rule.getMessage());
            SQLException deleted = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "delete from spec_flagged_maker where version_id = " + ratified));
            assertTrue(deleted.getMessage().contains("is not a draft"), deleted.getMessage());
            SQLException added = assertThrows(SQLException.class, () -> sql.executeUpdate("insert into"
                    + " spec_min_resolution (id, partnership_id, version_id, camera_type, min_mp) values"
                    + " (nextval('spec_rule_seq'), 'thames-valley', " + ratified + ", 'FIXED', 1)"));
            assertTrue(added.getMessage().contains("is not a draft"), added.getMessage());
            SQLException own = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update specification_version set max_asset_age_years = 1 where id = " + ratified));
            assertTrue(own.getMessage().contains("cannot change"), own.getMessage());
            SQLException reopened = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "update specification_version set status = 'DRAFT', ratified_at = null where id = " + ratified));
            assertTrue(reopened.getMessage().contains("cannot change"), reopened.getMessage());
            assertEquals(10, number(sql, "select max_asset_age_years from specification_version where id = "
                    + ratified));
        }
    }

    @Test
    void anotherPartnershipsVersionsAreInvisibleAndUnchangeable() throws SQLException {
        try (Connection connection = portalRole("as-bristol", "avon-somerset");
                Statement sql = connection.createStatement()) {
            assertEquals(0, number(sql, "select count(*) from specification_version "
                    + "where partnership_id = 'thames-valley'"));
            assertEquals(0, number(sql, "select count(*) from spec_flagged_maker "
                    + "where partnership_id = 'thames-valley'"));
            assertEquals(0, sql.executeUpdate("update specification_version set notes = 'x' "
                    + "where partnership_id = 'thames-valley'"));
        }
        try (Connection connection = portalRole("tv-oxford-city", "thames-valley");
                Statement sql = connection.createStatement()) {
            // The positive control: Thames Valley's partners do read those versions and rules.
            assertTrue(number(sql, "select count(*) from specification_version") > 0);
            assertTrue(number(sql, "select count(*) from spec_flagged_maker") > 0);
        }
    }
}
