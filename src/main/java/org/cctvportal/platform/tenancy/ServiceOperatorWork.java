package org.cctvportal.platform.tenancy;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cctvportal.platform.security.Roles;

/**
 * The one way into the service operator's scope ({@link TenantScope#SERVICE}): every partnership, each one's PCC
 * office and that office's people, and nothing else of a partnership, as row-level security (V23) allows it. A
 * request enters only when the caller holds {@code platform-admin} and its token carries no partner or partnership
 * claim; the demo's seeding enters through {@link #unattended}, which refuses a signed-in caller. The work starts its
 * own transactions inside, so their connections carry the scope.
 */
@ApplicationScoped
public class ServiceOperatorWork {

    @Inject
    TenantContext context;

    @Inject
    SecurityIdentity identity;

    /** Runs work at service scope for the signed-in platform admin. */
    public <T> T run(Supplier<T> work) {
        requireOperator();
        return context.inScope(TenantScope.SERVICE, work);
    }

    /**
     * Runs work at service scope for the signed-in platform admin on one partnership, its audit written in the trail of
     * {@code pccOffice} (the database takes it only for a PCC office).
     */
    public <T> T onPartnership(String pccOffice, Supplier<T> work) {
        requireOperator();
        return context.inScope(TenantScope.SERVICE, () -> context.inTrailOf(pccOffice, work));
    }

    /** The same for the demo's seeding at start, which acts for no signed-in user. */
    public <T> T unattended(String pccOffice, Supplier<T> work) {
        if (identity != null && !identity.isAnonymous()) {
            throw new IllegalStateException("Unattended work cannot run on behalf of a signed-in user");
        }
        return context.inScope(TenantScope.SERVICE, () -> context.inTrailOf(pccOffice, work));
    }

    private void requireOperator() {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.PLATFORM_ADMIN)
                || !context.hasNoPartnerClaim()) {
            throw new ForbiddenException("Only the service operator's platform admins, who belong to no partnership,"
                    + " work here");
        }
    }
}
