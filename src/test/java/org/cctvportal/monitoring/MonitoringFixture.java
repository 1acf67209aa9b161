package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test hubs made through the portal's own database role, and bookings made and decided through the API. */
public final class MonitoringFixture {

    private MonitoringFixture() {
    }

    public static Connection portalRole(String partner) throws SQLException {
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

    /**
     * The hub serves the partners, agreed in the two steps the database insists on: its operator (tv-ods) proposes,
     * the PCC office agrees.
     */
    public static void serve(long hub, String... partners) {
        String operator;
        try (Connection any = portalRole("tv-opcc")) {
            operator = text(any, "select operator_partner_id from hub where id = " + hub);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection ods = portalRole(operator); Statement proposals = ods.createStatement();
                Connection opcc = portalRole("tv-opcc"); Statement agreements = opcc.createStatement()) {
            for (String partner : partners) {
                proposals.execute("insert into hub_service_proposal values (" + hub + ", '" + partner
                        + "', 'fixture', now())");
                agreements.execute("select hub_service_agree(" + hub + ", '" + partner + "', 'fixture', now())");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static long number(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * A hub of its own for one test, run by {@code operator}, serving Oxford and Milton Keynes councils, with
     * {@code consoles} staffed around the clock at {@code perOperator} cameras each.
     */
    /** Staffs every band of the hub's plan with {@code consoles}, fewer than it has: its capacity drops to that. */
    static void staffOnly(long hub, int consoles) {
        try (Connection connection = portalRole("tv-ods"); Statement sql = connection.createStatement()) {
            sql.execute("update hub_staffing set consoles = " + consoles + " where hub_id = " + hub);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A second monitoring operator of Thames Valley (only an operator runs hubs), for tests of what one operator's
     * staff cannot see of another's hubs; made at platform scope the first time it is asked for.
     */
    public static String otherOperator() {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            sql.execute("insert into partner (id, partnership_id, name, kind, status) values ('tv-other-operator',"
                    + " 'thames-valley', 'Other Monitoring Ltd (test operator)', 'OPERATOR', 'LIVE')"
                    + " on conflict do nothing");
            return "tv-other-operator";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long hub(String operator, int consoles, int perOperator) {
        try (Connection connection = portalRole(operator); Statement sql = connection.createStatement()) {
            String name = "Test hub " + System.nanoTime();
            long id = number(connection, "insert into hub (id, partnership_id, operator_partner_id, name, address, "
                    + "consoles, cameras_per_operator, opening_pattern) values (nextval('hub_seq'), 'thames-valley', '"
                    + operator + "', '" + name + "', '1 Test Street', " + consoles + ", " + perOperator
                    + ", 'Always') returning id");
            serve(id, "tv-oxford-city", "tv-milton-keynes");
            sql.execute("insert into hub_staffing select nextval('hub_staffing_seq'), " + id + ", d, 0, 24, "
                    + consoles + " from generate_series(1, 7) d");
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asset tags of {@code count} of the partner's demo cameras in use. */
    public static java.util.List<String> tags(String partner, int count) {
        try (Connection connection = portalRole(partner); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select asset_tag from camera where partner_id = '" + partner
                        + "' and status <> 'DECOMMISSIONED' order by asset_tag limit " + count)) {
            java.util.List<String> tags = new java.util.ArrayList<>();
            while (rows.next()) {
                tags.add(rows.getString(1));
            }
            if (tags.size() < count) {
                throw new IllegalStateException(partner + " has only " + tags.size() + " cameras in use");
            }
            return tags;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partner a demo user belongs to. */
    static String partnerOf(String user) {
        return switch (user) {
            case "oxford.manager", "oxford.viewer" -> "tv-oxford-city";
            case "mk.manager", "mk.viewer" -> "tv-milton-keynes";
            default -> throw new IllegalArgumentException("No partner known for " + user);
        };
    }

    /** A Friday a couple of months ahead, so bookings on it are in the future. */
    static LocalDate friday() {
        return TestClock.today().plusMonths(2).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    }

    static Response oneOff(String user, long hub, int cameras, String startsAt, String endsAt) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Test group", "assetTags", tags(partnerOf(user), cameras),
                        "recurrence", "ONE_OFF",
                        "startsAt", startsAt, "endsAt", endsAt, "priority", "ROUTINE"))
                .post("/api/v1/bookings");
    }

    static long booked(String user, long hub, int cameras, String startsAt, String endsAt) {
        return ((Number) oneOff(user, hub, cameras, startsAt, endsAt).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static Response approve(long booking) {
        return given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve");
    }

    static Response cancel(String user, long booking) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/cancel");
    }

    static String status(String user, long booking) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/api/v1/bookings/" + booking).then()
                .statusCode(200).extract().path("status");
    }
}
