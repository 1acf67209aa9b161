package org.cctvportal.assurance;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real records for the assurance tests, made through the portal's API and, where time must pass, its database. */
final class AssuranceFixture {

    private AssuranceFixture() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json").redirects().follow(false);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new site in Milton Keynes with a located live camera of its own; answers the camera's asset tag. */
    static String camera(String user, String tagPrefix) {
        String site = unique("Assurance Square");
        as(user).body(Map.of("name", site, "kind", "TOWN_CENTRE", "sensitive", "no")).post("/api/v1/sites").then()
                .statusCode(201);
        String tag = unique(tagPrefix);
        Map<String, Object> body = new HashMap<>(Map.of("assetTag", tag, "site", site, "manufacturer", "Axis",
                "model", "M3088-V", "type", "DOME", "resolutionMp", "8", "status", "Live", "latitude", "52.0406",
                "longitude", "-0.7594", "installDate", TestClock.today().minusYears(1).toString()));
        as(user).body(body).post("/api/v1/cameras").then().statusCode(201);
        return tag;
    }

    static long cameraId(String user, String tag) {
        return as(user).get("/api/v1/cameras?q=" + tag).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.assetTag == '" + tag + "' }.id");
    }

    static void status(String user, String tag, String status, String reason) {
        as(user).body(Map.of("status", status, "statusReason", reason)).put("/api/v1/cameras/" + cameraId(user, tag))
                .then().statusCode(200);
    }

    /** A connection as the portal's own database role, acting for a partner of Thames Valley. */
    static Connection portalRole(String partner) throws SQLException {
        return connection(partner, "quarkus.datasource.username", "quarkus.datasource.password");
    }

    /**
     * A connection as the tables' owner, still bound by the forced row-level security to one partner: for moving a
     * record's time into the past, as the days passing would.
     */
    static Connection owner(String partner) throws SQLException {
        return connection(partner, "quarkus.flyway.username", "quarkus.flyway.password");
    }

    private static Connection connection(String partner, String user, String password) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getValue(user, String.class), config.getValue(password, String.class));
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
        }
        return connection;
    }

    static long number(Connection connection, String query, Object... params) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                sql.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    static long number(String partner, String query, Object... params) {
        try (Connection connection = portalRole(partner)) {
            return number(connection, query, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The notice of this kind holding the camera, or -1. */
    static long noticeOf(String partner, String tag, String kind) {
        return number(partner, "select n.id from switch_off_notice n join switch_off_notice_camera nc on"
                + " nc.notice_id = n.id join camera c on c.id = nc.camera_id where c.asset_tag = ? and n.kind = ?",
                tag, kind);
    }

    /** How many times the camera appears in notices of this kind. */
    static long entries(String partner, String tag, String kind) {
        return number(partner, "select count(*) from switch_off_notice n join switch_off_notice_camera nc on"
                + " nc.notice_id = n.id join camera c on c.id = nc.camera_id where c.asset_tag = ? and n.kind = ?",
                tag, kind);
    }

    /** A small, well-formed MP4 container (no picture), enough for the vault's type detection. */
    static byte[] clip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box(out, "ftyp", "isom\0\0\2\0isommp41".getBytes(StandardCharsets.ISO_8859_1));
        byte[] payload = new byte[4096];
        new java.util.Random(7).nextBytes(payload);
        box(out, "mdat", payload);
        return out.toByteArray();
    }

    private static void box(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
    }
}
