package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What the service operator's scope reads, found in the catalogue rather than listed: every table that holds a
 * partner's or a partnership's rows reads zero rows at service scope, although the partners themselves read rows of
 * them (the positive control); only the partnerships, their timelines, their PCC offices and those offices' people
 * are seen; and nothing is written at that scope but through the owner's functions.
 */
@QuarkusTest
class ServiceScopeRowLevelSecurityTest {

    /** What the service scope is meant to read. */
    static final Set<String> SERVICE_READS = Set.of("partnership", "partnership_change", "partner", "person");

    @Test
    void everyPartnerOwnedTableReadsNothingAtServiceScopeWhileItsOwnersReadTheirRows() throws SQLException {
        Map<String, Long> atServiceScope = new TreeMap<>();
        Map<String, Long> byTheirOwners = new TreeMap<>();
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            List<String> tables = tenantTables(sql);
            assertTrue(tables.size() >= 40, "the catalogue's partner and partnership tables: " + tables);
            List<String[]> partners = partners();
            for (String table : tables) {
                set(sql, "", "", "service");
                atServiceScope.put(table, count(sql, table));
                long owned = 0;
                for (String[] partner : partners) {
                    set(sql, partner[0], partner[1], "partner");
                    owned += count(sql, table);
                }
                byTheirOwners.put(table, owned);
            }
        }
        Map<String, Long> seen = new TreeMap<>(atServiceScope);
        seen.keySet().removeAll(SERVICE_READS);
        seen.values().removeIf(n -> n == 0);
        assertEquals(Map.of(), seen, "rows read at service scope");
        for (String table : List.of("camera", "site", "recorder", "audit_event", "evidence_item", "booking",
                "manufacturer", "hub", "specification_version", "rota_shift", "compliance_finding")) {
            assertTrue(byTheirOwners.getOrDefault(table, 0L) > 0, table + " has rows its owners read: " + byTheirOwners);
        }
    }

    @Test
    void theServiceScopeReadsThePartnershipsTheirPccOfficesAndThoseOfficesPeopleOnly() throws SQLException {
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            set(sql, "", "", "service");
            assertTrue(count(sql, "partnership") >= 2);
            assertEquals(count(sql, "partnership"), single(sql, "select count(*) from partner"), "one office each");
            assertEquals(0, single(sql, "select count(*) from partner where kind <> 'PCC_OFFICE'"));
            assertEquals(0, single(sql, "select count(*) from person n where not exists (select 1 from partner p"
                    + " where p.id = n.partner_id)"), "only the PCC offices' people");
            assertEquals(1, single(sql, "select count(*) from person"
                    + " where lower(email) = 'opcc.admin@demo.cctv-portal.test'"), "the demo's first admin, adopted");
            assertTrue(single(sql, "select sum(partners) from partner_counts_per_partnership()") >= 11);
            assertTrue(single(sql, "select sum(cameras) from camera_counts_per_partnership()") > 0);
            assertTrue(single(sql, "select sum(people) from person_counts_per_partnership()") > 0);
        }
    }

    @Test
    void nothingIsWrittenAtServiceScopeButThroughTheOwnersFunctions() throws SQLException {
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            set(sql, "", "", "service");
            List<String> accepted = new ArrayList<>();
            Map<String, String> writes = new LinkedHashMap<>();
            writes.put("partnership", "insert into partnership (id, name, region) values ('rogue', 'Rogue', 'Nowhere')");
            writes.put("partnership status", "update partnership set status = 'SUSPENDED'");
            writes.put("partner", "insert into partner (id, partnership_id, name, kind, status) values ('rogue',"
                    + " 'thames-valley', 'Rogue', 'PCC_OFFICE', 'LIVE')");
            writes.put("partner name", "update partner set name = 'Taken over' where kind = 'PCC_OFFICE'");
            writes.put("timeline", "insert into partnership_change (id, partnership_id, action, summary, changed_by,"
                    + " changed_at) values (-1, 'thames-valley', 'OPENED', 'x', 'x', now())");
            writes.put("camera", "insert into camera (id, partner_id) values (-1, 'tv-oxford-city')");
            writes.put("another partner's person", "update person set first_name = 'X' where partner_id = 'tv-ods'");
            for (Map.Entry<String, String> write : writes.entrySet()) {
                try {
                    int rows = sql.executeUpdate(write.getValue());
                    if (rows > 0) {
                        accepted.add(write.getKey() + " (" + rows + " rows)");
                    }
                } catch (SQLException refused) {
                    // Refused as meant only when the policies or grants refused it, not for a typo in the statement.
                    if (!"42501".equals(refused.getSQLState())) {
                        accepted.add(write.getKey() + " failed otherwise: " + refused.getSQLState() + " "
                                + refused.getMessage());
                    }
                }
            }
            assertEquals(List.of(), accepted, "writes accepted at service scope");
        }
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            set(sql, "tv-opcc", "thames-valley", "partner");
            SQLException open = assertThrows(SQLException.class, () -> sql.executeQuery("select partnership_open('x',"
                    + " 'X', 'X', 'x-opcc', 'X office', now(), 'me', now())"));
            assertTrue(open.getMessage().contains("only the service operator"), open.getMessage());
            SQLException counts = assertThrows(SQLException.class,
                    () -> sql.executeQuery("select * from camera_counts_per_partnership()"));
            assertTrue(counts.getMessage().contains("service operator only"), counts.getMessage());
            set(sql, "", "", "platform");
            SQLException suspend = assertThrows(SQLException.class, () -> sql.executeQuery(
                    "select partnership_set_status('thames-valley', 'SUSPENDED', 'x', 'me', now())"));
            assertTrue(suspend.getMessage().contains("only the service operator"), suspend.getMessage());
            assertEquals(0, sql.executeUpdate("update partner set dp_contact_name = 'x' where id = 'tv-ods'"),
                    "the platform scope writes no partner");
        }
    }

    /** Every table with a partner_id or partnership_id column, found in the catalogue. */
    private static List<String> tenantTables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select distinct c.table_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema"
                + " where c.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                + " and c.column_name in ('partner_id', 'partnership_id') order by 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Every partner with its partnership, read by the owner (the platform scope's upkeep policy). */
    private static List<String[]> partners() throws SQLException {
        var config = ConfigProvider.getConfig();
        List<String[]> partners = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url",
                String.class), config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class)); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.scope', 'platform', false)");
            try (ResultSet rows = sql.executeQuery("select id, partnership_id from partner where id like 'tv-%'"
                    + " or id like 'as-%'")) {
                while (rows.next()) {
                    partners.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
        }
        return partners;
    }

    private static void set(Statement sql, String partner, String partnership, String scope) throws SQLException {
        sql.execute("select set_config('app.partner', '" + partner + "', false), set_config('app.partnership', '"
                + partnership + "', false), set_config('app.scope', '" + scope + "', false)");
    }

    /** The rows the connection's settings show; none when the portal's role may not read the table at all. */
    private static long count(Statement sql, String table) throws SQLException {
        try {
            return single(sql, "select count(*) from " + table);
        } catch (SQLException e) {
            if (e.getMessage().contains("permission denied")) {
                return 0;
            }
            throw e;
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
