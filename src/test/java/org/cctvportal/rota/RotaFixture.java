package org.cctvportal.rota;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test hubs of the rota's own, made through the portal's database role as their operator partner. */
public final class RotaFixture {

    private RotaFixture() {
    }

    static Connection portalRole(String partner) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
        }
        return connection;
    }

    static long number(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A hub of tv-ods with {@code consoles} staffed around the clock in its plan, serving two councils. */
    public static long hub(int consoles, int perOperator) {
        try (Connection connection = portalRole("tv-ods"); Statement sql = connection.createStatement()) {
            long id = number(connection, "insert into hub (id, partnership_id, operator_partner_id, name, address, "
                    + "consoles, cameras_per_operator, opening_pattern) values (nextval('hub_seq'), 'thames-valley', "
                    + "'tv-ods', 'Rota hub " + System.nanoTime() + "', '1 Test Street', " + consoles + ", "
                    + perOperator + ", 'Always') returning id");
            org.cctvportal.monitoring.MonitoringFixture.serve(id, "tv-oxford-city", "tv-milton-keynes");
            sql.execute("insert into hub_staffing select nextval('hub_staffing_seq'), " + id + ", d, 0, 24, "
                    + consoles + " from generate_series(1, 7) d");
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the named operators off every shift within a day either side of {@code day} (London), so a test may put
     * them on that day: the demo rota fills the week from next Monday, which is tomorrow when a test runs on a Sunday.
     */
    public static void freeAround(java.time.LocalDate day, String... usernames) {
        var zone = org.cctvportal.platform.web.LondonTime.ZONE;
        String from = day.minusDays(1).atStartOfDay(zone).toOffsetDateTime().toString();
        String to = day.plusDays(2).atStartOfDay(zone).toOffsetDateTime().toString();
        try (Connection connection = portalRole("tv-ods"); Statement sql = connection.createStatement()) {
            sql.execute("delete from rota_assignment a using operator_profile p where p.id = a.operator_id"
                    + " and lower(p.username) in ('" + String.join("', '", usernames).toLowerCase() + "')"
                    + " and a.period && tstzrange('" + from + "', '" + to + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
