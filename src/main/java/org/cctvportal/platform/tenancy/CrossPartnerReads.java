package org.cctvportal.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * The single mechanism for reading across the partners of one partnership. The work runs in a new, read-only
 * transaction under Hibernate's root tenant, and PostgreSQL's partnership policies still bound it to the caller's
 * partnership; writes stay limited to the caller's own partner.
 */
@ApplicationScoped
public class CrossPartnerReads {

    @Inject
    TenantContext context;

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager entityManager;

    public <T> T read(CrossPartnerPath path, Supplier<T> work) {
        if (path.roles().stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException("Your role does not allow " + path);
        }
        return inPartnershipScope(work);
    }

    /** The mechanism itself, after the role check: package-private, so only this package's paths reach it. */
    <T> T inPartnershipScope(Supplier<T> work) {
        context.requirePartner();
        return context.inScope(TenantScope.PARTNERSHIP, () -> QuarkusTransaction.requiringNew().call(() -> {
            // PostgreSQL itself refuses any write in this transaction, whatever the work tries.
            entityManager.createNativeQuery("SET TRANSACTION READ ONLY").executeUpdate();
            return work.get();
        }));
    }
}
