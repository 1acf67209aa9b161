package org.cctvportal.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Lets a transaction say it is one step of longer work whose next step follows within seconds (a chunk of an
 * import, not its last), so what others derive from its changes may wait for a later step: the dashboards take a
 * partner's figures once for several such steps rather than after each. Said of the caller's transaction only, and
 * gone with it.
 */
@ApplicationScoped
public class MoreToCome {

    private static final Object KEY = MoreToCome.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Says that another step of the same work follows this transaction's. */
    public void say() {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(KEY, Boolean.TRUE);
        }
    }

    /** Whether the caller's transaction said another step follows it. */
    public boolean said() {
        return transactions.getTransactionKey() != null && transactions.getResource(KEY) != null;
    }
}
