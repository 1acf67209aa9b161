package org.cctvportal.platform;

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
 * The database's own wall: connected as the portal's role (which owns nothing), a query with no partner set sees no
 * rows and cannot write, and a partner set sees its own rows only.
 */
@QuarkusTest
class RowLevelSecurityTest {

    private Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** PostgreSQL's refusal of a row its policies do not admit, or of a table the role may not write. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static long count(Statement sql, String table) throws SQLException {
        var rows = sql.executeQuery("select count(*) from " + table);
        rows.next();
        return rows.getLong(1);
    }

    @Test
    void withNoPartnerSetNothingIsVisible() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            assertEquals(0, count(sql, "partner"));
            assertEquals(0, count(sql, "partnership"));
            assertEquals(0, count(sql, "audit_event"));
            assertEquals(0, count(sql, "camera"));
            // The positive control: the same connection with a partner set reads that partner's rows.
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            assertEquals(1, count(sql, "partner"));
            assertEquals(1, count(sql, "partnership"));
            assertTrue(count(sql, "camera") > 0, "Oxford's cameras");
        }
    }

    @Test
    void withNoPartnerSetNothingCanBeWritten() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("insert into partner (id, "
                    + "partnership_id, name, kind, status) values ('rogue', 'thames-valley', 'Rogue', 'COUNCIL', 'LIVE')"));
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
            SQLException site = assertThrows(SQLException.class, () -> sql.execute("insert into site (id, partner_id, "
                    + "name, kind) values (-1, 'tv-oxford-city', 'Rogue', 'TOWN_CENTRE')"));
            assertEquals(INSUFFICIENT_PRIVILEGE, site.getSQLState(), site.getMessage());
            assertTrue(site.getMessage().contains("row-level security"), site.getMessage());
        }
    }

    @Test
    void aPartnerSeesOnlyItsOwnRowEvenWithNativeSql() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            assertEquals(1, count(sql, "partner"));
            var row = sql.executeQuery("select id from partner");
            row.next();
            assertEquals("tv-oxford-city", row.getString(1));
            assertEquals(0, sql.executeUpdate(
                    "update partner set dp_contact_name = 'Taken over' where id = 'tv-cherwell'"));
            // The positive control: the same statement on the partner's own row reaches it (and is rolled back).
            connection.setAutoCommit(false);
            assertEquals(1, sql.executeUpdate(
                    "update partner set dp_contact_name = dp_contact_name where id = 'tv-oxford-city'"));
            connection.rollback();
        }
    }

    @Test
    void thePartnershipScopeReadsOnlyItsOwnPartnershipAndCannotWrite() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', 'as-opcc', false), "
                    + "set_config('app.partnership', 'avon-somerset', false), set_config('app.scope', 'partnership', false)");
            var rows = sql.executeQuery("select count(*) filter (where partnership_id <> 'avon-somerset'), count(*) "
                    + "from partner");
            rows.next();
            assertEquals(0, rows.getLong(1));
            assertEquals(3, rows.getLong(2), "its PCC office, Bristol and the operator of its hub");
            assertEquals(0, sql.executeUpdate(
                    "update partner set dp_contact_name = 'Taken over' where id = 'as-bristol'"));
        }
    }

    @Test
    void thePortalRoleOwnsNothingAndCannotBypassPolicies() throws SQLException {
        try (Connection connection = portalRole(); Statement sql = connection.createStatement()) {
            var rows = sql.executeQuery("select rolbypassrls, rolsuper, (select count(*) from pg_tables "
                    + "where tableowner = current_user) from pg_roles where rolname = current_user");
            rows.next();
            assertEquals(false, rows.getBoolean(1));
            assertEquals(false, rows.getBoolean(2));
            assertEquals(0, rows.getLong(3));
        }
    }
}
