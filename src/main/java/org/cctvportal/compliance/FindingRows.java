package org.cctvportal.compliance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.cctvportal.platform.SqlReads;
import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * The findings lists' statements sent over JDBC, on the connection of the caller's transaction (so under the same
 * tenant settings and row-level security as any other statement of it), their rows read into findings that are
 * shown and never changed. A list request sent its count and its page as native queries through Hibernate, which
 * read the result's metadata and built a mapping of the page's columns to the entity on every request: a third of
 * the findings' own work in the portal's CPU samples, for statements whose columns are fixed here.
 */
final class FindingRows {

    /** The columns a listed finding shows, in the order {@link #finding} reads them. */
    static final String COLUMNS = "f.id, f.partner_id, f.partnership_id, f.asset_kind, f.asset_id, f.asset_label,"
            + " f.rule, f.severity, f.severity_rank, f.action, f.reason, f.estimated_cost, f.due_date, f.status,"
            + " f.raised_version_id, f.raised_at, f.updated_at, f.closed_at, f.accepted_by, f.accepted_at,"
            + " f.acceptance_reason, f.accepted_until, f.reopened_at, f.version";

    private static final Pattern NUMBERED = Pattern.compile("\\?\\d+");

    private FindingRows() {
    }

    /** How many rows {@code sql} counts; its parameters written {@code ?1, ?2...} in order, as JPA numbers them. */
    static long count(Connection connection, String sql, List<Object> parameters) throws SQLException {
        return SqlReads.first(connection, plain(sql), row -> row.getLong(1), 0L, parameters);
    }

    /** The findings {@code sql} selects ({@link #COLUMNS} first), for showing only. */
    static List<Finding> findings(Connection connection, String sql, List<Object> parameters) throws SQLException {
        return SqlReads.list(connection, plain(sql), FindingRows::finding, parameters);
    }

    /** The ids {@code sql} selects in its first column. */
    static List<Long> ids(Connection connection, String sql, List<Object> parameters) throws SQLException {
        return SqlReads.list(connection, plain(sql), row -> row.getLong(1), parameters);
    }

    /** {@code sql} with JPA's numbered parameters written as JDBC's. */
    private static String plain(String sql) {
        return NUMBERED.matcher(sql).replaceAll("?");
    }

    private static Finding finding(ResultSet row) throws SQLException {
        Finding f = new Finding();
        // Shown, never saved: Hibernate's enhancement would otherwise note each of the 24 fields set below as a
        // change, growing an array of their names by a copy per field.
        ((SelfDirtinessTracker) f).$$_hibernate_suspendDirtyTracking(true);
        f.id = row.getLong(1);
        f.partnerId = row.getString(2);
        f.partnershipId = row.getString(3);
        f.assetKind = Finding.AssetKind.valueOf(row.getString(4));
        f.assetId = row.getLong(5);
        f.assetLabel = row.getString(6);
        f.rule = FindingRule.valueOf(row.getString(7));
        f.severity = Severity.valueOf(row.getString(8));
        f.severityRank = row.getShort(9);
        f.action = RecommendedAction.valueOf(row.getString(10));
        f.reason = row.getString(11);
        f.estimatedCost = row.getBigDecimal(12);
        f.dueDate = row.getObject(13, LocalDate.class);
        f.status = Finding.Status.valueOf(row.getString(14));
        f.raisedVersionId = row.getLong(15);
        f.raisedAt = instant(row, 16);
        f.updatedAt = instant(row, 17);
        f.closedAt = instant(row, 18);
        f.acceptedBy = row.getString(19);
        f.acceptedAt = instant(row, 20);
        f.acceptanceReason = row.getString(21);
        f.acceptedUntil = row.getObject(22, LocalDate.class);
        f.reopenedAt = instant(row, 23);
        f.version = row.getInt(24);
        return f;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
