package org.cctvportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cctvportal.estate.EstateChanged;
import org.cctvportal.monitoring.BookingDecided;
import org.cctvportal.platform.audit.AuditRecorded;
import org.cctvportal.platform.tenancy.TenantContext;

/**
 * Marks the partners whose figures a transaction moved, as that transaction commits. The dashboard reads no other
 * feature's tables for this: it listens to what they publish in the changing transaction (every audited change of a
 * partner's records, an estate change, a booking decided for another partner) and writes one mark per partner
 * through {@code dashboard_mark_changed} just before the commit, in the same transaction, so a mark exists exactly
 * when the change does, on every replica. {@link ChangedDashboards} takes the marked partners' figures again.
 */
@ApplicationScoped
public class DashboardChanges {

    private static final Object KEY = DashboardChanges.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EntityManager entityManager;

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

    /** Remembers the partner for this transaction; the first mark writes them all just before it commits. */
    void mark(String partner) {
        if (partner == null || transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> partners = (Set<String>) transactions.getResource(KEY);
        if (partners == null) {
            Set<String> marked = new LinkedHashSet<>();
            transactions.putResource(KEY, marked);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(marked);
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing: the marks committed or rolled back with the change.
                }
            });
            partners = marked;
        }
        partners.add(partner);
    }

    private void write(Set<String> partners) {
        entityManager.createNativeQuery("select dashboard_mark_changed(cast(?1 as varchar[]))")
                .setParameter(1, DashboardFigures.array(partners.stream().toList())).getSingleResult();
    }
}
