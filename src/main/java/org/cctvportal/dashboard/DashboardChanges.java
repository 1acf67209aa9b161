package org.cctvportal.dashboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.cctvportal.estate.EstateChanged;
import org.cctvportal.monitoring.BookingDecided;
import org.cctvportal.platform.audit.AuditRecorded;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Marks the partners whose figures a transaction moved, as that transaction commits. The dashboard reads no other
 * feature's tables for this: it listens to what they publish in the changing transaction (every audited change of a
 * partner's records, an estate change, a booking decided for another partner) and writes one mark per partner
 * through {@code dashboard_mark_changed} in that same transaction, so a mark exists exactly when the change does, on
 * every replica. {@link ChangedDashboards} takes the marked partners' figures again.
 */
@ApplicationScoped
public class DashboardChanges {

    private static final Object KEY = DashboardChanges.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TenantContext tenant;

    void onAudited(@Observes AuditRecorded recorded) {
        mark(recorded.partnerId());
    }

    void onEstateChanged(@Observes EstateChanged change) {
        mark(tenant.partnerId());
    }

    void onBookingDecided(@Observes BookingDecided decision) {
        mark(decision.partnerId());
        mark(tenant.partnerId());
    }

    /**
     * Marks the partner in the caller's transaction, once per transaction and partner. Written on the transaction's
     * own connection with plain JDBC, so Hibernate flushes nothing early and the change's statements keep their order.
     */
    void mark(String partner) {
        if (partner == null || transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> marked = (Set<String>) transactions.getResource(KEY);
        if (marked == null) {
            marked = new HashSet<>();
            transactions.putResource(KEY, marked);
        }
        if (!marked.add(partner)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement("select dashboard_mark_changed(?)")) {
            sql.setArray(1, connection.createArrayOf("varchar", new Object[] { partner }));
            sql.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the dashboard figures of " + partner + " changed", e);
        }
    }
}
