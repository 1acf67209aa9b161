package org.cctvportal.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One-value queries the benchmarks use to read counts and settings. */
final class BenchSql {

    private BenchSql() {
    }

    static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
