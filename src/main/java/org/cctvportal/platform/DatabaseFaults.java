package org.cctvportal.platform;

import java.sql.SQLException;

/**
 * Reads what went wrong in the database from an exception chain: a lost connection (the server restarted, an
 * administrator ended the session, the network dropped), which the person may simply retry, or a refusal of the
 * data itself, whose words the database gives.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /**
     * True when the chain holds a lost connection: SQL state class 08 (connection exception) or 57P (operator
     * intervention, such as {@code pg_terminate_backend} or a server shutting down).
     */
    public static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || closedUnderABatch(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * With assertions enabled (as in the tests) the PostgreSQL driver reports a connection ended under a batch as an
     * assertion that the closed connection should have answered, instead of the SQLException it throws otherwise.
     */
    private static boolean closedUnderABatch(Throwable t) {
        return t instanceof AssertionError && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("org.postgresql.")
                && String.valueOf(t.getMessage()).contains("getAutoCommit() should not throw");
    }

    /** The database's own first line about the refusal (a constraint, a trigger), or null when there is none. */
    public static String refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                String detail = psql.getServerErrorMessage().getDetail();
                return psql.getServerErrorMessage().getMessage() + (detail == null ? "" : " (" + detail + ")");
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                return sql.getMessage().lines().findFirst().orElse(null);
            }
        }
        return null;
    }
}
