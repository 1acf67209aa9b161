package org.cctvportal.compliance;

import static org.cctvportal.compliance.ComplianceEngineTest.MANAGER;
import static org.cctvportal.compliance.ComplianceEngineTest.camera;
import static org.cctvportal.compliance.ComplianceEngineTest.open;
import static org.cctvportal.compliance.ComplianceEngineTest.site;
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
 * Findings through native SQL as the portal's own database role: a partner sees and changes only its own, never
 * writes a finding or its engine-owned columns, cannot call the engine's inner function, and the engine's entry
 * points reach only the session's own partner (estate changes) or partnership (ratification).
 */
@QuarkusTest
class ComplianceRowLevelSecurityTest {

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

    /** The message of a statement PostgreSQL refused for want of privilege (grants, policies or the owner's checks). */
    private static String refusedFor(org.junit.jupiter.api.function.Executable statement) {
        SQLException refused = assertThrows(SQLException.class, statement);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        return refused.getMessage();
    }

    private static long number(Statement sql, String query) throws SQLException {
        var rows = sql.executeQuery(query);
        rows.next();
        return rows.getLong(1);
    }

    @Test
    void aPartnerNeitherSeesNorChangesAnotherPartnersFindings() throws SQLException {
        long camera = camera(MANAGER, site(MANAGER, false), Map.of("type", "FIXED", "resolutionMp", "1"));
        long id = ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
        try (Connection connection = portalRole("tv-cherwell", "thames-valley");
                Statement sql = connection.createStatement()) {
            assertEquals(0, number(sql, "select count(*) from compliance_finding where id = " + id));
            assertEquals(0, sql.executeUpdate("update compliance_finding set status = 'ACCEPTED' where id = "
                    + id));
            assertEquals(0, sql.executeUpdate("update compliance_finding set accepted_until = current_date "
                    + "where id = " + id));
            // The engine for Cherwell's session never touches Oxford's camera, whatever ids it is given.
            sql.execute("select * from compliance_evaluate_assets('{}', '{" + camera + "}', '{}')");
        }
        try (Connection connection = portalRole("as-bristol", "avon-somerset");
                Statement sql = connection.createStatement()) {
            sql.execute("select * from compliance_evaluate_partnership()");
            assertEquals(0, number(sql, "select count(*) from compliance_finding where partnership_id = "
                    + "'thames-valley'"));
            // The positive control: the same session reads Bristol's own estate (Avon has no ratified version, so
            // no findings of its own); Oxford reads its finding below.
            assertTrue(number(sql, "select count(*) from camera") > 0, "Bristol reads its own cameras");
        }
        try (Connection connection = portalRole("tv-oxford-city", "thames-valley");
                Statement sql = connection.createStatement()) {
            assertEquals("OPEN", text(sql, "select status from compliance_finding where id = " + id));
        }
    }

    @Test
    void thePortalRoleWritesOnlyAnAcceptanceAndOnlyThroughTheEngineEntryPoints() throws SQLException {
        long camera = camera(MANAGER, site(MANAGER, false), Map.of("type", "FIXED", "resolutionMp", "1"));
        long id = ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
        try (Connection connection = portalRole("tv-oxford-city", "thames-valley");
                Statement sql = connection.createStatement()) {
            refusedFor(() -> sql.executeUpdate("update compliance_finding set severity = "
                    + "'LOW' where id = " + id));
            refusedFor(() -> sql.executeUpdate("delete from compliance_finding where id = "
                    + id));
            refusedFor(() -> sql.executeUpdate("insert into compliance_finding (partner_id, "
                    + "partnership_id, asset_kind, asset_id, asset_label, rule, severity, action, reason, "
                    + "raised_version_id, raised_at, updated_at) select 'tv-oxford-city', 'thames-valley', 'CAMERA', "
                    + camera + ", 'x', 'MAX_AGE', 'LOW', 'NONE', 'x', raised_version_id, now(), now() "
                    + "from compliance_finding where id = " + id));
            SQLException inner = assertThrows(SQLException.class, () -> sql.execute("select * from "
                    + "compliance_evaluate('avon-somerset', '{as-bristol}', true, '{}', '{}', '{}')"));
            assertTrue(inner.getMessage().contains("permission denied"), inner.getMessage());
        }
        try (Connection connection = portalRole("", "");
                Statement sql = connection.createStatement()) {
            assertTrue(refusedFor(() -> sql.execute("select * from compliance_evaluate_partnership()"))
                    .contains("is set on this session"));
            assertTrue(refusedFor(() -> sql.execute("select * from compliance_evaluate_assets('{}', "
                    + "'{" + camera + "}', '{}')")).contains("is set on this session"));
        }
    }

    @Test
    void evenTheEngineRoleCannotTieAFindingToAnotherPartnershipsVersionOrMoveItToAnotherPartner()
            throws SQLException {
        long camera = camera(MANAGER, site(MANAGER, false), Map.of("type", "FIXED", "resolutionMp", "1"));
        long id = ((Number) open(MANAGER, "camera", camera, "MIN_RESOLUTION").get("id")).longValue();
        long avonVersion = io.restassured.RestAssured.given().auth()
                .oauth2(org.cctvportal.support.DemoUsers.token("as-opcc.admin")).get("/api/v1/specification").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partnership', 'thames-valley', false)");
            SQLException version = assertThrows(SQLException.class, () -> sql.executeUpdate("insert into "
                    + "compliance_finding (partner_id, partnership_id, asset_kind, asset_id, asset_label, rule, "
                    + "severity, action, reason, raised_version_id, raised_at, updated_at) values ('tv-oxford-city', "
                    + "'thames-valley', 'CAMERA', " + camera + ", 'x', 'MAX_AGE', 'LOW', 'NONE', 'x', " + avonVersion
                    + ", now(), now())"));
            assertTrue(version.getMessage().contains("do not belong together"), version.getMessage());
            SQLException moved = assertThrows(SQLException.class, () -> sql.executeUpdate("update "
                    + "compliance_finding set partner_id = 'tv-cherwell' where id = " + id));
            assertTrue(moved.getMessage().contains("keeps its partner"), moved.getMessage());
        }
    }

    private static String text(Statement sql, String query) throws SQLException {
        var rows = sql.executeQuery(query);
        rows.next();
        return rows.getString(1);
    }
}
