package org.cctvportal.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The pool's check writes a request's tenant on a connection once, however often the request takes it within a second,
 * and never trusts a connection another request has had since: on a real connection of the portal's role, the check is
 * asked as the pool asks it, by one request, then another, then the first again.
 */
@QuarkusTest
class TenantWrittenOnceTest {

    private static final String MARK = "2000-01-01T00:00:00Z";

    @Test
    void aRequestsTenantIsWrittenOnceAndWrittenAgainAfterAnotherRequestHadTheConnection() throws SQLException {
        TenantConnectionInterceptor.TenantCheck check = new TenantConnectionInterceptor.TenantCheck(c -> true);
        ManagedContext requests = Arc.container().requestContext();
        try (Connection connection = portalRole()) {
            requests.activate();
            ContextState oxfordRequest = requests.getState();
            asPartner("tv-oxford-city", () -> {
                assertTrue(check.isValid(connection));
                assertEquals("tv-oxford-city", setting(connection, "app.partner"));
                mark(connection);
                // Taken again by the same request (the person's standing, then the transaction): nothing is sent.
                assertTrue(check.isValid(connection));
                assertEquals(MARK, setting(connection, "app.now"), "the tenant was not written a second time");
            });
            requests.deactivate();

            requests.activate();
            asPartner("tv-cherwell", () -> {
                assertTrue(check.isValid(connection));
                assertEquals("tv-cherwell", setting(connection, "app.partner"), "another request, its own tenant");
            });
            requests.terminate();

            requests.activate(oxfordRequest);
            asPartner("tv-oxford-city", () -> {
                assertTrue(check.isValid(connection));
                assertEquals("tv-oxford-city", setting(connection, "app.partner"),
                        "the first request again, after another had the connection: its tenant written again");
                assertNotEquals(MARK, setting(connection, "app.now"));
            });
            requests.terminate();
        }
    }

    @Test
    void aRequestLongerThanASecondHasItsTimeWrittenAfresh() throws SQLException {
        TenantConnectionInterceptor.TenantCheck check = new TenantConnectionInterceptor.TenantCheck(c -> true);
        ManagedContext requests = Arc.container().requestContext();
        try (Connection connection = portalRole()) {
            requests.activate();
            asPartner("tv-oxford-city", () -> {
                assertTrue(check.isValid(connection));
                mark(connection);
                // A job's request context may last minutes: the database decides by the portal's time (app.now).
                try {
                    Thread.sleep(1_100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertTrue(check.isValid(connection));
                assertNotEquals(MARK, setting(connection, "app.now"), "the time written again after a second");
            });
            requests.terminate();
        }
    }

    @Test
    void aTenantWrittenInsideATransactionIsWrittenAgainNextTime() throws SQLException {
        TenantConnectionInterceptor.TenantCheck check = new TenantConnectionInterceptor.TenantCheck(c -> true);
        ManagedContext requests = Arc.container().requestContext();
        try (Connection connection = portalRole()) {
            connection.setAutoCommit(false);
            requests.activate();
            asPartner("tv-oxford-city", () -> {
                assertTrue(check.isValid(connection));
                mark(connection);
                // A rollback would undo that write, so the check does not count on it.
                assertTrue(check.isValid(connection));
                assertNotEquals(MARK, setting(connection, "app.now"), "written again");
            });
            requests.terminate();
            connection.rollback();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void asPartner(String partner, SqlWork work) {
        Arc.container().instance(TenantContext.class).get().asPartner(partner, "thames-valley", () -> {
            try {
                work.run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static void mark(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.now', '" + MARK + "', false)");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Connection portalRole() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
