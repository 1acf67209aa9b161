package org.cctvportal.platform;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads sent as SQL over JDBC on the connection of the caller's transaction, so under the same tenant settings and
 * row-level security as every other statement of it. For reads sent on every page or list request: Hibernate keeps no
 * plan for an HQL query while the tenant's filters are enabled, and builds a native query's result mapping afresh each
 * time, where these statements' columns are fixed by their caller. Parameters are bound in order, to {@code ?}.
 */
public final class SqlReads {

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SqlReads() {
    }

    /** Every row {@code sql} selects, read by {@code row}, on the transaction's connection. */
    public static <T> List<T> list(EntityManager entityManager, String sql, Row<T> row, Object... parameters) {
        return entityManager.unwrap(Session.class)
                .doReturningWork(connection -> list(connection, sql, row, Arrays.asList(parameters)));
    }

    /** The first row {@code sql} selects, read by {@code row}; {@code none} when it selects none. */
    public static <T> T first(EntityManager entityManager, String sql, Row<T> row, T none, Object... parameters) {
        return entityManager.unwrap(Session.class)
                .doReturningWork(connection -> first(connection, sql, row, none, Arrays.asList(parameters)));
    }

    /** Every row {@code sql} selects on {@code connection}, read by {@code row}. */
    public static <T> List<T> list(Connection connection, String sql, Row<T> row, List<?> parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(row.read(rows));
            }
            return values;
        }
    }

    /** The first row {@code sql} selects on {@code connection}, read by {@code row}; {@code none} when none. */
    public static <T> T first(Connection connection, String sql, Row<T> row, T none, List<?> parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? row.read(rows) : none;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }
}
