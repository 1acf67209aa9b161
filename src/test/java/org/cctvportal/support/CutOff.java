package org.cctvportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cctvportal.stack.LocalStack;
import org.cctvportal.stack.LocalStackResource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database going away in the middle of a request: a table the request writes is locked (as its owner), the
 * request is sent and waits for the lock, the superuser ends every session of the portal's role (the waiting one
 * among them), and the lock is let go. What the request answers is returned.
 */
public final class CutOff {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private CutOff() {
    }

    /** Sends {@code request} while {@code table} is locked and ends the portal's sessions once it waits there. */
    public static <T> T whileWriting(String table, Callable<T> request) throws Exception {
        LocalStack stack = LocalStackResource.stack();
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            sql.execute("lock table " + table + " in exclusive mode");
            Future<T> answer = sender.submit(request);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (stack.databaseSessionsWaitingForALock() == 0) {
                if (System.nanoTime() > deadline || answer.isDone()) {
                    throw new IllegalStateException("the request never waited for " + table
                            + (answer.isDone() ? ": it answered " + answer.get() : ""));
                }
                Thread.sleep(50);
            }
            if (stack.terminateDatabaseSessions() == 0) {
                throw new IllegalStateException("no session of the portal's role was ended");
            }
            owner.rollback();
            return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            sender.shutdownNow();
        }
    }

    /** A connection as the tables' owner, reading as {@code partner} where a table forces row-level security. */
    public static Connection owner(String partner) throws Exception {
        Connection connection = owner();
        try (Statement sql = connection.createStatement()) {
            sql.execute("select set_config('app.partner', '" + partner + "', false)");
        }
        return connection;
    }

    /** A connection as the tables' owner (the migrations' role), with no tenant set. */
    public static Connection owner() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
