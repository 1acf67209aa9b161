package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Read-only figures from the {@code replica} datasource, for views where a few seconds' lag does not matter. Each
 * read is a native query in a read-only transaction, bounded by the caller's scope exactly as on the primary: the
 * replica's connections carry the same tenant settings ({@link ReplicaConnectionInterceptor}) and a physical replica
 * has the same policies. Without a replica configured, the datasource points at the primary.
 */
@ApplicationScoped
public class ReplicaReads {

    public static final String DATASOURCE = "replica";
    private static final Logger LOG = Logger.getLogger(ReplicaReads.class);

    @Inject
    @DataSource(DATASOURCE)
    AgroalDataSource replica;

    /** The single number {@code sql} selects; empty when the replica cannot answer, so a page still renders. */
    public OptionalLong count(String sql, Object... parameters) {
        try (Connection connection = replica.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warnf("The replica could not answer a read: %s", e.getMessage());
            return OptionalLong.empty();
        }
    }
}
