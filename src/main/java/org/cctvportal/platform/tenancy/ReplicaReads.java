package org.cctvportal.platform.tenancy;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cctvportal.platform.DatabaseFaults;
import org.jboss.logging.Logger;

/**
 * Read-only figures from the {@code replica} datasource, for views where a few seconds' lag does not matter. Each
 * read is a native query in a read-only transaction, bounded by the caller's scope exactly as on the primary: the
 * replica's connections carry the same tenant settings ({@link ReplicaConnectionInterceptor}) and a physical replica
 * has the same policies. Without a replica configured, the datasource points at the primary.
 *
 * <p>When the replica cannot be reached (stopped, restarting, the network down) the read falls back to the primary in
 * a read-only transaction of its own, and the next read tries the replica again, so reads return to it as soon as it
 * answers. Each change of source is logged once; {@code portal_replica_reads_total{served_by}} counts every read.
 */
@ApplicationScoped
public class ReplicaReads {

    public static final String DATASOURCE = "replica";
    private static final Logger LOG = Logger.getLogger(ReplicaReads.class);

    @Inject
    @DataSource(DATASOURCE)
    AgroalDataSource replica;

    @Inject
    AgroalDataSource primary;

    @Inject
    MeterRegistry registry;

    private final AtomicBoolean fallingBack = new AtomicBoolean();
    private Counter onReplica;
    private Counter onPrimary;

    @PostConstruct
    void counters() {
        onReplica = registry.counter("portal.replica.reads", "served_by", "replica");
        onPrimary = registry.counter("portal.replica.reads", "served_by", "primary");
    }

    /** The single number {@code sql} selects; empty when neither database can answer, so a page still renders. */
    public OptionalLong count(String sql, Object... parameters) {
        try {
            OptionalLong answer = fromReplica(sql, parameters);
            if (fallingBack.compareAndSet(true, false)) {
                LOG.info("The replica answers again: replica reads are back on the replica");
            }
            onReplica.increment();
            return answer;
        } catch (SQLException | RuntimeException e) {
            if (!DatabaseFaults.connectionLost(e)) {
                LOG.warnf("The replica could not answer a read: %s", e.getMessage());
                return OptionalLong.empty();
            }
            if (fallingBack.compareAndSet(false, true)) {
                LOG.warnf("The replica cannot be reached (%s): replica reads fall back to the primary",
                        e.getMessage());
            }
        }
        try {
            OptionalLong answer = QuarkusTransaction.requiringNew().call(() -> fromPrimary(sql, parameters));
            onPrimary.increment();
            return answer;
        } catch (RuntimeException e) {
            LOG.warnf("Neither the replica nor the primary could answer a read: %s", e.getMessage());
            return OptionalLong.empty();
        }
    }

    private OptionalLong fromReplica(String sql, Object[] parameters) throws SQLException {
        try (Connection connection = replica.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return single(connection, sql, parameters);
            } finally {
                connection.rollback();
            }
        }
    }

    /** On the primary, inside the caller's new transaction (the connection is enlisted in it): read-only too. */
    private OptionalLong fromPrimary(String sql, Object[] parameters) throws SQLException {
        try (Connection connection = primary.getConnection(); Statement readOnly = connection.createStatement()) {
            readOnly.execute("set transaction read only");
            return single(connection, sql, parameters);
        }
    }

    private static OptionalLong single(Connection connection, String sql, Object[] parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
