package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.rota.RotaFixture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The database's catalogue, read as it is rather than as anyone listed it: every owner's-rights function has the one
 * safe search_path and is not executable by PUBLIC, every table without forced row-level security is one that
 * docs/security.md names with its reason, and nobody but the owner creates objects in schema public.
 */
@QuarkusTest
class DatabaseCatalogueTest {

    static final String SEARCH_PATH = "search_path=pg_catalog, public, pg_temp";
    private static final Path SECURITY = Path.of("docs/security.md");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    @Test
    void everyOwnersRightsFunctionHasTheSafeSearchPathAndNoExecuteForPublic() throws SQLException {
        List<String> broken = new ArrayList<>();
        int definers = 0;
        try (Connection db = portalRole(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select p.oid::regprocedure::text, "
                        + "coalesce(array_to_string(array(select c from unnest(p.proconfig) c "
                        + "where c like 'search_path=%'), '|'), ''), "
                        + "exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
                        + "where a.grantee = 0 and a.privilege_type = 'EXECUTE'), "
                        + "coalesce(p.proacl::text, 'default (PUBLIC may execute)') "
                        + "from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                        + "where n.nspname = 'public' and p.prosecdef order by 1")) {
            while (rows.next()) {
                definers++;
                String function = rows.getString(1);
                if (!SEARCH_PATH.equals(rows.getString(2))) {
                    broken.add(function + " has '" + rows.getString(2) + "', not '" + SEARCH_PATH + "'");
                }
                if (rows.getBoolean(3)) {
                    broken.add(function + " is executable by PUBLIC: " + rows.getString(4));
                }
            }
        }
        assertTrue(definers >= 13, "the owner's-rights functions of V5 to V16 were read: " + definers);
        assertEquals(List.of(), broken);
    }

    @Test
    void everyTableWithoutForcedRowLevelSecurityIsNamedInTheSecurityModel() throws SQLException, IOException {
        Map<String, String> unforced = new TreeMap<>();
        try (Connection db = portalRole(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select c.relname, c.relrowsecurity, c.relforcerowsecurity "
                        + "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'public' and c.relkind in ('r', 'p') "
                        + "and not (c.relrowsecurity and c.relforcerowsecurity) order by 1")) {
            while (rows.next()) {
                unforced.put(rows.getString(1), rows.getBoolean(2) ? "enabled, not forced" : "off");
            }
        }
        assertEquals(documentedUnforced(), unforced.keySet(), "tables without forced row-level security: "
                + unforced + "; each must be listed with its reason in " + SECURITY);
        for (String table : List.of("booking_occurrence", "booking_camera", "rota_shift", "rota_assignment")) {
            assertFalse(unforced.containsKey(table), table + " is forced");
        }
    }

    @Test
    void nobodyButTheOwnerCreatesInSchemaPublic() throws SQLException {
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            ResultSet acl = sql.executeQuery("select exists (select 1 from pg_namespace n, aclexplode(n.nspacl) a "
                    + "where n.nspname = 'public' and a.grantee = 0 and a.privilege_type = 'CREATE')");
            acl.next();
            assertFalse(acl.getBoolean(1), "PUBLIC holds CREATE on schema public");
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.execute("create function pg_temp_shadow() returns int language sql as 'select 1'"));
            assertTrue(refused.getMessage().contains("permission denied for schema public"), refused.getMessage());
        }
    }

    @Test
    void thePortalRoleCannotChangeAHubsLoadDirectly() throws SQLException {
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-ods', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("select hub_load_add(1, "
                    + "tstzrange('2030-01-01', '2030-01-02'), -1000)"));
            assertTrue(refused.getMessage().contains("permission denied for function hub_load_add"),
                    refused.getMessage());
        }
    }

    @Test
    void rosteredOperatorsAreAnsweredOnlyAboutAHubOfTheCallersPartnership() throws SQLException {
        long hub = RotaFixture.hub(2, 5);
        try (Connection db = portalRole(); Statement sql = db.createStatement()) {
            sql.execute("select set_config('app.partner', 'tv-ods', false), "
                    + "set_config('app.partnership', 'thames-valley', false)");
            long shift = single(sql, "insert into rota_shift (id, partner_id, hub_id, starts_at, ends_at, role, "
                    + "positions) values (nextval('rota_shift_seq'), 'tv-ods', " + hub + ", '2031-03-04T07:00Z', "
                    + "'2031-03-04T15:00Z', 'OPERATOR', 3) returning id");
            String ask = "select count(*) from hub_rostered_at(" + hub + ", array['2031-03-04T08:00Z'::timestamptz]) "
                    + "where rostered = 0";
            assertEquals(1, single(sql, ask), "the operator's own hub: a shift with no one on it yet");
            // A council of the same partnership asks too (its bookings' capacity needs the numbers).
            sql.execute("select set_config('app.partner', 'tv-oxford-city', false)");
            assertEquals(1, single(sql, ask));
            // A partner of another partnership learns nothing about the hub.
            sql.execute("select set_config('app.partner', 'as-bristol', false), "
                    + "set_config('app.partnership', 'avon-somerset', false)");
            assertEquals(0, single(sql, "select count(*) from hub_rostered_at(" + hub
                    + ", array['2031-03-04T08:00Z'::timestamptz])"));
            assertTrue(shift > 0);
        }
    }

    /**
     * Each function of schema public has its current body in exactly one repeatable migration (R__<family>.sql), so a
     * change to it is one edit there and no versioned migration copies it again.
     */
    @Test
    void everyFunctionIsDefinedInExactlyOneRepeatableMigration() throws SQLException, IOException {
        Map<String, List<String>> definedIn = new TreeMap<>();
        Pattern definition = Pattern.compile("(?im)^create or replace function public\\.([a-z_0-9]+)\\(");
        try (var files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("R__")).sorted().toList()) {
                Matcher m = definition.matcher(Files.readString(file));
                while (m.find()) {
                    definedIn.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file.getFileName().toString());
                }
            }
        }
        List<String> broken = new ArrayList<>();
        Set<String> functions = new TreeSet<>();
        try (Connection db = portalRole(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select p.proname from pg_proc p "
                        + "join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and not exists "
                        + "(select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid "
                        + "and d.deptype = 'e')")) {
            while (rows.next()) {
                functions.add(rows.getString(1));
            }
        }
        for (String function : functions) {
            List<String> files = definedIn.getOrDefault(function, List.of());
            if (files.size() != 1) {
                broken.add(function + " is defined in " + files.size() + " repeatable migrations " + files);
            }
        }
        definedIn.keySet().stream().filter(f -> !functions.contains(f))
                .forEach(f -> broken.add(f + " is in a repeatable migration but not in the database"));
        assertTrue(functions.size() >= 45, "the functions of V1 to V20 were read: " + functions.size());
        assertEquals(List.of(), broken);
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The tables in the marked list of docs/security.md ("- `table`: reason" between the two markers). */
    static Set<String> documentedUnforced() throws IOException {
        String doc = Files.readString(SECURITY);
        int start = doc.indexOf("<!-- unforced-tables:start -->");
        int end = doc.indexOf("<!-- unforced-tables:end -->");
        assertTrue(start >= 0 && end > start, SECURITY + " has the marked list of tables without forced RLS");
        Set<String> tables = new TreeSet<>();
        Matcher item = Pattern.compile("(?m)^- `([a-z_]+)`: \\S").matcher(doc.substring(start, end));
        while (item.find()) {
            tables.add(item.group(1));
        }
        return tables;
    }
}
