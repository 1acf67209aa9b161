package org.cctvportal.dashboard;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.cctvportal.estate.EstateChanged;
import org.cctvportal.monitoring.BookingDecided;
import org.cctvportal.platform.audit.AuditRecorded;
import org.cctvportal.platform.jobs.MoreToCome;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Marks the partners whose figures a transaction moved, as that transaction commits. The dashboard reads no other
 * feature's tables for this: it listens to what they publish in the changing transaction (every audited change of a
 * partner's records, an estate change, a booking decided for another partner) and writes one mark per partner
 * through {@code dashboard_mark_changed} in that same transaction, so a mark exists exactly when the change does, on
 * every replica. {@link ChangedDashboards} takes the marked partners' figures again.
 *
 * <p>The marks are written as the transaction is about to commit, after everything else it did, so they know how it
 * ended its work: a step of longer work that said {@link MoreToCome} (an import's chunk, not its last) marks its
 * partners due {@code portal.dashboard.wait-for-more} later, and the worker takes their figures once for several
 * steps; any other change is due at once.
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

    @Inject
    MoreToCome moreToCome;

    @ConfigProperty(name = "portal.dashboard.wait-for-more")
    Duration waitForMore;

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
     * Marks the partner in the caller's transaction, once per transaction and partner, as the transaction is about to
     * commit. Written on the transaction's own connection with plain JDBC, so Hibernate flushes nothing early.
     */
    void mark(String partner) {
        if (partner == null || transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> marked = (Set<String>) transactions.getResource(KEY);
        if (marked == null) {
            Set<String> partners = new LinkedHashSet<>();
            transactions.putResource(KEY, partners);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(partners, moreToCome.said() ? waitForMore : Duration.ZERO);
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing: the marks commit or roll back with the change.
                }
            });
            marked = partners;
        }
        marked.add(partner);
    }

    private void write(Set<String> partners, Duration wait) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement(
                        "select dashboard_mark_changed(?, make_interval(secs => ?))")) {
            sql.setArray(1, connection.createArrayOf("varchar", partners.toArray()));
            sql.setDouble(2, wait.toMillis() / 1000.0);
            sql.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the dashboard figures of " + partners + " changed", e);
        }
    }
}
