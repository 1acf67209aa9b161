package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * How work that acts for no signed-in user reaches the database: scheduled jobs, and the demo seeds at start. Two
 * narrow paths: {@link #atPlatform} for a job's own bookkeeping and for finding which partners have work, and
 * {@link #forPartner} for doing that work under one partner's tenant and row-level security. Refused when a user is
 * signed in: a request never widens its reach through here.
 */
@ApplicationScoped
public class UnattendedWork {

    @Inject
    TenantContext context;

    @Inject
    SecurityIdentity identity;

    /** Runs work in a new transaction at platform scope (job runs; which partners have work). */
    public <T> T atPlatform(Supplier<T> work) {
        refuseRequests();
        return context.inScope(TenantScope.PLATFORM, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    /** Runs work in a new transaction for one partner: Hibernate's tenant and the database's policies bound it. */
    public <T> T forPartner(String partner, String partnership, Supplier<T> work) {
        refuseRequests();
        return context.inScope(TenantScope.PARTNER, () -> context.asPartner(partner, partnership,
                () -> QuarkusTransaction.requiringNew().call(work::get)));
    }

    private void refuseRequests() {
        if (identity != null && !identity.isAnonymous()) {
            throw new IllegalStateException("Unattended work cannot run on behalf of a signed-in user");
        }
    }
}
